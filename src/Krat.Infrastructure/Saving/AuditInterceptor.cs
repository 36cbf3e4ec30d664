using Krat.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Krat.Infrastructure.Saving;

/// <summary>
/// Stamps the audit shadow properties (<see cref="AuditProperties"/>) of every aggregate the save adds or
/// changes (its parts included): created and modified for a new aggregate, modified for a changed one, from the
/// context's <see cref="NodaTime.IClock"/> and <see cref="ICurrentUser"/>.
/// </summary>
internal sealed class AuditInterceptor : SaveChangesInterceptor
{
    public static AuditInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is not KratDbContext krat)
        {
            return;
        }

        var now = krat.Clock.GetCurrentInstant();
        var user = UserName(krat.CurrentUser);
        foreach (var root in PendingSave.Of(krat).TouchedRoots)
        {
            switch (root.State)
            {
                case EntityState.Added when krat.KeepsGivenAuditColumns:
                    break;
                case EntityState.Added:
                    root.Property(AuditProperties.CreatedAt).CurrentValue = now;
                    root.Property(AuditProperties.CreatedBy).CurrentValue = user;
                    root.Property(AuditProperties.ModifiedAt).CurrentValue = now;
                    root.Property(AuditProperties.ModifiedBy).CurrentValue = user;
                    break;
                case EntityState.Modified or EntityState.Unchanged:
                    root.Property(AuditProperties.ModifiedAt).CurrentValue = now;
                    root.Property(AuditProperties.ModifiedBy).CurrentValue = user;
                    break;
            }
        }
    }

    private static string UserName(ICurrentUser currentUser)
    {
        var name = currentUser.UserName;
        if (string.IsNullOrWhiteSpace(name))
        {
            return SystemUser.Instance.UserName;
        }

        name = name.Trim();
        return name.Length <= AuditProperties.MaxUserNameLength ? name : name[..AuditProperties.MaxUserNameLength];
    }
}
