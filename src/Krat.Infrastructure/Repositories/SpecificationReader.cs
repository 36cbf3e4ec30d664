using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Repositories;

/// <summary>
/// The reads both repositories share: a specification applied to a source (tracked for <see cref="EfRepository{T}"/>,
/// untracked for <see cref="EfReadRepository{T}"/>) by the evaluator, then run; Count and Any apply only the
/// criteria; a specification's post-processing runs in memory after a list.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
internal sealed class SpecificationReader<T>(IQueryable<T> source, ISpecificationEvaluator evaluator)
    where T : class
{
    public IQueryable<T> Source { get; } = source;

    public IQueryable<T> Apply(ISpecification<T> specification, bool criteriaOnly = false) =>
        evaluator.GetQuery(Source, specification, criteriaOnly);

    public IQueryable<TResult> Apply<TResult>(ISpecification<T, TResult> specification) =>
        evaluator.GetQuery(Source, specification);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Apply(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        Apply(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken) =>
        Apply(specification).SingleOrDefaultAsync(cancellationToken);

    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        Apply(specification).SingleOrDefaultAsync(cancellationToken);

    public async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var list = await Apply(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is null ? list : [.. specification.PostProcessingAction(list)];
    }

    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var list = await Apply(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is null ? list : [.. specification.PostProcessingAction(list)];
    }

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Apply(specification, criteriaOnly: true).CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Apply(specification, criteriaOnly: true).AnyAsync(cancellationToken);

    public IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => Apply(specification).AsAsyncEnumerable();
}
