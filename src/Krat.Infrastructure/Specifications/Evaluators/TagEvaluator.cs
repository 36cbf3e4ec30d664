using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Specifications.Evaluators;

/// <summary>Applies <see cref="ISpecification{T}.QueryTags"/> as SQL comments (<c>TagWith</c>), so a query can be found in logs. A criteria evaluator.</summary>
public sealed class TagEvaluator : IEvaluator
{
    /// <summary>The single instance.</summary>
    public static TagEvaluator Instance { get; } = new();

    /// <inheritdoc />
    public bool IsCriteriaEvaluator => true;

    /// <inheritdoc />
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        foreach (var tag in specification.QueryTags)
        {
            query = query.TagWith(tag);
        }

        return query;
    }
}
