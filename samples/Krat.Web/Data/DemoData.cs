using Krat.Demo.Durres;
using Krat.Demo.History;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Web.Data;

/// <summary>
/// Seeds the demo database once: the Durrës reference scenario (the closing meeting of 31.10.2023 and
/// everything around it), built through Krat's public API, and optionally a generated history from 2023 up to
/// today in Albania (by the site's <see cref="IClock"/>), so nothing in the past is still planned. Runs only in demo
/// mode and only when the database holds no committee yet, so restarting the site keeps what a visitor changed.
/// The whole seed is one transaction.
/// </summary>
public static class DemoData
{
    public static async Task SeedDemoDataAsync(this IServiceProvider services, bool withHistory, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<KratDbContext>();
        if (await context.Set<Committee>().IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        // The scenario as of its closing day, 31.10.2023, with what it left planned done once long past (today in Albania).
        // Scenario and history are one transaction: a failed seed leaves the database empty, so the next start seeds again.
        var today = Albania.Today(scope.ServiceProvider.GetRequiredService<IClock>());
        var scenario = DurresScenario.Build();
        DurresDemoHistory.CatchUp(scenario, today);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        foreach (var aggregate in scenario.AggregatesInSaveOrder())
        {
            context.Add(aggregate);
        }

        await context.SaveChangesAsync(cancellationToken);
        if (withHistory)
        {
            // Generated history for Durrës and the other eleven counties up to today (fixed seed: the same for the same day).
            // The tracker is emptied between the two saves (the history is large); the transaction still holds both.
            context.ChangeTracker.Clear();
            foreach (var aggregate in DurresDemoHistory.Build(scenario, otherCounties: true, today: today).InSaveOrder())
            {
                context.Add(aggregate);
            }

            await context.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
