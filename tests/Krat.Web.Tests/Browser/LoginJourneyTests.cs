using Krat.Web.Security;
using Krat.Web.Tests.Harness.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Krat.Web.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class LoginJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Secretary_LogsInWithTheShownDemoPassword_SeesTheirName_AndLogsOut()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Hyr", Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Hyrja në Krat");

            // The password is read from the demo table on the page, as a visitor would.
            var row = page.GetByTestId("demo-account").Filter(new() { HasText = DemoAccounts.Secretary.UserName });
            var password = await row.Locator("td").Nth(1).InnerTextAsync();
            await page.GetByLabel("Emri i përdoruesit").FillAsync(DemoAccounts.Secretary.UserName);
            await page.GetByLabel("Fjalëkalimi").FillAsync(password);
            await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Hyr" }).ClickAsync();

            await Expect(page.GetByTestId("user-name")).ToHaveTextAsync(DemoAccounts.Secretary.DisplayName);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Komiteti Rajonal Antitrafik");
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "login-signed-in")}");

            await page.GetByRole(AriaRole.Button, new() { Name = "Dil" }).ClickAsync();
            await Expect(page.GetByTestId("user-name")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hyr", Exact = true })).ToBeVisibleAsync();
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, nameof(Secretary_LogsInWithTheShownDemoPassword_SeesTheirName_AndLogsOut))}");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task WrongPassword_ShowsTheMessage_AndKeepsTheVisitorOnTheForm()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Emri i përdoruesit").FillAsync(DemoAccounts.Member.UserName);
            await page.GetByLabel("Fjalëkalimi").FillAsync("wrong-password");
            await page.GetByLabel("Fjalëkalimi").PressAsync("Enter");

            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Emri i përdoruesit ose fjalëkalimi nuk është i saktë.");
            await Expect(page.GetByTestId("user-name")).ToHaveCountAsync(0);
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, nameof(WrongPassword_ShowsTheMessage_AndKeepsTheVisitorOnTheForm))}");
            await page.Context.CloseAsync();
        }
    }
}
