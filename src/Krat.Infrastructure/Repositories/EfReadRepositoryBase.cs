using Ardalis.Specification;
using Krat.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Repositories;

/// <summary>
/// What Krat's two EF Core repositories share: running a specification on a source through an
/// <see cref="ISpecificationEvaluator"/> — the aggregate's set, tracked, for <see cref="EfRepository{T}"/>; the same
/// set without tracking for <see cref="EfReadRepository{T}"/>. Count and Any apply only the criteria (no order, no
/// paging); a specification's post-processing runs in memory after a list.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
public abstract class EfReadRepositoryBase<T> : IReadRepository<T>
    where T : class, IAggregateRoot
{
    private readonly ISpecificationEvaluator _evaluator;

    /// <summary>Creates the repository on a source.</summary>
    /// <param name="source">The query every specification starts from.</param>
    /// <param name="evaluator">The specification evaluator.</param>
    private protected EfReadRepositoryBase(IQueryable<T> source, ISpecificationEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(evaluator);
        Source = source;
        _evaluator = evaluator;
    }

    /// <summary>The query every specification starts from.</summary>
    private protected IQueryable<T> Source { get; }

    /// <inheritdoc />
    public abstract Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull;

    /// <inheritdoc />
    Task<T?> IReadRepository<T>.GetByIdAsync<TId>(TId id, CancellationToken cancellationToken) => GetByIdAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Apply(specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Apply(specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Apply(specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Apply(specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Source.ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var list = await Apply(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is null ? list : [.. specification.PostProcessingAction(list)];
    }

    /// <inheritdoc />
    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var list = await Apply(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is null ? list : [.. specification.PostProcessingAction(list)];
    }

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Apply(specification, criteriaOnly: true).CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Source.CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Apply(specification, criteriaOnly: true).AnyAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Source.AnyAsync(cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => Apply(specification).AsAsyncEnumerable();

    /// <summary>The aggregate's set in a context, after checking the context is there.</summary>
    /// <param name="context">The unit of work.</param>
    /// <returns>The set.</returns>
    private protected static DbSet<T> SetOf(KratDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Set<T>();
    }

    /// <summary>The specification applied to <see cref="Source"/> (only its criteria for counts and existence).</summary>
    /// <param name="specification">The specification.</param>
    /// <param name="criteriaOnly">Whether to apply only the criteria.</param>
    /// <returns>The query.</returns>
    private protected IQueryable<T> Apply(ISpecification<T> specification, bool criteriaOnly = false) =>
        _evaluator.GetQuery(Source, specification, criteriaOnly);

    private IQueryable<TResult> Apply<TResult>(ISpecification<T, TResult> specification) =>
        _evaluator.GetQuery(Source, specification);
}
