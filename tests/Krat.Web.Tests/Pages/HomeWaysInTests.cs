using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Meetings;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Pages;

/// <summary>The home page leads somewhere: the committee, its latest meeting, the reference meeting and the October 2023 report.</summary>
public sealed class HomeWaysInTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Fact]
    public async Task Home_LeadsAVisitor_ToTheCommittee_TheLatestMeeting_TheReferenceMeeting_AndTheOctoberReport()
    {
        var scenario = DurresScenario.Build();
        var latest = scenario.Meetings
            .Where(m => m.State == MeetingState.Held && m.Minutes == MinutesStatus.Approved && m.Date <= DurresScenario.ClosingDay)
            .MaxBy(m => m.StartsAt)!;
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/");

        var committee = document.QuerySelector("[data-testid=home-committee]")!;
        var latestLink = document.QuerySelector("[data-testid=home-latest-meeting]")!;
        var reference = document.QuerySelector("[data-testid=home-reference-meeting]")!;
        var october = document.QuerySelector("[data-testid=home-october-report]")!;
        Assert.Contains(scenario.KratDurres.Name, committee.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Committee", committee.GetAttribute("href"));
        Assert.Equal($"/Meetings/Details/{latest.Id.Value}", latestLink.GetAttribute("href"));
        Assert.Equal($"/Meetings/Details/{DemoIds.ClosingMeeting.Value}", reference.GetAttribute("href"));
        Assert.Equal("/Reports/Period?month=2023-10", october.GetAttribute("href"));
        foreach (var link in new[] { committee, latestLink, reference, october })
        {
            using var response = await client.GetAsync(link.GetAttribute("href"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var report = await client.GetDocumentAsync(october.GetAttribute("href")!);
        Assert.Contains("10.2023", report.Text("[data-testid=report-period]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_InEnglish_NamesTheWaysInEnglish()
    {
        using var client = site.CreateSiteClient();
        using var switched = await client.SwitchCultureAsync("en");

        var document = await client.GetDocumentAsync("/");

        Assert.Equal("The reference meeting", document.Text("[data-testid=home-reference-meeting]"));
        Assert.Equal("The October 2023 report, the awareness month", document.Text("[data-testid=home-october-report]"));
    }

    [Fact]
    public async Task Home_OutsideDemoMode_LinksNoDemoMeetingOrReport()
    {
        await using var empty = new KratWebFactory { DemoMode = false };
        using var client = empty.CreateSiteClient();

        var document = await client.GetDocumentAsync("/");

        Assert.NotNull(document.QuerySelector("[data-testid=home-ways]"));
        Assert.Null(document.QuerySelector("[data-testid=home-reference-meeting]"));
        Assert.Null(document.QuerySelector("[data-testid=home-october-report]"));
        Assert.Null(document.QuerySelector("[data-testid=home-latest-meeting]"));
    }
}
