using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Specifications.Evaluators;

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
