using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Tests.Harness;
using Krat.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Web.Tests.Meetings;

/// <summary>
/// Every handler of the Record page for each role: visitors are sent to the login, members are refused, and
/// nothing changes; unknown or another committee's meetings answer 404; unknown parts are a form error, never 500.
/// </summary>
public sealed class RecordHandlersAccessTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    private static readonly string Unknown = Guid.Parse("00000000-0000-7000-8000-00000000beef").ToString();

    /// <summary>Each secretary verb of the page with fields that would change a held draft meeting.</summary>
    public static TheoryData<string> Handlers() =>
    [
        "Details", "Held", "Cancel", "Agenda", "ReviseAgenda", "MoveAgenda", "NestAgenda", "RemoveAgenda", "CopyAgenda",
        "Attendance", "RemoveAttendance", "Guest", "CorrectGuest", "RemoveGuest", "Decision", "CorrectDecision",
        "RemoveDecision", "Commitment", "CorrectCommitment", "RemoveCommitment", "Review", "Approve",
    ];

    private static Dictionary<string, string> Fields(string handler, Meeting meeting)
    {
        var firstItem = meeting.Agenda.Count > 0 ? meeting.Agenda[0].Id.ToString() : Unknown;
        return new()
        {
            ["Version"] = meeting.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["item"] = handler.Contains("Agenda", StringComparison.Ordinal) ? firstItem : Unknown,
            ["position"] = "1",
            ["seat"] = DemoIds.CommitteeSeat(DemoIds.Prefecture).Value.ToString(),
            ["Details.Date"] = "2023-10-20", ["Details.Start"] = "09:00", ["Details.End"] = "10:00", ["Details.Place"] = "Diku tjetër",
            ["Cancellation.Reason"] = "Arsye",
            ["Agenda.Title"] = "Pikë e re",
            ["AgendaEdit.ItemId"] = firstItem, ["AgendaEdit.Title"] = "Titull i ri",
            ["Grid[0].SeatId"] = DemoIds.CommitteeSeat(DemoIds.Prefecture).Value.ToString(), ["Grid[0].Choice"] = "Excused",
            ["Guest.Description"] = "Nxënës", ["GuestEdit.ItemId"] = Unknown, ["GuestEdit.Description"] = "x",
            ["Decision.Kind"] = "Other", ["Decision.Text"] = "Vendim", ["DecisionEdit.ItemId"] = Unknown, ["DecisionEdit.Kind"] = "Other", ["DecisionEdit.Text"] = "x",
            ["Commitment.What"] = "Detyrim", ["Commitment.OwnerId"] = DemoIds.Prefecture.Value.ToString(),
            ["CommitmentEdit.ItemId"] = Unknown, ["CommitmentEdit.What"] = "x", ["CommitmentEdit.OwnerId"] = DemoIds.Prefecture.Value.ToString(),
            ["Review.MeetingId"] = DemoIds.ClosingMeeting.Value.ToString(), ["Review.CommitmentId"] = Unknown, ["Review.Status"] = "Done",
            ["Approval.On"] = "2023-10-25", ["Approval.ByPersonId"] = DemoIds.EmiljanJani.Value.ToString(),
        };
    }

    private async Task<Meeting> LoadAsync(MeetingId id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IReadRepository<Meeting>>().FirstOrDefaultAsync(new MeetingRecordSpec(id)))!;
    }

    private async Task<Meeting> DraftMeetingAsync(int day)
    {
        var meeting = await site.AddDurresMeetingAsync(new LocalDate(2023, 10, day), held: true);
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        await secretary.SubmitAsync($"/Meetings/Record/{meeting.Id.Value}", "[data-testid=agenda-form]", new() { ["Agenda.Title"] = "Hapja" });
        return await LoadAsync(meeting.Id);
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public async Task SecretaryVerb_ByAMember_IsRefused_AndNothingChanges(string handler)
    {
        var meeting = await DraftMeetingAsync(2);
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        var (status, location, _) = await member.PostWithTokenAsync($"/Meetings/Record/{meeting.Id.Value}?handler={handler}", Fields(handler, meeting));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("/Account/AccessDenied", location, StringComparison.Ordinal);
        Assert.Equal(meeting.Version, (await LoadAsync(meeting.Id)).Version);
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public async Task SecretaryVerb_ByAVisitor_AsksToLogIn_AndNothingChanges(string handler)
    {
        var meeting = await DraftMeetingAsync(3);
        using var anonymous = site.CreateSiteClient();

        var (status, location, _) = await anonymous.PostWithTokenAsync($"/Meetings/Record/{meeting.Id.Value}?handler={handler}", Fields(handler, meeting));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("/Account/Login", location, StringComparison.Ordinal);
        Assert.Equal(meeting.Version, (await LoadAsync(meeting.Id)).Version);
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public async Task SecretaryVerb_OnAnUnknownOrForeignMeeting_Answers404(string handler)
    {
        var meeting = await DraftMeetingAsync(4);
        var (_, korce) = await site.AddKorceAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var unknown = await secretary.PostWithTokenAsync($"/Meetings/Record/{Unknown}?handler={handler}", Fields(handler, meeting));
        var foreign = await secretary.PostWithTokenAsync($"/Meetings/Record/{korce.Id.Value}?handler={handler}", Fields(handler, meeting));

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal(korce.Version, (await LoadAsync(korce.Id)).Version);
    }

    [Theory]
    [InlineData("CorrectGuest", "errors-GuestEdit")]
    [InlineData("RemoveGuest", "errors-Guest")]
    [InlineData("CorrectDecision", "errors-DecisionEdit")]
    [InlineData("RemoveDecision", "errors-Decision")]
    [InlineData("CorrectCommitment", "errors-CommitmentEdit")]
    [InlineData("RemoveCommitment", "errors-Commitment")]
    [InlineData("Review", "errors-Review")]
    public async Task SecretaryVerb_OnAnUnknownPart_IsAFormError_BesideItsForm(string handler, string errors)
    {
        var meeting = await DraftMeetingAsync(5);
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var (status, _, document) = await secretary.PostWithTokenAsync($"/Meetings/Record/{meeting.Id.Value}?handler={handler}", Fields(handler, meeting));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(string.IsNullOrWhiteSpace(document.Text($"[data-testid={errors}]")), document.Text("main"));
        Assert.Equal(meeting.Version, (await LoadAsync(meeting.Id)).Version);
    }

    [Fact]
    public async Task RecordPage_ForAVisitorAMemberAndUnknownIds()
    {
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (_, korce) = await site.AddKorceAsync();

        Assert.Contains("/Account/Login", await anonymous.RedirectOfAsync($"/Meetings/Record/{DemoIds.ClosingMeeting.Value}"), StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", await member.RedirectOfAsync($"/Meetings/Record/{DemoIds.ClosingMeeting.Value}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await secretary.StatusOfAsync($"/Meetings/Record/{Unknown}"));
        Assert.Equal(HttpStatusCode.NotFound, await secretary.StatusOfAsync($"/Meetings/Record/{korce.Id.Value}"));
        Assert.Equal(HttpStatusCode.NotFound, await secretary.StatusOfAsync($"/Meetings/Details/{Unknown}"));
        Assert.Equal(HttpStatusCode.NotFound, await secretary.StatusOfAsync($"/Meetings/Minutes/{korce.Id.Value}"));
    }
}
