using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Specifications.Evaluators;

/// <summary>
/// Applies <c>IgnoreQueryFilters</c> (every filter, including <see cref="KratDbContext.CommitteeScopeFilter"/>:
/// for national roll-ups) and <c>IgnoreAutoIncludes</c> when the specification asks. A criteria evaluator:
/// it changes which rows count.
/// </summary>
public sealed class QueryFiltersEvaluator : IEvaluator
{
    /// <summary>The single instance.</summary>
    public static QueryFiltersEvaluator Instance { get; } = new();

    /// <inheritdoc />
    public bool IsCriteriaEvaluator => true;

    /// <inheritdoc />
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.IgnoreQueryFilters)
        {
            query = query.IgnoreQueryFilters();
        }

        return specification.IgnoreAutoIncludes ? query.IgnoreAutoIncludes() : query;
    }
}
