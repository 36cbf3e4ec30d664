using System.Globalization;
using Krat.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Krat.Infrastructure.Saving;

/// <summary>
/// What one save changes, worked out once (by the first save interceptor that asks) and kept on the context
/// until the save ends: the added, changed and deleted entries, and the aggregate roots they belong to — an
/// aggregate whose part was added, changed, moved or removed counts as changed.
/// </summary>
internal sealed class PendingSave
{
    private PendingSave(List<EntityEntry> changed, List<EntityEntry> touchedRoots)
    {
        Changed = changed;
        TouchedRoots = touchedRoots;
    }

    /// <summary>Every added, modified or deleted entry.</summary>
    public IReadOnlyList<EntityEntry> Changed { get; }

    /// <summary>The aggregate roots of <see cref="Changed"/>, each once (a part that moved touches both roots).</summary>
    public IReadOnlyList<EntityEntry> TouchedRoots { get; }

    /// <summary>The versions the aggregates had before the save raised them, to give back if it fails.</summary>
    public List<(EntityEntry Entry, int Version)> Bumped { get; } = [];

    /// <summary>The save in progress of a Krat context, worked out on first use.</summary>
    public static PendingSave Of(KratDbContext context) => context.Pending ??= Find(context);

    private static PendingSave Find(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries().ToList();
        var byKey = entries.Where(e => e.Metadata.FindPrimaryKey() is not null)
            .GroupBy(e => KeyOf(e.Metadata, e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue)))
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changed = entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var touched = new HashSet<EntityEntry>(ReferenceEqualityComparer.Instance);
        var roots = new List<EntityEntry>();
        foreach (var entry in changed)
        {
            // A part that moved or was orphaned touches the aggregate it left as well as the one it joined.
            foreach (var original in new[] { false, true })
            {
                if (RootOf(entry, byKey, original) is { } root && touched.Add(root))
                {
                    roots.Add(root);
                }
            }
        }

        return new PendingSave(changed, roots);
    }

    // The aggregate root an entry belongs to: itself, or the principal that holds it in a navigation (followed
    // upwards through parts of parts).
    private static EntityEntry? RootOf(EntityEntry entry, Dictionary<string, EntityEntry> byKey, bool original)
    {
        var current = entry;
        for (var depth = 0; depth < 16; depth++)
        {
            if (current.Entity is IAggregateRoot && !current.Metadata.IsOwned())
            {
                return current;
            }

            EntityEntry? parent = null;
            foreach (var foreignKey in current.Metadata.GetForeignKeys())
            {
                if (foreignKey.PrincipalToDependent is null && !foreignKey.IsOwnership)
                {
                    continue;
                }

                if (!foreignKey.PrincipalKey.IsPrimaryKey())
                {
                    continue;
                }

                var useOriginal = original || current.State == EntityState.Deleted;
                var values = foreignKey.Properties.Select(p =>
                    useOriginal ? current.Property(p.Name).OriginalValue : current.Property(p.Name).CurrentValue);
                if (byKey.TryGetValue(KeyOf(foreignKey.PrincipalEntityType, values), out var principal))
                {
                    parent = principal;
                    break;
                }
            }

            if (parent is null)
            {
                return null;
            }

            current = parent;
        }

        return null;
    }

    private static string KeyOf(IReadOnlyEntityType entityType, IEnumerable<object?> values) =>
        entityType.GetRootType().Name + "|" + string.Join("|", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
}
