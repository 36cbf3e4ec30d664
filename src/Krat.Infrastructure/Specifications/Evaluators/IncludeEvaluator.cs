using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Specifications.Evaluators;

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
