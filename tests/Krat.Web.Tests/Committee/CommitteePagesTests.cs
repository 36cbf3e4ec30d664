using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Meetings;

namespace Krat.Web.Tests.CommitteePages;

/// <summary>The committee on a date and the history of a seat (public), computed from the Durrës scenario.</summary>
public sealed class CommitteePagesTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    [Theory]
    [InlineData(CommitteeBody.Committee)]
    [InlineData(CommitteeBody.TechnicalTable)]
    public async Task Index_OnTheClosingDay_ListsTheSeatsOfEachBody(CommitteeBody body)
    {
        using var client = site.CreateSiteClient();
        var expected = site.Scenario.KratDurres.SeatsOn(body, GovernanceSite.ClosingDay);

        var document = await client.GetDocumentAsync("/Committee");

        var rows = document.QuerySelectorAll($"[data-testid=roster-{body}] tr[data-testid=seat]");
        Assert.Equal(expected.Count, rows.Length);
        Assert.Equal(expected.Select(s => s.Id.Value.ToString()).Order(), rows.Select(r => r.GetAttribute("data-seat")!).Order());
        Assert.Contains("31.10.2023", document.Text(".lead"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ShowsTheChairAndItsTitularRepresentative()
    {
        using var client = site.CreateSiteClient();
        var chairSeat = site.Scenario.KratDurres.HolderOf(CommitteeBody.Committee, Post.Chair, GovernanceSite.ClosingDay)!;
        var titular = site.Scenario.Person(chairSeat.RepresentativesOn(GovernanceSite.ClosingDay).Single().PersonId);

        var document = await client.GetDocumentAsync("/Committee?date=2023-10-31");

        var row = document.QuerySelector($"[data-testid=roster-Committee] tr[data-seat='{chairSeat.Id.Value}']")!;
        Assert.Equal(Post.Chair.Label().Albanian, row.Text("[data-testid=posts]"));
        Assert.Contains(titular.FullName, row.Text("[data-testid=representatives]"), StringComparison.Ordinal);
        Assert.Contains("Titullar", row.Text("[data-testid=representatives]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_TheDayBeforeTheClosingMeeting_LeavesOutTheResilienceCentre()
    {
        using var client = site.CreateSiteClient();
        var dayBefore = GovernanceSite.ClosingDay.PlusDays(-1);
        var expected = site.Scenario.KratDurres.SeatsOn(CommitteeBody.TechnicalTable, dayBefore).Count;

        var document = await client.GetDocumentAsync("/Committee?date=2023-10-30");

        Assert.Equal(expected, document.QuerySelectorAll("[data-testid=roster-TechnicalTable] tr[data-testid=seat]").Length);
        Assert.DoesNotContain(document.QuerySelectorAll("[data-testid=roster-TechnicalTable] tr[data-testid=seat]"),
            r => r.GetAttribute("data-seat") == DemoIds.TechnicalTableSeat(DemoIds.ResilienceCentre).Value.ToString());
    }

    [Fact]
    public async Task Seat_ShowsThePostsAndRepresentativesOverTime()
    {
        using var client = site.CreateSiteClient();
        var seat = site.Scenario.KratDurres.FindSeat(DemoIds.CommitteeSeat(DemoIds.Prefecture))!;

        var document = await client.GetDocumentAsync($"/Committee/Seat/{seat.Id.Value}");

        var posts = document.QuerySelectorAll("[data-testid=post-history] tbody tr");
        Assert.Equal(seat.Posts.Count, posts.Length);
        Assert.Contains("19.06.2006", posts[0].TextContent, StringComparison.Ordinal);
        var representatives = document.QuerySelectorAll("[data-testid=representative-history] tbody tr");
        Assert.Equal(seat.Representatives.Count, representatives.Length);
        Assert.Contains(site.Scenario.Person(DemoIds.EmiljanJani).FullName, representatives[0].TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("[data-testid=seat-actions]"));
    }

    [Fact]
    public async Task Seat_OfAnUnknownSeat_IsNotFound()
    {
        using var client = site.CreateSiteClient();

        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync($"/Committee/Seat/{Guid.NewGuid()}"));
    }

    [Fact]
    public async Task Seat_AsSecretary_OffersTheActions()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var document = await client.GetDocumentAsync($"/Committee/Seat/{DemoIds.CommitteeSeat(DemoIds.WorldVision).Value}");

        Assert.Equal(4, document.QuerySelectorAll("[data-testid=seat-actions] a").Length);
    }

    [Fact]
    public async Task Seat_OfAnotherCommittee_IsNotFoundForTheSecretaryOfDurres()
    {
        var (korce, _) = await site.AddKorceAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var seatId = korce.Seats[0].Id.Value;

        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync($"/Committee/Seat/{seatId}"));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync($"/Committee/EndSeat/{seatId}"));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync($"/Committee/Appoint/{seatId}"));
    }

    [Fact]
    public async Task Index_ForAnotherCounty_ShowsThatCommittee()
    {
        await site.AddKorceAsync();
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Committee?qark=Korce");

        Assert.Equal("Komiteti Rajonal Antitrafik Korçë", document.Text("h1"));
    }
}
