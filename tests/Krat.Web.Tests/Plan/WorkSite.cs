using Krat.Domain.Plans;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Plan;

/// <summary>
/// A site with the Durrës scenario, a Korçë committee with its own records (cross-committee checks) and a Durrës
/// draft plan for 2024. For read-only tests; tests that change data start their own <see cref="KratWebFactory"/>.
/// </summary>
public sealed class WorkSite : KratWebFactory, IAsyncLifetime
{
    public WorkTestData.KorceRecords Korce { get; private set; } = null!;

    public ActionPlan DurresDraft { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await WorkTestData.SeedAsync(this);
        Korce = await WorkTestData.AddKorceAsync(this);
        DurresDraft = await WorkTestData.AddDurresDraftAsync(this);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
