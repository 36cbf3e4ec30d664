using System.Text;
using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Krat.Web.Tests.Activities;

/// <summary>Journey 3 in a real browser: the secretary filters, opens, records, completes and exports activities.</summary>
[Collection(BrowserTests.Name)]
public sealed class ActivitiesJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Secretary_FiltersSearchesOpensRecordsCompletesAndExports()
    {
        var scenario = DurresScenario.Build();
        var kruje = scenario.Activities.Single(a => a.Id == DemoIds.Activity(2));
        var prefecture = scenario.Organisations.Single(o => o.Id == DemoIds.Prefecture).Name;
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Emri i përdoruesit").FillAsync(DemoAccounts.Secretary.UserName);
            await page.GetByLabel("Fjalëkalimi").FillAsync(DemoAccounts.Secretary.Password);
            await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Hyr" }).ClickAsync();
            await Expect(page.GetByTestId("user-name")).ToHaveTextAsync(DemoAccounts.Secretary.DisplayName);

            // Filter by municipality and search without diacritics.
            await page.GotoAsync("/Activities");
            await page.GetByLabel("Bashkia").SelectOptionAsync(new SelectOptionValue { Label = "Krujë" });
            await page.GetByLabel("Kërko në tekst").FillAsync("seance");
            await page.GetByRole(AriaRole.Button, new() { Name = "Filtro" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=seance.*municipality=Kruj%C3%AB"));
            await Expect(page.GetByTestId("activity-row")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("activities-count")).ToHaveTextAsync("1 aktivitete");
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "activities-filtered")}");

            // Open it.
            await page.GetByRole(AriaRole.Link, new() { Name = kruje.Title }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync(kruje.Title);
            await Expect(page.GetByTestId("reach-total")).ToHaveTextAsync(kruje.Reach!.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "activities-details")}");

            // Record a new activity.
            await page.GetByRole(AriaRole.Link, new() { Name = "Kthehu te lista e aktiviteteve" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Regjistro një aktivitet" }).ClickAsync();
            await page.GetByLabel("Lloji").SelectOptionAsync(new SelectOptionValue { Label = "Punëtori" });
            await page.GetByLabel("Titulli").FillAsync("Punëtori me prindërit në Krujë");
            await page.GetByLabel("Data e planifikuar", new() { Exact = true }).FillAsync("2023-10-25");
            await page.Locator("fieldset", new() { HasText = "Bashkitë" }).GetByLabel("Krujë").CheckAsync();
            await page.GetByLabel("Organizata drejtuese").SelectOptionAsync(new SelectOptionValue { Label = prefecture });
            await page.GetByLabel("Prindër").CheckAsync();
            await page.GetByLabel("Dukshmëria").SelectOptionAsync(new SelectOptionValue { Label = "Publike" });
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "activities-record-form")}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Regjistro aktivitetin" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Punëtori me prindërit në Krujë");
            await Expect(page.GetByTestId("activity-status")).ToHaveTextAsync("Planifikuar");

            // Complete it with its reach.
            await page.GetByRole(AriaRole.Link, new() { Name = "Regjistro realizimin" }).ClickAsync();
            await page.GetByLabel("Gjithsej të arritur").FillAsync("30");
            await page.GetByLabel("Gra dhe vajza").FillAsync("16");
            await page.GetByLabel("Burra dhe djem").FillAsync("14");
            await page.GetByRole(AriaRole.Button, new() { Name = "Regjistro realizimin" }).ClickAsync();
            await Expect(page.GetByTestId("activity-status")).ToHaveTextAsync("Realizuar");
            await Expect(page.GetByTestId("reach-total")).ToHaveTextAsync("30");
            await Expect(page.GetByTestId("reach-women")).ToHaveTextAsync("16");
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "activities-completed")}");

            // Export the Krujë list as CSV.
            await page.GotoAsync("/Activities?municipality=Kruj%C3%AB");
            await Expect(page.GetByTestId("activity-row").Filter(new() { HasText = "Punëtori me prindërit në Krujë" })).ToHaveCountAsync(1);
            var rows = await page.GetByTestId("activity-row").CountAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("activities-export").ClickAsync());
            Assert.Equal("aktivitetet-Durrës-2023-10-31.csv", download.SuggestedFilename);
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            Assert.StartsWith("Data,Titulli,Lloji,Statusi", text, StringComparison.Ordinal);
            Assert.Contains("2023-10-25,Punëtori me prindërit në Krujë,Punëtori,Realizuar", text, StringComparison.Ordinal);
            Assert.Equal(rows + 1, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, nameof(Secretary_FiltersSearchesOpensRecordsCompletesAndExports))}");
            await page.Context.CloseAsync();
        }
    }
}
