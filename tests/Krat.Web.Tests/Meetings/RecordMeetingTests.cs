using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Meetings;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using NodaTime;

namespace Krat.Web.Tests.Meetings;

/// <summary>Planning and recording a meeting, approving its minutes: rights, rules with input kept, conflicts.</summary>
public sealed class RecordMeetingTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    private static Dictionary<string, string> Plan(string date, string start, string end, string place, string title) => new()
    {
        ["Input.Body"] = "Committee",
        ["Input.Kind"] = nameof(MeetingKind.Regular),
        ["Input.Date"] = date,
        ["Input.Start"] = start,
        ["Input.End"] = end,
        ["Input.Place"] = place,
        ["Input.Title"] = title,
    };

    [Fact]
    public async Task Create_AsksVisitorsToLogIn_AndRefusesMembers()
    {
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        Assert.Contains("/Account/Login", await anonymous.RedirectOfAsync("/Meetings/Create"), StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", await member.RedirectOfAsync("/Meetings/Create"), StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", await member.RedirectOfAsync($"/Meetings/Record/{DemoIds.ClosingMeeting.Value}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_PlansTheMeeting_InTiranaTime_AndOpensItsRecord()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var (status, location, _) = await client.SubmitAsync("/Meetings/Create", "[data-testid=plan-form]", Plan("2023-12-12", "10:30", "12:00", "Prefektura e Qarkut Durrës", "Mbledhja e dhjetorit për vlerësimin e fushatës"));
        var details = await client.GetDocumentAsync(location!.Replace("/Record/", "/Details/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.StartsWith("/Meetings/Record/", location, StringComparison.Ordinal);
        Assert.Equal("Mbledhja e dhjetorit për vlerësimin e fushatës", details.Text("h1"));
        Assert.Contains("12.12.2023, 10:30–12:00", details.Text("[data-testid=meeting-facts]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_EndingBeforeItStarts_ShowsTheRule_AndKeepsTheInput()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var (status, _, document) = await client.SubmitAsync("/Meetings/Create", "[data-testid=plan-form]", Plan("2023-12-13", "12:00", "11:00", "Bashkia Shijak", "Takim i gabuar"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(string.IsNullOrWhiteSpace(document.Text(".validation-summary")));
        Assert.Equal("Bashkia Shijak", document.QuerySelector("#Input_Place")?.GetAttribute("value"));
        Assert.Equal("Takim i gabuar", document.QuerySelector("#Input_Title")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Create_WithoutPlace_ShowsTheErrorNextToTheField()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var (status, _, document) = await client.SubmitAsync("/Meetings/Create", "[data-testid=plan-form]", Plan("2023-12-14", "10:00", "11:00", "", "Pa vend"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Fusha „Vendi” është e detyrueshme.", document.Text("[data-valmsg-for='Input.Place']"));
    }

    [Fact]
    public async Task Create_WithATitleTooLong_NamesTheFieldInAlbanian_NextToIt()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var tooLong = new string('ë', Krat.Domain.Meetings.Meeting.MaxTitleLength + 1);

        var (status, _, document) = await client.SubmitAsync("/Meetings/Create", "[data-testid=plan-form]", Plan("2023-12-14", "10:00", "11:00", "Bashkia Krujë", tooLong));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"Fusha „Titulli” mund të ketë deri në {Krat.Domain.Meetings.Meeting.MaxTitleLength} shenja.", document.Text("[data-valmsg-for='Input.Title']"));
        Assert.Equal("Bashkia Krujë", document.QuerySelector("#Input_Place")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Record_AgendaAttendanceDecisionCommitment_ThenHeldAndApproved()
    {
        var meeting = await site.AddDurresMeetingAsync(new LocalDate(2023, 11, 22), held: false);
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var page = $"/Meetings/Record/{meeting.Id.Value}";
        using var _ = site.ClockAt(Instant.FromUtc(2023, 11, 22, 10, 0));

        var agenda = await client.SubmitAsync(page, "[data-testid=agenda-form]", new() { ["Agenda.Title"] = "Përgatitja e planit të vitit 2024" });
        var held = await client.SubmitAsync(page, "[data-testid=held-form]", []);
        var row = await client.GridRowAsync(page, DemoIds.CommitteeSeat(DemoIds.Prefecture).Value);
        var attendance = await client.SubmitAsync(page, "[data-testid=attendance-form]", new()
        {
            [row + "Choice"] = "PresentTitular",
            [row + "PersonId"] = DemoIds.EmiljanJani.Value.ToString(),
        });
        var decision = await client.SubmitAsync(page, "[data-testid=decision-form]", new() { ["Decision.Kind"] = "Other", ["Decision.Text"] = "Miratohet kalendari i mbledhjeve për vitin 2024." });
        var commitment = await client.SubmitAsync(page, "[data-testid=commitment-form]", new() { ["Commitment.What"] = "Dërgimi i draftit të planit anëtarëve.", ["Commitment.OwnerId"] = DemoIds.Prefecture.Value.ToString(), ["Commitment.Due"] = "2023-12-15" });
        var review = await client.SubmitAsync(page, "[data-testid=review-form]", new() { ["Review.Status"] = "Open", ["Review.Note"] = "Në vazhdim." });
        var approve = await client.SubmitAsync(page, "[data-testid=approve-form]", new() { ["Approval.On"] = "2023-11-22", ["Approval.ByPersonId"] = DemoIds.EmiljanJani.Value.ToString() });
        var details = await client.GetDocumentAsync($"/Meetings/Details/{meeting.Id.Value}");

        Assert.All(new[] { agenda, held, attendance, decision, commitment, review, approve }, r => Assert.Equal(HttpStatusCode.Redirect, r.Status));
        Assert.Equal($"/Meetings/Record/{meeting.Id.Value}?saved=Attendance#attendance", attendance.Location);
        Assert.Equal("1 Përgatitja e planit të vitit 2024", string.Join(' ', details.Text(".gov-agenda__number"), details.Text(".gov-agenda__title")));
        Assert.Contains(site.Scenario.Person(DemoIds.EmiljanJani).FullName, details.Text("[data-testid=attendance-row]"), StringComparison.Ordinal);
        Assert.Contains("Miratohet kalendari", details.Text("[data-testid=decision]"), StringComparison.Ordinal);
        Assert.Contains("15.12.2023", details.Text("[data-testid=commitment]"), StringComparison.Ordinal);
        Assert.Contains("Miratuar", details.Text("[data-testid=minutes-status]"), StringComparison.Ordinal);
        var earlier = await client.GetDocumentAsync($"/Meetings/Details/{DemoIds.ClosingMeeting.Value}");
        Assert.Contains("22.11.2023", earlier.Text("[data-testid=review]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_AfterApproval_ShowsNoForm_AndACraftedPostGetsTheDomainMessage()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var page = $"/Meetings/Record/{DemoIds.AnnualAnalysisMeeting.Value}";
        var before = await client.GetDocumentAsync(page);

        var (status, _, document) = await client.PostWithTokenAsync(page + "?handler=Agenda", new() { ["Agenda.Title"] = "Pikë e vonuar për Korçën", ["Version"] = "1" });

        Assert.Empty(before.QuerySelectorAll("main form[method=post]"));
        Assert.NotNull(before.QuerySelector("[data-testid=closed-notice]"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("është miratuar", document.Text("[data-testid=errors]"), StringComparison.Ordinal);
        Assert.Equal(before.QuerySelectorAll("[data-testid=agenda-item]").Length, document.QuerySelectorAll("[data-testid=agenda-item]").Length);
    }

    [Fact]
    public async Task Record_AttendanceOfAPersonNotAppointed_ShowsTheRule_BesideTheGrid_WithTheChoiceKept()
    {
        var meeting = await site.AddDurresMeetingAsync(new LocalDate(2023, 10, 23), held: true);
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var page = $"/Meetings/Record/{meeting.Id.Value}";
        var row = await client.GridRowAsync(page, DemoIds.CommitteeSeat(DemoIds.WorldVision).Value);

        var (status, _, document) = await client.SubmitAsync(page, "[data-testid=attendance-form]", new()
        {
            [row + "Choice"] = "PresentTitular",
            [row + "PersonId"] = DemoIds.FabiolaEgro.Value.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("zëvendësues", document.Text("[data-testid=errors-Attendance]"), StringComparison.Ordinal);
        var seatRow = document.QuerySelector($"tr[data-seat='{DemoIds.CommitteeSeat(DemoIds.WorldVision).Value}']")!;
        Assert.Equal("PresentTitular", seatRow.QuerySelector("select[name$='.Choice'] option[selected]")?.GetAttribute("value"));
        var seats = site.Scenario.KratDurres.SeatsOn(Domain.Committees.CommitteeBody.Committee, meeting.Date).Count;
        Assert.Equal($"Të pranishëm 0 nga {seats} vende (0 të regjistruara).", document.Text("[data-testid=attendance-summary]"));
    }

    [Fact]
    public async Task Record_WithAStaleForm_ShowsWhoChangedTheMeeting_AndKeepsTheInput()
    {
        var meeting = await site.AddDurresMeetingAsync(new LocalDate(2023, 11, 24), held: false);
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);
        var page = $"/Meetings/Record/{meeting.Id.Value}";
        var stale = await secretary.GetDocumentAsync(page);
        var version = stale.QuerySelector("[data-testid=agenda-form] input[name=Version]")!.GetAttribute("value")!;

        var first = await admin.SubmitAsync(page, "[data-testid=agenda-form]", new() { ["Agenda.Title"] = "Pika e administratorit" });
        var (status, _, document) = await secretary.SubmitAsync(page, "[data-testid=agenda-form]", new() { ["Agenda.Title"] = "Pika e sekretarit", ["Version"] = version });

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("admin", document.Text("[data-testid=errors-Agenda]"), StringComparison.Ordinal);
        Assert.Equal("Pika e sekretarit", document.QuerySelector("#Agenda_Title")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Record_PostWithoutAntiforgeryToken_IsRejected()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var status = await client.PostWithoutTokenAsync($"/Meetings/Record/{DemoIds.ClosingMeeting.Value}?handler=Agenda", "Agenda.Title=x&Version=1");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Create_PostWithoutAntiforgeryToken_IsRejected()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        Assert.Equal(HttpStatusCode.BadRequest, await client.PostWithoutTokenAsync("/Meetings/Create", "Input.Place=x"));
    }
}
