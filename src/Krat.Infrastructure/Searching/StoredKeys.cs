using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Krat.Infrastructure.Searching;

/// <summary>
/// The keys the domain's specifications search and order by (folded Albanian texts such as <c>PersonKeys.Search</c>,
/// the organisations of a partnership), each stored in a shadow column of its aggregate's table so that a search or
/// an order runs in SQL and can use an index:
/// <list type="bullet">
/// <item>on save, every added or changed aggregate gets its keys computed again (<see cref="Refresh"/>), so a
/// renamed organisation is found and ordered by its new name;</item>
/// <item>in a query, a call of a key (<c>PersonKeys.Search(p)</c>) is read from its column
/// (<c>EF.Property&lt;string&gt;(p, "SearchText")</c>, see <see cref="Rewrite"/>); in memory the same specification
/// calls the key itself, so it means the same there.</item>
/// </list>
/// </summary>
internal static class StoredKeys
{
    /// <summary>The column of the folded text a search looks in.</summary>
    public const string SearchText = nameof(SearchText);

    /// <summary>The column of the folded text lists are ordered by.</summary>
    public const string SortKey = nameof(SortKey);

    /// <summary>The column (a JSON array) of the organisations taking part in a partnership, each once.</summary>
    public const string ParticipantIds = nameof(ParticipantIds);

    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;

    // Where one key fills two columns (a committee's or a provider's folded name), the first is the one queries read:
    // the sort key, which is indexed.
    private static readonly StoredKey[] All =
    [
        StoredKey.Of<Committee, string>(SortKey, CommitteeKeys.Name),
        StoredKey.Of<Committee, string>(SearchText, CommitteeKeys.Name),
        StoredKey.Of<Organisation, string>(SearchText, OrganisationKeys.Search),
        StoredKey.Of<Organisation, string>(SortKey, OrganisationKeys.Sort),
        StoredKey.Of<Person, string>(SearchText, PersonKeys.Search),
        StoredKey.Of<Person, string>(SortKey, PersonKeys.Sort),
        StoredKey.Of<Campaign, string>(SearchText, CampaignKeys.Search),
        StoredKey.Of<Campaign, string>(SortKey, CampaignKeys.Sort),
        StoredKey.Of<Activity, string>(SearchText, ActivityKeys.Search),
        StoredKey.Of<Meeting, string>(SearchText, MeetingKeys.Search),
        StoredKey.Of<Initiative, string>(SearchText, InitiativeKeys.Search),
        StoredKey.Of<Partnership, string>(SearchText, PartnershipKeys.Search),
        StoredKey.Of<Partnership, IReadOnlyList<OrganisationId>>(ParticipantIds, PartnershipKeys.ParticipantIds),
        StoredKey.Of<ServiceProvider, string>(SortKey, PartnershipKeys.Name),
        StoredKey.Of<ServiceProvider, string>(SearchText, PartnershipKeys.Name),
    ];

    private static readonly Dictionary<Type, StoredKey[]> ByEntity =
        All.GroupBy(k => k.Entity).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly Dictionary<MethodInfo, StoredKey> ByMethod =
        All.GroupBy(k => k.Method).ToDictionary(g => g.Key, g => g.First());

    /// <summary>Every stored key.</summary>
    public static IReadOnlyList<StoredKey> Every => All;

    /// <summary>The stored keys of an entity type (none for most).</summary>
    /// <param name="entity">The entity's CLR type.</param>
    /// <returns>The keys, each with its column.</returns>
    public static IReadOnlyList<StoredKey> Of(Type entity) => ByEntity.TryGetValue(entity, out var keys) ? keys : [];

    /// <summary>Computes the stored keys of an added or changed aggregate again, changing only those that differ.</summary>
    /// <param name="entry">The aggregate's entry.</param>
    public static void Refresh(EntityEntry entry)
    {
        foreach (var key in Of(entry.Metadata.ClrType))
        {
            var property = entry.Property(key.Column);
            var value = key.Compute(entry.Entity);
            if (!Same(property.CurrentValue, value))
            {
                property.CurrentValue = value;
            }
        }
    }

    /// <summary>
    /// Replaces every call of a stored key in a query by a read of its column: <c>PersonKeys.Sort(p)</c> becomes
    /// <c>EF.Property&lt;string&gt;(p, "SortKey")</c>. Other calls of the domain are left to EF Core (which refuses
    /// what it cannot translate).
    /// </summary>
    /// <param name="query">The query's expression.</param>
    /// <returns>The expression with the keys read from their columns.</returns>
    public static Expression Rewrite(Expression query) => Rewriter.Instance.Visit(query);

    private static bool Same(object? stored, object? computed) => (stored, computed) switch
    {
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (IEnumerable a, IEnumerable b) => a.Cast<object?>().SequenceEqual(b.Cast<object?>()),
        _ => Equals(stored, computed),
    };

    private sealed class Rewriter : ExpressionVisitor
    {
        public static Rewriter Instance { get; } = new();

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object is null && node.Arguments.Count == 1 && ByMethod.TryGetValue(node.Method, out var key))
            {
                var entity = Visit(node.Arguments[0]);
                return Expression.Call(PropertyMethod.MakeGenericMethod(key.Value), entity, Expression.Constant(key.Column));
            }

            return base.VisitMethodCall(node);
        }
    }
}

/// <summary>One stored key: the aggregate, the column, the key's type and the domain method that computes it.</summary>
/// <param name="Entity">The aggregate's CLR type.</param>
/// <param name="Column">The shadow property and column.</param>
/// <param name="Value">The key's type (the shadow property's).</param>
/// <param name="Method">The static domain method computing the key from the aggregate.</param>
/// <param name="Compute">The method as a delegate over the entity object.</param>
internal sealed record StoredKey(Type Entity, string Column, Type Value, MethodInfo Method, Func<object, object?> Compute)
{
    /// <summary>A key computed by a static method of the domain.</summary>
    public static StoredKey Of<TEntity, TValue>(string column, Func<TEntity, TValue> key)
        where TEntity : class =>
        new(typeof(TEntity), column, typeof(TValue), key.Method, entity => key((TEntity)entity));
}
