using Krat.Demo.Durres;
using Krat.Demo.History;
using Krat.Domain.Committees;
using Krat.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Krat.Web.Data;

/// <summary>
/// Seeds the demo database once: the Durrës reference scenario (the closing meeting of 31.10.2023 and
/// everything around it), built through Krat's public API, and optionally a generated year of history. Runs only in demo mode and only when the
/// database holds no committee yet, so restarting the site keeps what a visitor changed.
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

        var scenario = DurresScenario.Build();
        foreach (var aggregate in scenario.AggregatesInSaveOrder())
        {
            context.Add(aggregate);
        }

        await context.SaveChangesAsync(cancellationToken);
        if (withHistory)
        {
            // A generated year for Durrës and the other eleven counties (fixed seed: the same every time).
            context.ChangeTracker.Clear();
            foreach (var aggregate in DurresDemoHistory.Build(scenario, otherCounties: true).InSaveOrder())
            {
                context.Add(aggregate);
            }

            await context.SaveChangesAsync(cancellationToken);
        }
    }
}
