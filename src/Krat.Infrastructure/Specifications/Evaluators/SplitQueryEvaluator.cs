using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Specifications.Evaluators;

/// <summary>Applies <c>AsSplitQuery</c> when the specification asks for it (the Krat default is split queries anyway). A criteria evaluator.</summary>
public sealed class SplitQueryEvaluator : IEvaluator
{
    /// <summary>The single instance.</summary>
    public static SplitQueryEvaluator Instance { get; } = new();

    /// <inheritdoc />
    public bool IsCriteriaEvaluator => true;

    /// <inheritdoc />
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        return specification.AsSplitQuery ? query.AsSplitQuery() : query;
    }
}
