using System.Linq.Expressions;
using Krat.Infrastructure.Saving;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Krat.Infrastructure.Searching;

/// <summary>
/// Keeps the <see cref="StoredKeys"/> in step: before a save it computes them again for every added or changed
/// aggregate (or aggregate whose parts changed); before EF Core compiles a query it reads every call of a key from
/// the key's column, so specifications search and order in SQL.
/// </summary>
internal sealed class StoredKeysInterceptor : SaveChangesInterceptor, IQueryExpressionInterceptor
{
    public static StoredKeysInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refresh(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refresh(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        StoredKeys.Rewrite(queryExpression);

    private static void Refresh(DbContext? context)
    {
        if (context is not KratDbContext krat)
        {
            return;
        }

        foreach (var root in PendingSave.Of(krat).TouchedRoots.Where(r => r.State is not EntityState.Deleted and not EntityState.Detached))
        {
            StoredKeys.Refresh(root);
        }
    }
}
