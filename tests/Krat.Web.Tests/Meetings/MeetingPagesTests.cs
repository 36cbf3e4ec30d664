using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using NodaTime;

namespace Krat.Web.Tests.Meetings;

/// <summary>The meetings list and a meeting's details: content from the scenario and who sees what.</summary>
public sealed class MeetingPagesTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    [Fact]
    public async Task Index_ListsTheScenarioMeetings_ForTheYear()
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Meetings?year=2023");

        var listed = document.QuerySelectorAll("tr[data-testid=meeting]").Select(r => r.GetAttribute("data-meeting")).ToList();
        foreach (var meeting in site.Scenario.Meetings)
        {
            Assert.Contains(meeting.Id.Value.ToString(), listed);
        }

        var closing = document.QuerySelector($"tr[data-meeting='{DemoIds.ClosingMeeting.Value}']")!;
        Assert.Contains("31.10.2023", closing.TextContent, StringComparison.Ordinal);
        Assert.Contains(site.Scenario.ClosingMeeting.Title!, closing.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_OfAnotherYear_ListsNoScenarioMeeting()
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Meetings?year=2019");

        Assert.Null(document.QuerySelector($"tr[data-meeting='{DemoIds.ClosingMeeting.Value}']"));
    }

    [Fact]
    public async Task Index_HidesDraftMinutesFromThePublic_ButNotFromMembers()
    {
        var draft = await site.AddDurresMeetingAsync(new LocalDate(2023, 11, 20), held: true);
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        var selector = $"tr[data-meeting='{draft.Id.Value}']";

        Assert.Null((await anonymous.GetDocumentAsync("/Meetings?year=2023")).QuerySelector(selector));
        Assert.NotNull((await member.GetDocumentAsync("/Meetings?year=2023")).QuerySelector(selector));
        Assert.Equal(HttpStatusCode.NotFound, await anonymous.StatusOfAsync($"/Meetings/Details/{draft.Id.Value}"));
        Assert.Equal(HttpStatusCode.OK, await member.StatusOfAsync($"/Meetings/Details/{draft.Id.Value}"));
        Assert.Equal(HttpStatusCode.NotFound, await anonymous.StatusOfAsync($"/Meetings/Minutes/{draft.Id.Value}"));
    }

    [Fact]
    public async Task Details_OfTheClosingMeeting_ShowsTheAgendaInOrderWithNesting()
    {
        using var client = site.CreateSiteClient();
        var expected = site.Scenario.ClosingMeeting.AgendaInOrder();

        var document = await client.GetDocumentAsync($"/Meetings/Details/{DemoIds.ClosingMeeting.Value}");

        var items = document.QuerySelectorAll("[data-testid=agenda-item]");
        Assert.Equal(expected.Count, items.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Key, items[i].Text(".gov-agenda__number"));
            Assert.Equal(expected[i].Value.Title, items[i].Text(".gov-agenda__title"));
            Assert.Equal(expected[i].Value.ParentId is not null, items[i].ClassList.Contains("gov-agenda__item--child"));
        }
    }

    [Fact]
    public async Task Details_OfTheClosingMeeting_ShowsAttendanceGuestsDecisionsAndCommitments()
    {
        using var client = site.CreateSiteClient();
        var meeting = site.Scenario.ClosingMeeting;

        var document = await client.GetDocumentAsync($"/Meetings/Details/{DemoIds.ClosingMeeting.Value}");

        Assert.Equal(meeting.Attendance.Count, document.QuerySelectorAll("[data-testid=attendance-row]").Length);
        Assert.Equal(meeting.Guests.Count, document.QuerySelectorAll("[data-testid=guests] li").Length);
        var decisions = document.QuerySelectorAll("[data-testid=decision]");
        Assert.Equal(meeting.Decisions.Count, decisions.Length);
        Assert.Contains(meeting.Decisions[0].Text, decisions[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(meeting.Commitments.Count, document.QuerySelectorAll("[data-testid=commitment]").Length);
        Assert.Contains(MinutesStatus.Approved.Label().Albanian, document.Text("[data-testid=minutes-status]"), StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("[data-testid=record-link]"));
    }

    [Fact]
    public async Task Details_OfTheAnnualMeeting_ShowsTheReviewOfItsCommitment()
    {
        using var client = site.CreateSiteClient();
        var review = site.Scenario.AnnualAnalysisMeeting.Commitments.Single(c => c.Id == DemoIds.SchoolSessionsInOctober).Reviews.Single();

        var document = await client.GetDocumentAsync($"/Meetings/Details/{DemoIds.AnnualAnalysisMeeting.Value}");

        var text = document.Text("[data-testid=review]")!;
        Assert.Contains("31.10.2023", text, StringComparison.Ordinal);
        Assert.Contains(review.Status.Label().Albanian, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_InEnglish_ShowsEnglishLabels()
    {
        using var client = site.CreateSiteClient();
        (await client.SwitchCultureAsync("en")).Dispose();

        var document = await client.GetDocumentAsync($"/Meetings/Details/{DemoIds.ClosingMeeting.Value}");

        Assert.Contains(MeetingKind.CampaignClosing.Label().English, document.Text("[data-testid=meeting-facts]"), StringComparison.Ordinal);
        Assert.Contains("31 Oct 2023", document.Text("[data-testid=meeting-facts]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_AsSecretary_LinksToTheRecord()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var document = await client.GetDocumentAsync($"/Meetings/Details/{DemoIds.ClosingMeeting.Value}");

        Assert.NotNull(document.QuerySelector("[data-testid=record-link]"));
    }

    [Fact]
    public async Task Details_OfAnotherCommittee_IsNotFound_ForTheSecretaryOfDurres_AndThePublicOfDurres()
    {
        var (_, meeting) = await site.AddKorceAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var anonymous = site.CreateSiteClient();

        Assert.Equal(HttpStatusCode.NotFound, await secretary.StatusOfAsync($"/Meetings/Details/{meeting.Id.Value}"));
        Assert.Equal(HttpStatusCode.NotFound, await secretary.StatusOfAsync($"/Meetings/Record/{meeting.Id.Value}"));
        Assert.Equal(HttpStatusCode.NotFound, await anonymous.StatusOfAsync($"/Meetings/Details/{meeting.Id.Value}"));
    }

    [Fact]
    public async Task Details_OfAnUnknownMeeting_IsNotFound()
    {
        using var client = site.CreateSiteClient();

        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync($"/Meetings/Details/{Guid.NewGuid()}"));
    }
}
