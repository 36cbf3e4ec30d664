using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Specifications.Evaluators;

/// <summary>
/// Applies the tracking mode: <c>AsNoTracking</c>, <c>AsNoTrackingWithIdentityResolution</c> or <c>AsTracking</c>
/// when the specification asks for one; otherwise the context's default (tracking). A criteria evaluator, as in
/// Ardalis (harmless for Count and Any).
/// </summary>
public sealed class TrackingEvaluator : IEvaluator
{
    /// <summary>The single instance.</summary>
    public static TrackingEvaluator Instance { get; } = new();

    /// <inheritdoc />
    public bool IsCriteriaEvaluator => true;

    /// <inheritdoc />
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.AsNoTracking)
        {
            return query.AsNoTracking();
        }

        if (specification.AsNoTrackingWithIdentityResolution)
        {
            return query.AsNoTrackingWithIdentityResolution();
        }

        return specification.AsTracking ? query.AsTracking() : query;
    }
}
