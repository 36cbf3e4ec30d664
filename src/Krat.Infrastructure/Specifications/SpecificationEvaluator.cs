using Ardalis.Specification;
using KratEvaluators = Krat.Infrastructure.Specifications.Evaluators;

namespace Krat.Infrastructure.Specifications;

/// <summary>
/// Turns an Ardalis specification into an EF Core query, as Ardalis.Specification.EntityFrameworkCore does: an
/// ordered list of small stateless <see cref="IEvaluator"/>s, each applying one part of the specification.
/// For Count and Any only the criteria evaluators run (where, search, filters, tracking, split, tag), so paging
/// and order do not change a count. The query is built only; the repositories run it.
/// </summary>
/// <remarks>
/// Extend it by building an instance with <see cref="DefaultEvaluators"/> plus your own evaluators and
/// registering it as <see cref="ISpecificationEvaluator"/> before calling <c>AddKrat</c>.
/// Post-processing actions (<see cref="ISpecification{T}.PostProcessingAction"/>) run in memory after the
/// query, in the repository.
/// </remarks>
public sealed class SpecificationEvaluator : ISpecificationEvaluator
{
    /// <summary>Creates an evaluator with <see cref="DefaultEvaluators"/>.</summary>
    public SpecificationEvaluator()
        : this(DefaultEvaluators)
    {
    }

    /// <summary>Creates an evaluator with a given list of evaluators, applied in order.</summary>
    /// <param name="evaluators">The evaluators.</param>
    public SpecificationEvaluator(IEnumerable<IEvaluator> evaluators)
    {
        ArgumentNullException.ThrowIfNull(evaluators);
        Evaluators = [.. evaluators];
    }

    /// <summary>
    /// The default evaluators, in the order they apply: where, search, include, order, paging, tracking,
    /// query filters (and auto-includes), split query, tag.
    /// </summary>
    public static IReadOnlyList<IEvaluator> DefaultEvaluators { get; } =
    [
        KratEvaluators.WhereEvaluator.Instance,
        KratEvaluators.SearchEvaluator.Instance,
        KratEvaluators.IncludeEvaluator.Instance,
        KratEvaluators.OrderEvaluator.Instance,
        KratEvaluators.PagingEvaluator.Instance,
        KratEvaluators.TrackingEvaluator.Instance,
        KratEvaluators.QueryFiltersEvaluator.Instance,
        KratEvaluators.SplitQueryEvaluator.Instance,
        KratEvaluators.TagEvaluator.Instance,
    ];

    /// <summary>The evaluator with the default evaluators, shared (it is stateless).</summary>
    public static SpecificationEvaluator Default { get; } = new();

    /// <summary>The evaluators of this instance, in the order they apply.</summary>
    public IReadOnlyList<IEvaluator> Evaluators { get; }

    /// <summary>Builds the query of a projecting specification: its criteria, order, paging… then its <c>Select</c> or <c>SelectMany</c>.</summary>
    /// <typeparam name="T">The entity queried.</typeparam>
    /// <typeparam name="TResult">The projected result.</typeparam>
    /// <param name="inputQuery">The entity set.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The query.</returns>
    /// <exception cref="SelectorNotFoundException">The specification has neither Select nor SelectMany.</exception>
    /// <exception cref="ConcurrentSelectorsException">The specification has both.</exception>
    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> inputQuery, ISpecification<T, TResult> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.Selector is null && specification.SelectorMany is null)
        {
            throw new SelectorNotFoundException();
        }

        if (specification.Selector is not null && specification.SelectorMany is not null)
        {
            throw new ConcurrentSelectorsException();
        }

        var query = GetQuery(inputQuery, (ISpecification<T>)specification, evaluateCriteriaOnly: false);
        return specification.Selector is not null
            ? query.Select(specification.Selector)
            : query.SelectMany(specification.SelectorMany!);
    }

    /// <summary>Builds the query of a specification.</summary>
    /// <typeparam name="T">The entity queried.</typeparam>
    /// <param name="inputQuery">The entity set.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="evaluateCriteriaOnly">Whether to apply only the criteria evaluators (for Count and Any).</param>
    /// <returns>The query.</returns>
    public IQueryable<T> GetQuery<T>(IQueryable<T> inputQuery, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(inputQuery);
        ArgumentNullException.ThrowIfNull(specification);
        var query = inputQuery;
        foreach (var evaluator in Evaluators)
        {
            if (!evaluateCriteriaOnly || evaluator.IsCriteriaEvaluator)
            {
                query = evaluator.GetQuery(query, specification);
            }
        }

        return query;
    }
}
