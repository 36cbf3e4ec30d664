using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Krat.Web.Tests.Plan;

/// <summary>The plan page and the statistics page in a real browser, as a visitor and as the secretary; a screenshot each.</summary>
[Collection(BrowserTests.Name)]
public sealed class PlanAndStatisticsBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly string PlanTitle = DurresScenario.Build().ActionPlan2023.Title;

    [BrowserFact]
    public async Task Anonymous_OpensThePlanFromTheMenu_AndSeesProgressBars()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigimi kryesor" }).GetByRole(AriaRole.Link, new() { Name = "Plani i veprimit" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = PlanTitle }).ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync(PlanTitle);
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Progresi i planit", Exact = false }).First).ToBeVisibleAsync();
            await Expect(page.Locator("tr[data-testid='measure-1.1'] svg[role=img]")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Regjistro vlerën", Exact = false })).ToHaveCountAsync(0);
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "plan-anonymous")}");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Secretary_OnThePlan_RecordsAnActual()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await LogInAsSecretaryAsync(page);
            await page.GotoAsync($"/Plan/Details/{DemoIds.ActionPlan2023.Value}");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mbyll planin" })).ToBeVisibleAsync();
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "plan-sekretari")}");

            await page.GetByRole(AriaRole.Link, new() { Name = "Regjistro vlerën — 2.1", Exact = false }).ClickAsync();
            await page.GetByLabel("Vlera (%)").FillAsync("86");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ruaj" }).ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync(PlanTitle);
            await Expect(page.Locator("table.indicators").Filter(new() { HasText = "2.1" })).ToContainTextAsync("2023: 86");
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "plan-sekretari-after-recording")}");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Anonymous_SeesOnlyPublishedStatistics()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync("/Statistics");

            await Expect(page.Locator("h1")).ToHaveTextAsync("Statistikat e viktimave");
            await Expect(page.Locator("[data-testid=published-table] td[data-state=hidden]").First).ToHaveTextAsync("x");
            await Expect(page.GetByTestId("legend")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("review-link")).ToHaveCountAsync(0);
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "statistics-anonymous")}");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Secretary_OnStatistics_ReviewsRawBesidePublished()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await LogInAsSecretaryAsync(page);
            await page.GotoAsync("/Statistics");
            await Expect(page.GetByTestId("record-link")).ToBeVisibleAsync();
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "statistics-sekretari")}");

            await page.GetByTestId("review-link").First.ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync("Shifrat e papërpunuara dhe pamja e publikuar");
            await Expect(page.GetByTestId("raw-crosstab")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=published] [data-testid=published-table]")).ToBeVisibleAsync();
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "statistics-sekretari-review")}");
            await page.Context.CloseAsync();
        }
    }

    private static async Task LogInAsSecretaryAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Emri i përdoruesit").FillAsync(DemoAccounts.Secretary.UserName);
        await page.GetByLabel("Fjalëkalimi").FillAsync(DemoAccounts.Secretary.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Hyr" }).ClickAsync();
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync(DemoAccounts.Secretary.DisplayName);
    }
}
