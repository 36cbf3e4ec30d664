using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Krat.Infrastructure.Moving;

/// <summary>
/// Copies one committee's data from one Krat database into another — typically a prefecture's SQLite file into the
/// national PostgreSQL database — keeping every identity, version and audit column. What moves: the committee and
/// every committee-scoped aggregate of it (meetings, action plans, campaigns, activities, initiatives, victim
/// statistics) with all their parts, every directory aggregate they refer to (organisations, people,
/// partnerships, service providers, followed through references and lists of identities), and the partnerships
/// and service providers of the organisations that move.
/// </summary>
/// <remarks>
/// The copy is an idempotent insert: an aggregate missing from the target is added; one stored with the same
/// version is left as it is (so a second run changes nothing); one stored with another version is not
/// overwritten but reported in <see cref="CommitteeMoveResult.Differing"/> — the national copy may be newer, and
/// someone must decide. Everything is written in one transaction. The source is read whole per aggregate type
/// (a prefecture's file is small); the target is asked only for the identities that move.
/// </remarks>
public static class CommitteeMove
{
    private static readonly MethodInfo CopyMethod = typeof(CommitteeMove).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo ExistingMethod = typeof(CommitteeMove).GetMethod(nameof(StoredVersionsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Copies a committee's data from <paramref name="source"/> into <paramref name="target"/>.</summary>
    /// <param name="source">A context on the database the committee leaves (read only; unscoped or scoped to the committee).</param>
    /// <param name="target">A context on the database it joins (unscoped or scoped to the committee); its pending changes are cleared.</param>
    /// <param name="committee">The committee.</param>
    /// <param name="cancellationToken">Cancels the move; nothing is written then.</param>
    /// <returns>What was added, left and found differing, per aggregate type.</returns>
    /// <exception cref="InvalidOperationException">The committee is not in the source.</exception>
    public static async Task<CommitteeMoveResult> CopyAsync(KratDbContext source, KratDbContext target, CommitteeId committee, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var roots = source.Model.GetEntityTypes()
            .Where(t => typeof(IAggregateRoot).IsAssignableFrom(t.ClrType) && !t.IsOwned() && t.BaseType is null && t.FindPrimaryKey() is not null)
            .ToList();
        var loaded = new Dictionary<IEntityType, List<object>>();
        foreach (var type in roots)
        {
            var task = (Task<List<object>>)CopyMethod.MakeGenericMethod(type.ClrType).Invoke(null, [source, type, cancellationToken])!;
            loaded[type] = await task.ConfigureAwait(false);
        }

        var idTypes = roots.ToDictionary(t => t.FindPrimaryKey()!.Properties[0].ClrType, t => t);
        var moving = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var byKey = loaded.SelectMany(p => p.Value.Select(e => (Key: KeyOf(source, e), Entity: e))).ToDictionary(x => x.Key, x => x.Entity, StringComparer.Ordinal);
        var queue = new Queue<object>();
        foreach (var (type, entities) in loaded)
        {
            foreach (var entity in entities.Where(e => BelongsTo(e, committee)))
            {
                Enqueue(entity);
            }
        }

        if (moving.Count == 0 || !moving.OfType<Committee>().Any())
        {
            throw new InvalidOperationException($"The committee {committee} is not in the source database.");
        }

        Follow();

        // Partnerships and providers of the organisations that move (they refer to them; nothing refers to them),
        // unless they also refer to another committee's records.
        var movingKeys = moving.Select(e => KeyOf(source, e)).ToHashSet(StringComparer.Ordinal);
        var scopedKeys = loaded.Where(p => typeof(ICommitteeScoped).IsAssignableFrom(p.Key.ClrType)).SelectMany(p => p.Value).Select(e => KeyOf(source, e)).ToHashSet(StringComparer.Ordinal);
        foreach (var (type, entities) in loaded.Where(p => IsPartnershipLike(p.Key)))
        {
            foreach (var entity in entities.Where(e => !moving.Contains(e) && References(source, e, idTypes).Any(movingKeys.Contains)))
            {
                var closure = Closure(entity);
                if (closure.SelectMany(c => References(source, c, idTypes)).All(k => !scopedKeys.Contains(k) || movingKeys.Contains(k)))
                {
                    foreach (var member in closure)
                    {
                        Enqueue(member);
                    }
                }
            }
        }

        Follow();

        target.ChangeTracker.Clear();
        var result = new CommitteeMoveResult();
        var strategy = target.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            var transaction = await target.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var type in roots)
                {
                    var entities = loaded[type].Where(moving.Contains).ToList();
                    if (entities.Count == 0)
                    {
                        continue;
                    }

                    var stored = await ((Task<Dictionary<string, int>>)ExistingMethod.MakeGenericMethod(type.ClrType)
                        .Invoke(null, [target, type, entities, cancellationToken])!).ConfigureAwait(false);
                    foreach (var entity in entities)
                    {
                        var key = KeyOf(source, entity);
                        if (!stored.TryGetValue(key, out var version))
                        {
                            Add(source, target, entity);
                            result.Count(type.ClrType.Name, added: 1);
                        }
                        else if (version == ((IAggregateRoot)entity).Version)
                        {
                            result.Count(type.ClrType.Name, unchanged: 1);
                        }
                        else
                        {
                            result.Count(type.ClrType.Name, differing: key);
                        }
                    }
                }

                target.KeepsGivenAuditColumns = true;
                try
                {
                    await target.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    target.KeepsGivenAuditColumns = false;
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);

        target.ChangeTracker.Clear();
        return result;

        void Enqueue(object entity)
        {
            if (moving.Add(entity))
            {
                queue.Enqueue(entity);
            }
        }

        // An aggregate and the directory aggregates it refers to, directly or not.
        List<object> Closure(object start)
        {
            var found = new List<object>();
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance) { start };
            var pending = new Queue<object>([start]);
            while (pending.TryDequeue(out var entity))
            {
                found.Add(entity);
                foreach (var key in References(source, entity, idTypes))
                {
                    if (byKey.TryGetValue(key, out var referenced) && referenced is not ICommitteeScoped && seen.Add(referenced))
                    {
                        pending.Enqueue(referenced);
                    }
                }
            }

            return found;
        }

        void Follow()
        {
            while (queue.TryDequeue(out var entity))
            {
                foreach (var key in References(source, entity, idTypes))
                {
                    if (byKey.TryGetValue(key, out var referenced) && referenced is not ICommitteeScoped)
                    {
                        Enqueue(referenced);
                    }
                }
            }
        }
    }

    private static bool IsPartnershipLike(IEntityType type) =>
        type.ClrType.Namespace?.EndsWith(".Partnerships", StringComparison.Ordinal) == true;

    private static bool BelongsTo(object entity, CommitteeId committee) =>
        entity switch
        {
            Committee c => c.Id == committee,
            ICommitteeScoped scoped => scoped.CommitteeId == committee,
            _ => false,
        };

    // The aggregates an aggregate refers to (through its own and its parts' identity properties and lists of identities).
    private static IEnumerable<string> References(DbContext context, object root, Dictionary<Type, IEntityType> idTypes)
    {
        foreach (var entry in Graph(context, root))
        {
            foreach (var property in entry.Metadata.GetProperties())
            {
                var value = entry.Property(property.Name).CurrentValue;
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (value is IEntityId && idTypes.TryGetValue(type, out var target) && !property.IsPrimaryKey())
                {
                    yield return KeyText(target, value);
                }
                else if (property.IsPrimitiveCollection && value is System.Collections.IEnumerable list)
                {
                    foreach (var element in list)
                    {
                        if (element is IEntityId && idTypes.TryGetValue(element.GetType(), out var elementTarget))
                        {
                            yield return KeyText(elementTarget, element);
                        }
                    }
                }
            }
        }
    }

    // The entries of an aggregate and its parts, as tracked by the source context.
    private static IEnumerable<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> Graph(DbContext context, object root)
    {
        var pending = new Stack<object>([root]);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        while (pending.TryPop(out var entity))
        {
            if (!seen.Add(entity))
            {
                continue;
            }

            var entry = context.Entry(entity);
            yield return entry;
            foreach (var navigation in entry.Navigations.Where(n => n.Metadata is INavigation { IsOnDependent: false } or ISkipNavigation))
            {
                switch (navigation.CurrentValue)
                {
                    case System.Collections.IEnumerable children:
                        foreach (var child in children)
                        {
                            pending.Push(child);
                        }

                        break;
                    case { } child:
                        pending.Push(child);
                        break;
                }
            }
        }
    }

    private static void Add(KratDbContext source, KratDbContext target, object root)
    {
        target.Add(root);
        var from = source.Entry(root);
        var to = target.Entry(root);
        foreach (var name in new[] { AuditProperties.CreatedAt, AuditProperties.CreatedBy, AuditProperties.ModifiedAt, AuditProperties.ModifiedBy })
        {
            to.Property(name).CurrentValue = from.Property(name).CurrentValue;
        }
    }

    private static string KeyOf(DbContext context, object entity)
    {
        var entry = context.Entry(entity);
        var key = entry.Metadata.FindPrimaryKey()!.Properties[0];
        return KeyText(entry.Metadata, entry.Property(key.Name).CurrentValue!);
    }

    private static string KeyText(IReadOnlyEntityType type, object id) =>
        type.ClrType.Name + "|" + Convert.ToString(id, CultureInfo.InvariantCulture);

    // Every aggregate of a type, tracked (so the audit shadow columns can be read), with all its parts.
    private static async Task<List<object>> LoadAsync<T>(KratDbContext source, IEntityType type, CancellationToken cancellationToken)
        where T : class
    {
        IQueryable<T> query = source.Set<T>().IgnoreQueryFilters().AsSplitQuery();
        foreach (var path in IncludePaths(type, prefix: null))
        {
            query = query.Include(path);
        }

        return [.. (await query.ToListAsync(cancellationToken).ConfigureAwait(false)).Cast<object>()];
    }

    // The navigation paths to every part of an aggregate (parts of parts included).
    private static IEnumerable<string> IncludePaths(IEntityType type, string? prefix)
    {
        foreach (var navigation in type.GetNavigations().Where(n => !n.IsOnDependent && !n.TargetEntityType.IsOwned()))
        {
            var path = prefix is null ? navigation.Name : prefix + "." + navigation.Name;
            var deeper = IncludePaths(navigation.TargetEntityType, path).ToList();
            if (deeper.Count == 0)
            {
                yield return path;
            }

            foreach (var inner in deeper)
            {
                yield return inner;
            }
        }
    }

    // The stored versions of the given aggregates in the target, by key.
    private static async Task<Dictionary<string, int>> StoredVersionsAsync<T>(KratDbContext target, IEntityType type, List<object> entities, CancellationToken cancellationToken)
        where T : class, IAggregateRoot
    {
        var key = type.FindPrimaryKey()!.Properties[0];
        var ids = Array.CreateInstance(key.ClrType, entities.Count);
        for (var i = 0; i < entities.Count; i++)
        {
            ids.SetValue(key.PropertyInfo!.GetValue(entities[i]), i);
        }

        var entity = Expression.Parameter(typeof(T), "e");
        var property = Expression.Call(typeof(EF), nameof(EF.Property), [key.ClrType], entity, Expression.Constant(key.Name));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [key.ClrType], Expression.Constant(ids), property);
        var stored = await target.Set<T>().IgnoreQueryFilters().AsNoTracking()
            .Where(Expression.Lambda<Func<T, bool>>(contains, entity))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return stored.ToDictionary(e => KeyText(type, key.PropertyInfo!.GetValue(e)!), e => e.Version, StringComparer.Ordinal);
    }
}

/// <summary>What a <see cref="CommitteeMove"/> did, per aggregate type (such as <c>Activity</c>).</summary>
public sealed class CommitteeMoveResult
{
    private readonly SortedDictionary<string, (int Added, int Unchanged)> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _differing = [];

    /// <summary>How many aggregates of each type were added to the target.</summary>
    public IReadOnlyDictionary<string, int> Added => _counts.ToDictionary(p => p.Key, p => p.Value.Added, StringComparer.Ordinal);

    /// <summary>How many aggregates of each type were already stored with the same version, and left as they were.</summary>
    public IReadOnlyDictionary<string, int> Unchanged => _counts.ToDictionary(p => p.Key, p => p.Value.Unchanged, StringComparer.Ordinal);

    /// <summary>The aggregates (<c>Type|id</c>) stored in the target with another version: not overwritten, for someone to decide.</summary>
    public IReadOnlyList<string> Differing => _differing;

    /// <summary>How many aggregates were added in all; 0 on a second run of the same move.</summary>
    public int AddedTotal => _counts.Values.Sum(c => c.Added);

    internal void Count(string type, int added = 0, int unchanged = 0, string? differing = null)
    {
        var (a, u) = _counts.GetValueOrDefault(type);
        _counts[type] = (a + added, u + unchanged);
        if (differing is not null)
        {
            _differing.Add(differing);
        }
    }
}
