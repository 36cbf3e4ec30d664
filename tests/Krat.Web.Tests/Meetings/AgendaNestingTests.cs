using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Web.Tests.Meetings;

/// <summary>
/// Nesting the agenda on the Record page: "→" puts an item under the one before it ("2.1"), "←" takes it out again
/// right after its former parent; the number is shown once, the same on the Record and details pages.
/// </summary>
public sealed class AgendaNestingTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    private static readonly string[] Titles = ["Hapja e mbledhjes", "Qendra e Resiliencës", "Raporti i Qendrës për tremujorin", "Të ndryshme"];

    private async Task<(string Page, Meeting Meeting)> PlannedMeetingWithAgendaAsync(HttpClient secretary, int day)
    {
        var meeting = await site.AddDurresMeetingAsync(new LocalDate(2023, 12, day), held: false);
        var page = $"/Meetings/Record/{meeting.Id.Value}";
        foreach (var title in Titles)
        {
            await secretary.SubmitAsync(page, "[data-testid=agenda-form]", new() { ["Agenda.Title"] = title });
        }

        return (page, await LoadAsync(meeting.Id));
    }

    private async Task<Meeting> LoadAsync(MeetingId id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IReadRepository<Meeting>>().FirstOrDefaultAsync(new MeetingRecordSpec(id)))!;
    }

    /// <summary>Presses a nesting button ("nest-agenda" or "unnest-agenda") of an item as the browser would: its form's fields, the button's action and value.</summary>
    private static async Task<(HttpStatusCode Status, string? Location, IHtmlDocument Document)> PressAsync(HttpClient client, string page, Guid item, string button)
    {
        var document = await client.GetDocumentAsync(page);
        var pressed = document.QuerySelector<IHtmlButtonElement>($"li[data-item='{item}'] [data-testid={button}]")
            ?? throw new InvalidOperationException($"No {button} button for {item}.");
        var form = pressed.Form!;
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").ToDictionary(i => i.Name!, i => i.Value);
        fields[pressed.Name!] = pressed.Value;
        return await client.PostWithTokenAsync(pressed.GetAttribute("formaction")!, fields);
    }

    private static string[] Numbers(IHtmlDocument document) =>
        [.. document.QuerySelectorAll("[data-testid=agenda] .gov-agenda__number").Select(n => n.TextContent.Trim())];

    private static string Line(IHtmlDocument document, Guid item) =>
        $"{document.Text($"li[data-item='{item}'] .gov-agenda__number")} {document.Text($"li[data-item='{item}'] .gov-agenda__title")}";

    [Fact]
    public async Task Nest_PutsTheItemUnderTheOneBefore_NumberedOnce_AndUnnest_PutsItRightAfterItsFormerParent()
    {
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (page, meeting) = await PlannedMeetingWithAgendaAsync(secretary, 4);
        var report = meeting.Agenda.Single(i => i.Title == Titles[2]).Id.Value;

        var nested = await PressAsync(secretary, page, report, "nest-agenda");
        var afterNest = await secretary.GetDocumentAsync(page);
        var details = await secretary.GetDocumentAsync($"/Meetings/Details/{meeting.Id.Value}");
        var unnested = await PressAsync(secretary, page, report, "unnest-agenda");
        var afterUnnest = await secretary.GetDocumentAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, nested.Status);
        Assert.EndsWith("saved=Agenda#agenda", nested.Location, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "2.1", "3"], Numbers(afterNest));
        Assert.Equal("2.1 Raporti i Qendrës për tremujorin", Line(afterNest, report));
        Assert.StartsWith("2.1 Raporti", System.Text.RegularExpressions.Regex.Replace(afterNest.Text($"li[data-item='{report}']")!, @"\s+", " "), StringComparison.Ordinal);
        Assert.Equal(["1", "2", "2.1", "3"], [.. details.QuerySelectorAll("[data-testid=agenda] .gov-agenda__number").Select(n => n.TextContent.Trim())]);
        Assert.Equal(HttpStatusCode.Redirect, unnested.Status);
        Assert.Equal(["1", "2", "3", "4"], Numbers(afterUnnest));
        Assert.Equal("3 Raporti i Qendrës për tremujorin", Line(afterUnnest, report));
        Assert.Null(afterUnnest.QuerySelector($"li[data-item='{report}'] [data-testid=unnest-agenda]"));
    }

    [Fact]
    public async Task Nest_UnderItsOwnSubItem_IsAFormErrorBesideTheAgenda_AndNothingChanges()
    {
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (page, meeting) = await PlannedMeetingWithAgendaAsync(secretary, 5);
        var centre = meeting.Agenda.Single(i => i.Title == Titles[1]).Id.Value;
        var report = meeting.Agenda.Single(i => i.Title == Titles[2]).Id.Value;
        await PressAsync(secretary, page, report, "nest-agenda");
        var before = await LoadAsync(meeting.Id);

        var (status, _, document) = await secretary.PostWithTokenAsync($"{page}?handler=NestAgenda", new()
        {
            ["Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["item"] = centre.ToString(),
            ["parent"] = report.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Qendra e Resiliencës", document.Text("[data-testid=errors-Agenda]"), StringComparison.Ordinal);
        Assert.Equal(before.Version, (await LoadAsync(meeting.Id)).Version);
        Assert.Equal(["1", "2", "2.1", "3"], Numbers(document));
    }
}
