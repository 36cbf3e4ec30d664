using System.Globalization;
using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Krat.Web.Tests.Reports;

/// <summary>Journey 5 in a real browser: the secretary opens the reports, the October 2023 campaign report with its charts, exports a table as CSV and opens the statistics.</summary>
[Collection(BrowserTests.Name)]
public sealed class ReportsJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Secretary_OpensTheCampaignReport_WithCharts_ExportsCsv_AndOpensTheStatistics()
    {
        var scenario = ScenarioFigures.Scenario;
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Emri i përdoruesit").FillAsync(DemoAccounts.Secretary.UserName);
            await page.GetByLabel("Fjalëkalimi").FillAsync(DemoAccounts.Secretary.Password);
            await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Hyr" }).ClickAsync();
            await Expect(page.GetByTestId("user-name")).ToHaveTextAsync(DemoAccounts.Secretary.DisplayName);

            // The list of reports, from the main navigation.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigimi kryesor" }).GetByRole(AriaRole.Link, new() { Name = "Raportet" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Raportet");
            await Expect(page.GetByTestId("report-attendance")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("report-rollup")).ToHaveCountAsync(0);
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "reports-index")}");

            // The October 2023 campaign report with its charts.
            await page.GetByTestId("report-period").ClickAsync();
            await page.GetByLabel("Fushata").SelectOptionAsync(new SelectOptionValue { Label = scenario.October2023.Name });
            await page.GetByRole(AriaRole.Button, new() { Name = "Shfaq" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"campaign={DemoIds.October2023.Value}"));
            await Expect(page.GetByTestId("report-period")).ToContainTextAsync(scenario.October2023.Name);
            await Expect(page.GetByTestId("fact-activities")).ToHaveTextAsync(ScenarioFigures.AllCampaignActivities.Count.ToString(CultureInfo.InvariantCulture));
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Aktivitetet sipas llojit" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Aktivitetet sipas bashkisë" })).ToBeVisibleAsync();
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "reports-campaign-october-2023")}");

            // Export one table as CSV.
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("csv-activities-by-kind").ClickAsync());
            Assert.Equal("raporti-i-periudhes-activities-by-kind-2023-10-01_2023-10-31.csv", download.SuggestedFilename);
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.StartsWith("Lloji,Aktivitete,Të realizuara,Persona të arritur", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);

            // The published statistics, with the legend of the markers.
            await page.GotoAsync("/Reports");
            await page.GetByTestId("report-statistics").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Statistikat e viktimave");
            await Expect(page.GetByTestId("suppression-legend")).ToContainTextAsync("x");
            await Expect(page.Locator("table.report-table").First).ToBeVisibleAsync();
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "reports-statistics-2023")}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
