using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Krat.Web.Tests.Browser;

/// <summary>Journey 2: the secretary opens the meetings, the meeting of 31.10.2023 and its minutes, and records a new meeting.</summary>
[Collection(BrowserTests.Name)]
public sealed class MeetingsJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static async Task LogInAsSecretaryAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Emri i përdoruesit").FillAsync(DemoAccounts.Secretary.UserName);
        await page.GetByLabel("Fjalëkalimi").FillAsync(DemoAccounts.Secretary.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Hyr" }).ClickAsync();
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync(DemoAccounts.Secretary.DisplayName);
    }

    [BrowserFact]
    public async Task Secretary_OpensTheClosingMeeting_AndItsPrintableMinutes()
    {
        var page = await browser.NewPageAsync();
        var closing = DurresScenario.Build().ClosingMeeting;
        try
        {
            await LogInAsSecretaryAsync(page);
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mbledhjet", Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Mbledhjet");

            await page.GetByRole(AriaRole.Link, new() { Name = closing.Title! }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync(closing.Title!);
            await Expect(page.GetByTestId("meeting-facts")).ToContainTextAsync("31.10.2023, 10:00–12:00");
            await Expect(page.GetByTestId("agenda-item")).ToHaveCountAsync(closing.Agenda.Count);
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "meetings-closing-meeting")}");

            await page.GetByTestId("minutes-link").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Procesverbal");
            await Expect(page.GetByTestId("title")).ToHaveTextAsync(closing.Title!);
            await Expect(page.GetByTestId("attendance-row")).ToHaveCountAsync(closing.Attendance.Count);
            await Expect(page.Locator("nav")).ToHaveCountAsync(0);
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, nameof(Secretary_OpensTheClosingMeeting_AndItsPrintableMinutes))}");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Secretary_PlansAMeeting_AndAddsAnAgendaItem()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await LogInAsSecretaryAsync(page);
            await page.GotoAsync("/Meetings");
            await page.GetByTestId("plan-meeting").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Planifiko një mbledhje");

            await page.GetByLabel("Lloji").SelectOptionAsync("Extraordinary");
            await page.GetByLabel("Data").FillAsync("2023-11-28");
            await page.GetByLabel("Fillimi (ora e Tiranës)").FillAsync("11:00");
            await page.GetByLabel("Mbarimi (ora e Tiranës)").FillAsync("12:30");
            await page.GetByLabel("Vendi").FillAsync("Bashkia Krujë, salla e këshillit");
            await page.GetByLabel("Titulli").FillAsync("Takim i jashtëzakonshëm për rastet e identifikuara në Krujë");
            await page.GetByRole(AriaRole.Button, new() { Name = "Planifiko", Exact = true }).ClickAsync();

            await Expect(page.Locator("h1")).ToContainTextAsync("Takim i jashtëzakonshëm për rastet e identifikuara në Krujë");
            await page.GetByLabel("Titulli i pikës").FillAsync("Informim nga Policia e Qarkut");
            await page.GetByTestId("agenda-form").GetByRole(AriaRole.Button).ClickAsync();

            await Expect(page.GetByTestId("agenda-item")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("agenda-item")).ToContainTextAsync("Informim nga Policia e Qarkut");
            await Expect(page.GetByTestId("meeting-facts")).ToContainTextAsync("28.11.2023, 11:00–12:30");
            await Expect(page.GetByTestId("meeting-facts")).ToContainTextAsync("Bashkia Krujë, salla e këshillit");
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, nameof(Secretary_PlansAMeeting_AndAddsAnAgendaItem))}");
            await page.Context.CloseAsync();
        }
    }
}
