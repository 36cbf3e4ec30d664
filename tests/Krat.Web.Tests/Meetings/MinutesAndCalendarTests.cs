using System.Net;
using AngleSharp.Html.Parser;
using Ical.Net;
using Krat.Demo.Durres;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using NodaTime;

namespace Krat.Web.Tests.Meetings;

/// <summary>The printable minutes (HTML, parsed with AngleSharp) and the iCalendar feed (parsed with Ical.Net).</summary>
public sealed class MinutesAndCalendarTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    [Fact]
    public async Task Minutes_OfTheClosingMeeting_IsAPrintableDocument()
    {
        using var client = site.CreateSiteClient();
        var meeting = site.Scenario.ClosingMeeting;

        using var response = await client.GetAsync($"/Meetings/Minutes/{DemoIds.ClosingMeeting.Value}");
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Procesverbal", document.Title, StringComparison.Ordinal);
        Assert.Contains("31.10.2023", document.Title, StringComparison.Ordinal);
        Assert.Equal(meeting.Title, document.QuerySelector("[data-testid=title]")?.TextContent.Trim());
        Assert.Null(document.QuerySelector("nav"));
        Assert.Null(document.QuerySelector("[data-testid=draft]"));
        Assert.NotNull(document.QuerySelector("link[rel=stylesheet][href*='minutes']"));
        Assert.Equal(meeting.Attendance.Count, document.QuerySelectorAll("[data-testid=attendance-row]").Length);
        Assert.Equal(meeting.Decisions.Select(d => d.Text), document.QuerySelectorAll("[data-testid=decision]").Select(d => d.TextContent.Split(": ", 2)[1].Trim()));
        Assert.Equal(meeting.Commitments.Count, document.QuerySelectorAll("[data-testid=commitment]").Length);
        Assert.Contains("Prefekti i Qarkut Durrës hapi takimin", html, StringComparison.Ordinal);
        Assert.Contains(site.Scenario.Person(DemoIds.EmiljanJani).FullName, document.Text("[data-testid=approval]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Minutes_InDraft_AreShownToMembersMarkedAsDraft()
    {
        var draft = await site.AddDurresMeetingAsync(new LocalDate(2023, 11, 8), held: true);
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        var document = await member.GetDocumentAsync($"/Meetings/Minutes/{draft.Id.Value}");

        Assert.NotNull(document.QuerySelector("[data-testid=draft]"));
    }

    [Fact]
    public async Task Minutes_OfAPlannedMeeting_AreNotFound()
    {
        var planned = await site.AddDurresMeetingAsync(new LocalDate(2023, 12, 5), held: false);
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        Assert.Equal(HttpStatusCode.NotFound, await secretary.StatusOfAsync($"/Meetings/Minutes/{planned.Id.Value}"));
    }

    [Fact]
    public async Task Calendar_IsAnICalendarFeed_WithStableUidsTimesAndDiacritics()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync("/Meetings/Calendar");
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        foreach (var meeting in site.Scenario.Meetings)
        {
            var uid = $"{meeting.Id.Value:D}@krat.al";
            var calendarEvent = Assert.Single(calendar.Events, e => e.Uid == uid);
            Assert.Equal(meeting.StartsAt.ToDateTimeUtc(), calendarEvent.DtStart!.AsUtc);
            Assert.Equal(meeting.EndsAt.ToDateTimeUtc(), calendarEvent.DtEnd!.AsUtc);
            Assert.Equal("Europe/Tirane", calendarEvent.DtStart.TzId);
            Assert.Equal(meeting.Place, calendarEvent.Location);
            Assert.StartsWith(meeting.Kind.Label().Albanian, calendarEvent.Summary, StringComparison.Ordinal);
        }

        var closing = calendar.Events.Single(e => e.Uid == $"{DemoIds.ClosingMeeting.Value:D}@krat.al");
        Assert.Contains("Mbledhje mbyllëse e fushatës", closing.Summary, StringComparison.Ordinal);
        Assert.Equal("Prefektura e Qarkut Durrës", closing.Location);
        Assert.Equal(new DateTime(2023, 10, 31, 9, 0, 0, DateTimeKind.Utc), closing.DtStart!.AsUtc);
    }

    [Fact]
    public async Task Calendar_MarksCancelledMeetings_AndLeavesOutDraftMinutes()
    {
        var cancelled = Meeting.Plan(new MeetingPlan { CommitteeId = DemoIds.KratDurres, Body = Domain.Committees.CommitteeBody.TechnicalTable, Kind = MeetingKind.Extraordinary, Start = new LocalDateTime(2023, 11, 14, 14, 0), End = new LocalDateTime(2023, 11, 14, 15, 0), Place = "Bashkia Krujë" });
        cancelled.Cancel("Mungon kuorumi");
        await site.AddAsync(cancelled);
        var draft = await site.AddDurresMeetingAsync(new LocalDate(2023, 11, 9), held: true);
        using var client = site.CreateSiteClient();

        var calendar = Calendar.Load(await client.GetStringAsync("/Meetings/Calendar"))!;

        var cancelledEvent = calendar.Events.Single(e => e.Uid == $"{cancelled.Id.Value:D}@krat.al");
        Assert.Equal(EventStatus.Cancelled, cancelledEvent.Status);
        Assert.Equal("Bashkia Krujë", cancelledEvent.Location);
        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"{draft.Id.Value:D}@krat.al");
        Assert.All(calendar.Events, e => Assert.DoesNotContain("Mungon", e.Description ?? string.Empty, StringComparison.Ordinal));
        Assert.Equal(MeetingState.Cancelled.Label().Albanian, cancelled.State.Label().Albanian);
    }
}
