using Krat.Demo.Durres;
using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Repositories;
using Krat.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Web.Tests.Data;

/// <summary>Demo mode seeds the Durrës reference scenario once; a real installation starts empty.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task DemoMode_SeedsTheDurresScenario_Once()
    {
        var expected = DurresScenario.Build();
        await using var site = new KratWebFactory();
        _ = site.CreateSiteClient();

        Assert.Equal(expected.Organisations.Count, await CountAsync<Organisation>(site));
        Assert.Equal(expected.Meetings.Count, await CountAsync<Meeting>(site));
        Assert.Equal(expected.Activities.Count, await CountAsync<Activity>(site));
        Assert.Equal(1, await CountAsync<Committee>(site));

        // A second start on the same file (a restarted site) finds the data and adds nothing.
        await using var restarted = new KratWebFactory { DatabasePath = site.DatabasePath };
        _ = restarted.CreateSiteClient();
        Assert.Equal(expected.Activities.Count, await CountAsync<Activity>(restarted));
        Assert.Equal(1, await CountAsync<Committee>(restarted));
    }

    [Fact]
    public async Task DemoHistory_AddsAGeneratedYear_ForDurresAndTheOtherCounties()
    {
        var scenario = DurresScenario.Build();
        var history = DurresDemoHistory.Build(DurresScenario.Build(), otherCounties: true);
        await using var site = new KratWebFactory { DemoHistory = true };
        _ = site.CreateSiteClient();

        Assert.Equal(1 + history.Committees.Count, await CountAsync<Committee>(site));
        Assert.Equal(12, 1 + history.Committees.Count);
        Assert.Equal(scenario.Activities.Count + history.Activities().Count(), await CountAsync<Activity>(site));
        Assert.Equal(scenario.Meetings.Count + history.Meetings().Count(), await CountAsync<Meeting>(site));
    }

    [Fact]
    public async Task WithoutDemoMode_NothingIsSeeded()
    {
        await using var site = new KratWebFactory { DemoMode = false };
        _ = site.CreateSiteClient();

        Assert.Equal(0, await CountAsync<Committee>(site));
        Assert.Equal(0, await CountAsync<Organisation>(site));
    }

    private static async Task<int> CountAsync<T>(KratWebFactory site)
        where T : class, Krat.Domain.Common.IAggregateRoot
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<T>>().CountAsync();
    }
}
