using System.Net;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using NodaTime;

namespace Krat.Web.Tests.Meetings;

/// <summary>
/// An administrator viewing another county (<c>?qark=</c>) records its meeting: every form, link and redirect of the
/// Record page keeps the county, so a save lands on that county's meeting and comes back to it.
/// </summary>
public sealed class RecordForAnotherCountyTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    private async Task<Meeting> PlannedKorceMeetingAsync()
    {
        var (korce, _) = await site.AddKorceAsync();
        var day = new LocalDate(2023, 12, 19);
        return await site.AddAsync(Meeting.Plan(new MeetingPlan { CommitteeId = korce.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(10, 0)), End = day.At(new LocalTime(11, 0)), Place = "Prefektura e Qarkut Korçë" }));
    }

    [Fact]
    public async Task Admin_OnAnotherCountysRecordPage_KeepsTheCountyInEveryFormAndLink_AndSavesThere()
    {
        var meeting = await PlannedKorceMeetingAsync();
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);
        var page = $"/Meetings/Record/{meeting.Id.Value}?qark=AL-06";

        var document = await admin.GetDocumentAsync(page);
        var actions = document.QuerySelectorAll("main form[method=post]").Select(f => f.GetAttribute("action") ?? "").ToList();
        var (status, location, _) = await admin.SubmitAsync(page, "[data-testid=agenda-form]", new() { ["Agenda.Title"] = "Hapja e mbledhjes së Korçës" });
        var after = await admin.GetDocumentAsync(location!);
        var edit = after.QuerySelector("[data-testid=edit-agenda]")?.GetAttribute("href");

        Assert.NotEmpty(actions);
        Assert.All(actions, action => Assert.Contains("qark=AL-06", action, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("qark=AL-06", location, StringComparison.Ordinal);
        Assert.EndsWith("#agenda", location, StringComparison.Ordinal);
        Assert.Equal("Hapja e mbledhjes së Korçës", after.Text("[data-testid=agenda] .gov-agenda__title"));
        Assert.Contains("qark=AL-06", edit, StringComparison.Ordinal);
        Assert.Contains("edit=agenda-", edit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusOfAsync($"/Meetings/Record/{meeting.Id.Value}"));
    }

    [Theory]
    [InlineData("/Meetings?qark=Bogus")]
    [InlineData("/Reports?qark=AL-99")]
    [InlineData("/Activities?qark=%3Cscript%3E")]
    public async Task AnUnknownCounty_IsABadRequest_NotAnotherCountyOrAServerError(string path)
    {
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        Assert.Equal(HttpStatusCode.BadRequest, await admin.StatusOfAsync(path));
    }

    [Theory]
    [InlineData("/Meetings?qark=AL-02")]
    [InlineData("/Meetings?qark=durres")]
    [InlineData("/Meetings?qark=Durr%C3%ABs")]
    public async Task ACountyByCodeOrName_WithOrWithoutDiacritics_IsShown(string path)
    {
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        Assert.Equal(HttpStatusCode.OK, await admin.StatusOfAsync(path));
    }
}
