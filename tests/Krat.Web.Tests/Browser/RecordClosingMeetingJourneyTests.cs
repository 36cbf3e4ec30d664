using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Krat.Web.Tests.Browser;

/// <summary>
/// Journey: the secretary records the whole Durrës closing meeting of 31.10.2023 as a new meeting — agenda,
/// attendance in the grid, the pupils as guests, the pupils' project decision, commitments —, corrects a mistake,
/// approves and prints the minutes. Screenshots at 1366 and 390 px wide go to TestResults/screenshots.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class RecordClosingMeetingJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Title = "Mbledhja përmbyllëse e tetorit 2023 (regjistrim nga sekretaria)";

    /// <summary>Screenshots at 1366 and 390 px; for the Record page (<paramref name="fits"/>) also asserts that it fits both widths.</summary>
    private async Task ScreenshotsAsync(IPage page, string name, bool fits = true)
    {
        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, width > 400 ? 900 : 844);
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, $"{name}-{width}")}");
            if (fits)
            {
                await AssertFitsAsync(page, width);
            }
        }

        await page.SetViewportSizeAsync(1366, 900);
    }

    /// <summary>
    /// The page does not scroll sideways at <paramref name="width"/>, and every control of the attendance grid (when
    /// shown) lies wholly inside the window and its scroll box: nothing cut off, nothing to scroll to.
    /// </summary>
    private async Task AssertFitsAsync(IPage page, int width)
    {
        var pageWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        var cut = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[data-testid=attendance-grid] select, [data-testid=attendance-grid] button, [data-testid=save-attendance]')]
              .filter(e => {
                const r = e.getBoundingClientRect(), box = (e.closest('.table-wrap') ?? document.body).getBoundingClientRect();
                return r.left < 0 || r.right > Math.min(window.innerWidth, box.right) + 0.5;
              })
              .map(e => `${e.name || e.dataset.testid} ${Math.round(e.getBoundingClientRect().right)} px`)
            """);
        output.WriteLine($"{width} px: page {pageWidth} px wide, {cut.Length} attendance controls cut off");
        Assert.True(pageWidth <= width, $"The page is {pageWidth} px wide at {width} px.");
        Assert.Empty(cut);
    }

    private static async Task FindOrganisationAsync(IPage page, string section, string text)
    {
        var search = page.GetByTestId($"organisation-search-{section}");
        await search.Locator("input[name=org]").FillAsync(text);
        await search.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"org=.*#{section}$"));
    }

    [BrowserFact]
    public async Task Secretary_RecordsTheClosingMeeting_CorrectsAMistake_ApprovesAndPrintsTheMinutes()
    {
        var page = await browser.NewPageAsync();
        var scenario = DurresScenario.Build();
        try
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Emri i përdoruesit").FillAsync(DemoAccounts.Secretary.UserName);
            await page.GetByLabel("Fjalëkalimi").FillAsync(DemoAccounts.Secretary.Password);
            await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Hyr" }).ClickAsync();
            await Expect(page.GetByTestId("user-name")).ToHaveTextAsync(DemoAccounts.Secretary.DisplayName);

            // Plan the meeting of 31.10.2023, 10:00–12:00 (the site's clock stands at its start).
            await page.GotoAsync("/Meetings/Create");
            await page.GetByLabel("Lloji").SelectOptionAsync("CampaignClosing");
            await page.GetByLabel("Data").FillAsync("2023-10-31");
            await page.GetByLabel("Fillimi (ora e Tiranës)").FillAsync("10:00");
            await page.GetByLabel("Mbarimi (ora e Tiranës)").FillAsync("12:00");
            await page.GetByLabel("Vendi").FillAsync("Salla e mbledhjeve, Prefektura e Qarkut Durrës");
            await page.GetByLabel("Titulli").FillAsync(Title);
            await page.GetByRole(AriaRole.Button, new() { Name = "Planifiko", Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync(Title);

            // The agenda, the Prefect presenting the opening.
            var agendaForm = page.GetByTestId("agenda-form");
            foreach (var item in scenario.ClosingMeeting.NumberedAgenda().Where(i => i.Depth == 0).Take(4))
            {
                await agendaForm.GetByLabel("Titulli i pikës").FillAsync(item.Item.Title);
                if (item.Number == "1")
                {
                    await agendaForm.GetByLabel("Paraqitësi").SelectOptionAsync(new SelectOptionValue { Label = $"Z. Emiljan Jani – {scenario.Organisation(DemoIds.Prefecture).Name}" });
                }

                await agendaForm.GetByRole(AriaRole.Button).ClickAsync();
                await Expect(page.GetByTestId("saved-Agenda")).ToBeVisibleAsync();
            }

            await Expect(page.GetByTestId("agenda-item")).ToHaveCountAsync(4);

            // The fourth item belongs under the third: "3.1", numbered once.
            await page.GetByTestId("agenda-item").Nth(3).GetByTestId("nest-agenda").ClickAsync();
            await Expect(page.GetByTestId("agenda-item").Nth(3).Locator(".gov-agenda__number")).ToHaveTextAsync("3.1");
            Assert.Equal("none", await page.Locator(".gov-agenda").EvaluateAsync<string>("e => getComputedStyle(e).listStyleType"));
            await page.GetByTestId("held-form").GetByRole(AriaRole.Button).ClickAsync();
            await Expect(page.GetByTestId("state")).ToHaveTextAsync("E zhvilluar");

            // Attendance: everyone as titular, one seat excused, one Save.
            await page.GetByTestId("all-titular").ClickAsync();
            var rows = page.GetByTestId("attendance-seat");
            var seats = await rows.CountAsync();
            await rows.Last.Locator("select[name$='.Choice']").SelectOptionAsync("Excused");
            await page.GetByTestId("save-attendance").ClickAsync();
            await Expect(page.GetByTestId("saved-Attendance")).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#attendance$"));
            await Expect(page.GetByTestId("attendance-summary")).ToContainTextAsync($"Të pranishëm {seats - 1} nga {seats} vende");

            // The pupils of "Gjergj Kastrioti" as guests, found by a search without diacritics.
            await FindOrganisationAsync(page, "guest", "gjergj kastrioti");
            var guestForm = page.GetByTestId("guest-form");
            await guestForm.GetByLabel("Institucioni").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await guestForm.GetByLabel("Përshkrimi").FillAsync("Një grup nxënësish nga gjimnazi \"Gjergj Kastrioti\"");
            await guestForm.GetByRole(AriaRole.Button).ClickAsync();
            await Expect(page.GetByTestId("guest")).ToContainTextAsync("Kastrioti");

            // The pupils' project, supported by the Prefect.
            var decisionForm = page.GetByTestId("decision-form");
            await decisionForm.GetByLabel("Lloji i vendimit").SelectOptionAsync("Recommendation");
            await decisionForm.GetByLabel("Teksti i vendimit").FillAsync(scenario.ClosingMeeting.Decisions[0].Text);
            await decisionForm.GetByRole(AriaRole.Button).ClickAsync();
            await Expect(page.GetByTestId("decision")).ToContainTextAsync("Gjergj Kastrioti");

            // A commitment with a wrong due date…
            await FindOrganisationAsync(page, "commitment", "world vision");
            var commitmentForm = page.GetByTestId("commitment-form");
            await commitmentForm.GetByLabel("Çfarë").FillAsync("Mbështetja e projektit të nxënësve për fëmijët në situatë rruge.");
            await commitmentForm.GetByLabel("Përgjegjës").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await commitmentForm.GetByLabel("Afati").FillAsync("2023-10-30");
            await commitmentForm.GetByRole(AriaRole.Button).ClickAsync();
            await Expect(page.GetByTestId("errors-Commitment")).Not.ToBeEmptyAsync();
            await Expect(commitmentForm.GetByLabel("Çfarë")).ToHaveValueAsync("Mbështetja e projektit të nxënësve për fëmijët në situatë rruge.");
            await commitmentForm.GetByLabel("Afati").FillAsync("2023-11-30");
            await commitmentForm.GetByRole(AriaRole.Button).ClickAsync();
            await Expect(page.GetByTestId("commitment")).ToContainTextAsync("30.11.2023");

            // …corrected: the due date is the end of the year.
            await page.GetByTestId("edit-commitment").ClickAsync();
            await page.GetByTestId("commitment-edit-form").GetByLabel("Afati").FillAsync("2023-12-31");
            await page.GetByTestId("commitment-edit-form").GetByRole(AriaRole.Button, new() { Name = "Ruaj" }).ClickAsync();
            await Expect(page.GetByTestId("commitment")).ToContainTextAsync("31.12.2023");
            await Expect(page.GetByTestId("commitment")).Not.ToContainTextAsync("30.11.2023");
            await ScreenshotsAsync(page, "record-closing-meeting-draft");

            // Approve and print.
            var approveForm = page.GetByTestId("approve-form");
            await approveForm.GetByLabel("Miratuar nga").SelectOptionAsync(new SelectOptionValue { Label = "Z. Emiljan Jani" });
            await approveForm.GetByRole(AriaRole.Button).ClickAsync();
            await Expect(page.GetByTestId("closed-notice")).ToBeVisibleAsync();
            await Expect(page.Locator("main form[method=post]")).ToHaveCountAsync(0);
            await ScreenshotsAsync(page, "record-closing-meeting-approved");

            await page.GetByTestId("minutes-link").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Procesverbal");
            await Expect(page.GetByTestId("attendance-row")).ToHaveCountAsync(seats);
            // Numbered once: the outline number, and no list marker of the browser's before it.
            await Expect(page.Locator(".gov-agenda__number").First).ToHaveTextAsync("1");
            await Expect(page.Locator(".gov-agenda__title").First).ToHaveTextAsync(scenario.ClosingMeeting.NumberedAgenda()[0].Item.Title);
            Assert.Equal("none", await page.Locator(".gov-agenda").EvaluateAsync<string>("e => getComputedStyle(e).listStyleType"));
            await Expect(page.GetByTestId("approval")).ToContainTextAsync("Emiljan Jani");
            await ScreenshotsAsync(page, "record-closing-meeting-minutes", fits: false);
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, nameof(Secretary_RecordsTheClosingMeeting_CorrectsAMistake_ApprovesAndPrintsTheMinutes))}");
            await page.Context.CloseAsync();
        }
    }
}
