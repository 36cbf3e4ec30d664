using Krat.Web.Tests.Harness.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Krat.Web.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class LanguageSwitchJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Visitor_SwitchesToEnglish_AndBack_WithTheKeyboard()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sq");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Komiteti Rajonal Antitrafik");

            // The first Tab reaches the skip link, which is then visible.
            await page.Keyboard.PressAsync("Tab");
            await Expect(page.Locator("a.skip-link")).ToBeFocusedAsync();
            await Expect(page.Locator("a.skip-link")).ToBeInViewportAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Regional Anti-Trafficking Committee");
            await Expect(page.GetByTestId("home-committee")).ToHaveTextAsync("The committee, its members and seats: Regional Anti-Trafficking Committee of Durrës");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToHaveAttributeAsync("aria-pressed", "true");
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "language-switch-english")}");

            await page.GetByRole(AriaRole.Button, new() { Name = "Shqip" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sq");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Komiteti Rajonal Antitrafik");
            await Expect(page.GetByTestId("home-committee")).ToContainTextAsync("Komiteti Rajonal Antitrafik Durrës");
            Assert.Equal(new Uri(browser.BaseAddress, "/").ToString(), page.Url);
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, nameof(Visitor_SwitchesToEnglish_AndBack_WithTheKeyboard))}");
            await page.Context.CloseAsync();
        }
    }
}
