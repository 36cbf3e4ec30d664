using Krat.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Krat.Infrastructure.Saving;

/// <summary>
/// Raises <see cref="IAggregateRoot.Version"/> (the concurrency token) by one for every stored aggregate the save
/// changes, or whose parts it changes, so the UPDATE only succeeds while the database still holds the version
/// that was loaded. If the save fails, the aggregates get their versions back.
/// </summary>
internal sealed class AggregateVersionInterceptor : SaveChangesInterceptor
{
    public static AggregateVersionInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Raise(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Raise(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => GiveBack(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        GiveBack(eventData.Context);
        return Task.CompletedTask;
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        GiveBack(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        GiveBack(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Raise(DbContext? context)
    {
        if (context is not KratDbContext krat)
        {
            return;
        }

        var pending = PendingSave.Of(krat);
        foreach (var root in pending.TouchedRoots.Where(r => r.State is EntityState.Modified or EntityState.Unchanged))
        {
            var version = root.Property(nameof(IAggregateRoot.Version));
            var current = (int)version.CurrentValue!;
            version.CurrentValue = (int)version.OriginalValue! + 1;
            version.IsModified = true;
            pending.Bumped.Add((root, current));
        }
    }

    private static void GiveBack(DbContext? context)
    {
        if (context is not KratDbContext { Pending: { } pending })
        {
            return;
        }

        foreach (var (entry, version) in pending.Bumped)
        {
            entry.Property(nameof(IAggregateRoot.Version)).CurrentValue = version;
        }

        pending.Bumped.Clear();
    }
}
