using Ardalis.Specification;

namespace Krat.Infrastructure.Specifications.Evaluators;

/// <summary>Applies <see cref="ISpecification{T}.Skip"/> (when positive) and <see cref="ISpecification{T}.Take"/> (when not negative). Not a criteria evaluator.</summary>
public sealed class PagingEvaluator : IEvaluator
{
    /// <summary>The single instance.</summary>
    public static PagingEvaluator Instance { get; } = new();

    /// <inheritdoc />
    public bool IsCriteriaEvaluator => false;

    /// <inheritdoc />
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.Skip > 0)
        {
            query = query.Skip(specification.Skip);
        }

        if (specification.Take >= 0)
        {
            query = query.Take(specification.Take);
        }

        return query;
    }
}
