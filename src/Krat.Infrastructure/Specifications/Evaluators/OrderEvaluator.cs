using Ardalis.Specification;

namespace Krat.Infrastructure.Specifications.Evaluators;

/// <summary>
/// Applies <see cref="ISpecification{T}.OrderExpressions"/>: one <c>OrderBy</c>/<c>OrderByDescending</c> followed
/// by <c>ThenBy</c>/<c>ThenByDescending</c>. Not a criteria evaluator (Count and Any do not order).
/// </summary>
public sealed class OrderEvaluator : IEvaluator
{
    /// <summary>The single instance.</summary>
    public static OrderEvaluator Instance { get; } = new();

    /// <inheritdoc />
    public bool IsCriteriaEvaluator => false;

    /// <inheritdoc />
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy when ordered is null => query.OrderBy(order.KeySelector),
                OrderTypeEnum.OrderByDescending when ordered is null => query.OrderByDescending(order.KeySelector),
                OrderTypeEnum.ThenBy when ordered is not null => ordered.ThenBy(order.KeySelector),
                OrderTypeEnum.ThenByDescending when ordered is not null => ordered.ThenByDescending(order.KeySelector),
                _ => throw new DuplicateOrderChainException(),
            };
        }

        return ordered ?? query;
    }
}
