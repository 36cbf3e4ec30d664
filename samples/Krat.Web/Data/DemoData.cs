using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Krat.Web.Data;

/// <summary>
/// Seeds the demo database once: the Durrës reference scenario (the closing meeting of 31.10.2023 and
/// everything around it), built through Krat's public API. Runs only in demo mode and only when the
/// database holds no committee yet, so restarting the site keeps what a visitor changed.
/// </summary>
public static class DemoData
{
    public static async Task SeedDemoDataAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
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
    }
}
