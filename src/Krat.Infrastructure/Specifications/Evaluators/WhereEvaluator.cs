using Ardalis.Specification;

namespace Krat.Infrastructure.Specifications.Evaluators;

/// <summary>Applies <see cref="ISpecification{T}.WhereExpressions"/>, each as a <c>Where</c>. A criteria evaluator.</summary>
public sealed class WhereEvaluator : IEvaluator
{
    /// <summary>The single instance.</summary>
    public static WhereEvaluator Instance { get; } = new();

    /// <inheritdoc />
    public bool IsCriteriaEvaluator => true;

    /// <inheritdoc />
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        foreach (var where in specification.WhereExpressions)
        {
            query = query.Where(where.Filter);
        }

        return query;
    }
}
