using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

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

/// <summary>
/// Applies <see cref="ISpecification{T}.SearchCriterias"/> as SQL <c>LIKE</c> (<see cref="DbFunctionsExtensions.Like(DbFunctions, string, string)"/>),
/// as Ardalis does: criteria of the same search group are joined with OR, groups with AND. SQLite's LIKE
/// ignores case for ASCII letters only and knows <c>%</c> and <c>_</c>, not <c>[...]</c>. A criteria evaluator.
/// </summary>
public sealed class SearchEvaluator : IEvaluator
{
    private static readonly MethodInfo LikeMethod = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    /// <summary>The single instance.</summary>
    public static SearchEvaluator Instance { get; } = new();

    /// <inheritdoc />
    public bool IsCriteriaEvaluator => true;

    /// <inheritdoc />
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        foreach (var group in specification.SearchCriterias.GroupBy(c => c.SearchGroup))
        {
            var parameter = Expression.Parameter(typeof(T), "x");
            Expression? body = null;
            foreach (var criterion in group)
            {
                var selector = new ParameterReplacer(criterion.Selector.Parameters[0], parameter).Visit(criterion.Selector.Body);
                var pattern = Expression.Property(Expression.Constant(new SearchPattern(criterion.SearchTerm)), nameof(SearchPattern.Value));
                var like = Expression.Call(LikeMethod, Expression.Constant(EF.Functions), selector, pattern);
                body = body is null ? like : Expression.OrElse(body, like);
            }

            if (body is not null)
            {
                query = query.Where(Expression.Lambda<Func<T, bool>>(body, parameter));
            }
        }

        return query;
    }

    // Holds the pattern so EF Core sends it as a parameter rather than a literal.
    private sealed record SearchPattern(string Value);
}

/// <summary>
/// Applies <see cref="ISpecification{T}.IncludeStrings"/> and <see cref="ISpecification{T}.IncludeExpressions"/>
/// (<c>Include</c> / <c>ThenInclude</c>, after a reference or a collection). Not a criteria evaluator.
/// </summary>
public sealed class IncludeEvaluator : IEvaluator
{
    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions)
        .GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include)
            && m.GetGenericArguments().Length == 2
            && m.GetParameters()[1].ParameterType.IsGenericType);

    private static readonly MethodInfo ThenIncludeAfterReferenceMethod = ThenInclude(afterCollection: false);

    private static readonly MethodInfo ThenIncludeAfterCollectionMethod = ThenInclude(afterCollection: true);

    /// <summary>The single instance.</summary>
    public static IncludeEvaluator Instance { get; } = new();

    /// <inheritdoc />
    public bool IsCriteriaEvaluator => false;

    /// <inheritdoc />
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        foreach (var path in specification.IncludeStrings)
        {
            query = query.Include(path);
        }

        foreach (var include in specification.IncludeExpressions)
        {
            var lambda = include.LambdaExpression;
            var method = include.Type == IncludeTypeEnum.Include
                ? IncludeMethod.MakeGenericMethod(typeof(T), lambda.ReturnType)
                : ThenIncludeMethod(include.PreviousPropertyType!, lambda, typeof(T));
            query = (IQueryable<T>)method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [query, lambda], null)!;
        }

        return query;
    }

    private static MethodInfo ThenIncludeMethod(Type previousPropertyType, LambdaExpression lambda, Type entityType)
    {
        var element = ElementTypeOf(previousPropertyType);
        return element is null
            ? ThenIncludeAfterReferenceMethod.MakeGenericMethod(entityType, previousPropertyType, lambda.ReturnType)
            : ThenIncludeAfterCollectionMethod.MakeGenericMethod(entityType, element, lambda.ReturnType);
    }

    private static Type? ElementTypeOf(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    private static MethodInfo ThenInclude(bool afterCollection) =>
        typeof(EntityFrameworkQueryableExtensions)
            .GetMethods()
            .Single(m =>
            {
                if (m.Name != nameof(EntityFrameworkQueryableExtensions.ThenInclude))
                {
                    return false;
                }

                var previous = m.GetParameters()[0].ParameterType.GetGenericArguments()[1];
                return afterCollection ? !previous.IsGenericParameter : previous.IsGenericParameter;
            });
}

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

/// <summary>Replaces one lambda parameter by another.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
