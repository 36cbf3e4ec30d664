using Krat.Demo.Durres;
using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Meetings;
using Krat.Infrastructure.Repositories;
using Krat.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Web.Tests.Data;

/// <summary>The demo site with its generated history, seeded on 4 December 2026 (its clock's day in Albania).</summary>
public sealed class December2026Site : KratWebFactory
{
    /// <summary>The site's day.</summary>
    public static readonly LocalDate Today = new(2026, 12, 4);

    public December2026Site()
    {
        DemoHistory = true;
        Clock.Reset(Today.AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(9)));
    }
}

/// <summary>
/// Seeded years after the reference scenario, the demo's history runs up to the site's today: nothing long past is
/// still planned, the home page leads to this year's meeting, the roll-up opens on this year and Durrës's own
/// partnerships come before other counties'.
/// </summary>
public sealed class DemoHistoryTodayTests(December2026Site site) : IClassFixture<December2026Site>
{
    [Fact]
    public async Task Seeding_TakesTheSitesToday_SoNothingLongPastIsStillPlanned()
    {
        var expected = DurresDemoHistory.Build(DurresScenario.Build(), otherCounties: true, today: December2026Site.Today);
        await using var scope = site.Services.CreateAsyncScope();
        _ = site.CreateSiteClient();
        var activities = scope.ServiceProvider.GetRequiredService<IReadRepository<Activity>>();
        var meetings = scope.ServiceProvider.GetRequiredService<IReadRepository<Meeting>>();
        var window = December2026Site.Today.PlusDays(-DurresDemoHistory.PendingWindowDays);

        Assert.Equal(DurresScenario.Build().Activities.Count + expected.ActivityCount, await activities.CountAsync());
        Assert.Equal(0, await activities.CountAsync(new ActivitiesFilterSpec(new ActivitiesFilter { Status = ActivityStatus.Planned, To = window.PlusDays(-1) }, 1, 10)));
        Assert.NotEqual(0, await activities.CountAsync(new ActivitiesFilterSpec(new ActivitiesFilter { Status = ActivityStatus.Completed, From = new LocalDate(2026, 1, 1) }, 1, 10)));
        var planned = (await meetings.ListAsync()).Where(m => m.State == MeetingState.Planned).ToList();
        Assert.All(planned, m => Assert.True(m.Date > December2026Site.Today, $"{m.Title} on {m.Date} is still planned."));
    }

    [Fact]
    public async Task Home_LeadsToTheLatestMeetingOfThisYear()
    {
        var expected = DurresDemoHistory.Build(DurresScenario.Build(), otherCounties: true, today: December2026Site.Today).Meetings()
            .Where(m => m.CommitteeId == DemoIds.KratDurres && m.State == MeetingState.Held && m.Minutes == MinutesStatus.Approved && m.Date <= December2026Site.Today)
            .MaxBy(m => m.StartsAt)!;
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/");

        Assert.Equal(2026, expected.Date.Year);
        Assert.Equal($"/Meetings/Details/{expected.Id.Value}", document.QuerySelector("[data-testid=home-latest-meeting]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Partnerships_ListDurresOwnBeforeOtherCounties()
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Partnerships");

        var names = document.QuerySelectorAll("[data-testid=partnership] h3").Select(h => h.TextContent.Trim()).ToList();
        var durres = DurresScenario.Build().ResilienceCentrePartnership.Name;
        var firstElsewhere = names.FindIndex(n => n.Contains("në Qarkun", StringComparison.Ordinal) && !n.Contains("Durrës", StringComparison.Ordinal));
        Assert.True(firstElsewhere > 0, string.Join(" | ", names));
        Assert.Contains(durres, names.Take(firstElsewhere));
        Assert.All(names.Skip(firstElsewhere), n => Assert.Contains("në Qarkun", n, StringComparison.Ordinal));
    }
}
