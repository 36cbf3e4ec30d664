using System.Linq.Expressions;
using System.Reflection;
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
/// <para>Post-processing actions (<see cref="ISpecification{T}.PostProcessingAction"/> and
/// <see cref="ISpecification{T, TResult}.PostProcessingAction"/>) run in memory after the query, in the
/// repository, as Ardalis's in-memory <c>Evaluate</c> runs them after its projection.</para>
/// <para>A <c>SelectMany</c> whose selector's body is <c>source.Select(c =&gt; body)</c> (<c>Enumerable.Select</c>,
/// or <c>Queryable.Select</c> after <c>source.AsQueryable()</c>; a one-parameter lambda, the body free to refer to
/// the outer entity <c>m</c>) is given to EF Core in the equivalent result-selector
/// form <c>SelectMany(m =&gt; source, (m, c) =&gt; body)</c>. Both mean the same rows in the same order; EF Core
/// translates the second to a join, while the first, once its projection refers to <c>m</c>, would need the
/// SQL APPLY operation that SQLite does not have. Any other selector is applied unchanged.</para>
/// </remarks>
public sealed class SpecificationEvaluator : ISpecificationEvaluator
{
    /// <summary><see cref="Queryable.SelectMany{TSource, TCollection, TResult}(IQueryable{TSource}, Expression{Func{TSource, IEnumerable{TCollection}}}, Expression{Func{TSource, TCollection, TResult}})"/>.</summary>
    private static readonly MethodInfo SelectManyWithResultSelector = typeof(Queryable)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Single(m => m.Name == nameof(Queryable.SelectMany)
            && m.GetParameters().Length == 3
            && m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2);

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

    /// <summary>
    /// Builds the query of a projecting specification: its criteria, order, paging… then its <c>Select</c> or
    /// <c>SelectMany</c> (a <c>SelectMany</c> over <c>source.Select(…)</c> in the result-selector form, see the remarks
    /// of <see cref="SpecificationEvaluator"/>). Post-processing is left to the caller.
    /// </summary>
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
            : AsJoin(query, specification.SelectorMany!) ?? query.SelectMany(specification.SelectorMany!);
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

    /// <summary>
    /// Rewrites <c>query.SelectMany(m =&gt; source.Select(c =&gt; body))</c> as
    /// <c>query.SelectMany(m =&gt; source, (m, c) =&gt; body)</c>, reusing the lambdas' parameters (the body keeps
    /// referring to the same <c>m</c> and <c>c</c>); <see langword="null"/> when the selector has another shape.
    /// </summary>
    private static IQueryable<TResult>? AsJoin<T, TResult>(IQueryable<T> query, Expression<Func<T, IEnumerable<TResult>>> selector)
    {
        var body = selector.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : selector.Body;
        if (body is not MethodCallExpression { Method: { Name: nameof(Enumerable.Select), IsGenericMethod: true } select } call
            || (select.DeclaringType != typeof(Enumerable) && select.DeclaringType != typeof(Queryable))
            || call.Arguments.Count != 2
            || StripQuotes(call.Arguments[1]) is not LambdaExpression { Parameters.Count: 1 } projection)
        {
            return null;
        }

        var arguments = select.GetGenericArguments();
        var inner = arguments[0];
        var projected = arguments[1];
        var source = call.Arguments[0];
        var collectionType = typeof(IEnumerable<>).MakeGenericType(inner);
        if (source.Type.IsValueType
            || !collectionType.IsAssignableFrom(source.Type)
            || !typeof(TResult).IsAssignableFrom(projected)
            || (projected.IsValueType && projected != typeof(TResult)))
        {
            return null;
        }

        var outer = selector.Parameters[0];
        var collectionSelector = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(T), collectionType), source, outer);
        var resultSelector = Expression.Lambda(typeof(Func<,,>).MakeGenericType(typeof(T), inner, typeof(TResult)), projection.Body, outer, projection.Parameters[0]);
        var selectMany = SelectManyWithResultSelector.MakeGenericMethod(typeof(T), inner, typeof(TResult));
        return query.Provider.CreateQuery<TResult>(
            Expression.Call(null, selectMany, query.Expression, Expression.Quote(collectionSelector), Expression.Quote(resultSelector)));
    }

    private static Expression StripQuotes(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression;
}
