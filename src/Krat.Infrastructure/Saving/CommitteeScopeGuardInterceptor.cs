using System.Globalization;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Krat.Infrastructure.Saving;

/// <summary>
/// A context limited to one committee (<see cref="KratDbContext.ScopedCommitteeId"/>) writes only that
/// committee's records: every changed committee-scoped aggregate (or an aggregate with a changed part), and every
/// changed record with a <c>CommitteeId</c>, must belong to the scope's committee before and after the change.
/// Checked before anything is stamped or sent; a violation clears the change tracker like any failed save and
/// throws <see cref="CommitteeScopeViolationException"/>.
/// </summary>
internal sealed class CommitteeScopeGuardInterceptor : SaveChangesInterceptor
{
    public static CommitteeScopeGuardInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is not KratDbContext krat || krat.ScopedCommitteeId is not { } scope)
        {
            return;
        }

        var pending = PendingSave.Of(krat);
        foreach (var entry in pending.Changed.Concat(pending.TouchedRoots).Distinct())
        {
            foreach (var committee in CommitteesOf(entry))
            {
                if (committee != scope)
                {
                    krat.ChangeTracker.Clear();
                    var name = entry.Metadata.ClrType.Name;
                    var key = string.Join(",", entry.Metadata.FindPrimaryKey()?.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)) ?? []);
                    throw new CommitteeScopeViolationException(
                        $"This {name} ({key}) belongs to committee {committee}, but the changes are limited to committee {scope}; nothing was saved.",
                        name,
                        key,
                        scope,
                        committee);
                }
            }
        }
    }

    // The committees a changed record belongs to: its CommitteeId now and as loaded (a committee is its own).
    private static IEnumerable<CommitteeId> CommitteesOf(EntityEntry entry)
    {
        if (entry.Entity is Committee committee)
        {
            yield return committee.Id;
            yield break;
        }

        if (entry.Entity is ICommitteeScoped scoped)
        {
            yield return scoped.CommitteeId;
        }

        if (entry.Metadata.FindProperty(nameof(ICommitteeScoped.CommitteeId)) is { } property && property.ClrType == typeof(CommitteeId))
        {
            var values = entry.Property(property.Name);
            if (values.CurrentValue is CommitteeId current)
            {
                yield return current;
            }

            if (entry.State != EntityState.Added && values.OriginalValue is CommitteeId original)
            {
                yield return original;
            }
        }
    }
}
