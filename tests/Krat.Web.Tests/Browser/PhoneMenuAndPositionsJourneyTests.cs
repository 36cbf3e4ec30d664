using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Krat.Web.Tests.Browser;

/// <summary>
/// Issue 14's leftovers as their users meet them, in Chromium: the main navigation as a menu on a phone (a disclosure
/// button, by keyboard), the hint on a table that scrolls sideways, the printable minutes at 390 px, and a secretary
/// giving a person an English position (refused hostile input included) that English pages then show. Screenshots at
/// 1366 and 390 px are saved with the test output.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class PhoneMenuAndPositionsJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 900 };

    [BrowserFact]
    public async Task OnAPhone_TheNavigationIsAMenuButton_ThatOpensWithTheKeyboard_AndOnALaptopTheLinksShow()
    {
        var phone = await browser.NewPageAsync(Phone);
        var laptop = await browser.NewPageAsync(Laptop);
        try
        {
            await phone.GotoAsync("/");
            var menu = phone.Locator("nav.site-nav summary");
            var meetings = phone.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Mbledhjet" });
            await Expect(menu).ToBeVisibleAsync();
            await Expect(meetings).Not.ToBeVisibleAsync();
            var navHeight = await phone.Locator("nav.site-nav").EvaluateAsync<double>("n => n.getBoundingClientRect().height");
            Assert.True(navHeight < 60, $"The closed menu takes {navHeight} px, more than one row.");
            Assert.Equal("DisclosureTriangle expanded=false", await AxExpandedAsync(phone, "nav.site-nav summary"));
            await BrowserFixture.SaveScreenshotAsync(phone, "menu-390-closed");

            await menu.FocusAsync();
            await phone.Keyboard.PressAsync("Enter");
            await Expect(meetings).ToBeVisibleAsync();
            Assert.Equal("DisclosureTriangle expanded=true", await AxExpandedAsync(phone, "nav.site-nav summary"));
            await phone.Keyboard.PressAsync("Tab");
            await Expect(phone.Locator("nav.site-nav a").First).ToBeFocusedAsync();
            await BrowserFixture.SaveScreenshotAsync(phone, "menu-390-open");
            await AssertNoSeriousAxeViolationsAsync(phone, "the open menu");
            Assert.True(await FitsAsync(phone), "The open menu widens the page.");

            await meetings.ClickAsync();
            await Expect(phone.Locator("h1")).ToContainTextAsync("Mbledhjet");
            await Expect(phone.Locator("nav.site-nav a[aria-current=page]")).ToHaveTextAsync("Mbledhjet");

            await laptop.GotoAsync("/");
            await Expect(laptop.Locator("nav.site-nav summary")).Not.ToBeVisibleAsync();
            await Expect(laptop.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Mbledhjet" })).ToBeVisibleAsync();
            await laptop.Keyboard.PressAsync("Tab");
            await laptop.Keyboard.PressAsync("Tab");
            Assert.NotEqual("SUMMARY", await laptop.EvaluateAsync<string>("() => document.activeElement.tagName"));
            await BrowserFixture.SaveScreenshotAsync(laptop, "menu-1366");
        }
        finally
        {
            await phone.Context.CloseAsync();
            await laptop.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task AWideTable_SaysItScrollsSideways_OnAPhoneOnly()
    {
        var phone = await browser.NewPageAsync(Phone);
        var laptop = await browser.NewPageAsync(Laptop);
        try
        {
            await BrowserChecks.LogInAsync(phone, DemoAccounts.Secretary);
            await phone.GotoAsync("/Activities");
            var hints = await HintsAsync(phone);
            Assert.Contains(hints, h => h.Scrolls && h.Hint == "Tabela vazhdon anash: rrëshqiteni ↔");
            Assert.All(hints, h => Assert.Equal(h.Scrolls, h.Hint.Length > 0));
            await BrowserFixture.SaveScreenshotAsync(phone, "table-hint-390");

            await phone.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", "en");
            Assert.Contains(await HintsAsync(phone), h => h.Scrolls && h.Hint == "The table continues sideways: scroll ↔");
            await BrowserFixture.SaveScreenshotAsync(phone, "table-hint-390-en");

            await BrowserChecks.LogInAsync(laptop, DemoAccounts.Secretary);
            await laptop.GotoAsync("/Committee");
            Assert.All(await HintsAsync(laptop), h => Assert.Equal(h.Scrolls, h.Hint.Length > 0));
            await BrowserFixture.SaveScreenshotAsync(laptop, "table-hint-1366");
        }
        finally
        {
            await phone.Context.CloseAsync();
            await laptop.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task ThePrintableMinutes_FitAPhone_AndKeepTheirMarginsInPrint()
    {
        var phone = await browser.NewPageAsync(Phone);
        try
        {
            foreach (var language in new[] { "Shqip", "English" })
            {
                await phone.GotoAsync("/");
                await phone.GetByRole(AriaRole.Button, new() { Name = language }).ClickAsync();
                await phone.GotoAsync($"/Meetings/Minutes/{DemoIds.ClosingMeeting.Value}");
                var widths = await phone.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                Assert.True(widths[0] <= widths[1], $"The minutes ({language}) are {widths[0]} px wide at {widths[1]} px.");
                await AssertNoSeriousAxeViolationsAsync(phone, $"the minutes ({language})");
                await BrowserFixture.SaveScreenshotAsync(phone, $"minutes-390-{language}");
            }

            // Printed, the page keeps its A4 margins (the @page rule of minutes.css) and still fits.
            var pageMargins = await phone.EvaluateAsync<string[]>("() => [...document.styleSheets].flatMap(s => [...s.cssRules]).filter(r => r instanceof CSSPageRule).map(r => r.style.margin)");
            Assert.Contains("2cm", pageMargins);
            await phone.EmulateMediaAsync(new() { Media = Media.Print });
            Assert.True(await FitsAsync(phone), "The printed minutes are wider than the page.");
            Assert.NotEmpty(await phone.PdfAsync(new() { Format = "A4" }));
        }
        finally
        {
            await phone.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task ASecretary_GivesAPersonAnEnglishPosition_RefusedHostileInputChangesNothing_AndEnglishPagesShowIt()
    {
        var secretary = await browser.NewPageAsync(Laptop);
        var visitor = await browser.NewPageAsync(Phone);
        var person = $"/Directory/Person/{DemoIds.FabiolaEgro.Value}";
        try
        {
            await BrowserChecks.LogInAsync(secretary, DemoAccounts.Secretary);
            await secretary.GotoAsync("/");
            await secretary.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await secretary.GotoAsync(person);
            var before = await secretary.GetByTestId("position").TextContentAsync();
            await secretary.GetByTestId("edit-position").ClickAsync();
            var english = secretary.GetByLabel("Position in English");
            await Expect(english).ToHaveAttributeAsync("lang", "en");
            await BrowserFixture.SaveScreenshotAsync(secretary, "edit-position-1366-en");

            foreach (var (hostile, error) in new[]
            {
                (new string('x', 201), "at most 200"),
                ("Head\u202Eof the network", "direction of writing"),
                ("<script>alert(1)</script>", "plain text"),
            })
            {
                // A hostile visitor does not keep to the field's maxlength.
                await english.EvaluateAsync("e => e.removeAttribute('maxlength')");
                await english.FillAsync(hostile);
                await secretary.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
                await Expect(secretary.Locator(".field-error, .validation-summary").Filter(new() { HasTextString = error })).Not.ToHaveCountAsync(0);
                Assert.Contains("/Directory/EditPerson/", secretary.Url, StringComparison.Ordinal);
                await BrowserFixture.SaveScreenshotAsync(secretary, $"edit-position-1366-refused-{error.Split(' ')[^1]}");
                await secretary.GotoAsync(person);
                await Expect(secretary.GetByTestId("position")).ToHaveTextAsync(before!);
                await secretary.GetByTestId("edit-position").ClickAsync();
            }

            await english.FillAsync("Director of the Network “Sot për të Ardhmen”");
            await secretary.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(secretary.GetByTestId("position")).ToHaveTextAsync("Director of the Network “Sot për të Ardhmen”");
            await Expect(secretary.GetByTestId("position")).ToHaveAttributeAsync("lang", "en");

            // A visitor on a phone reads it in English, and the Albanian title in Albanian.
            await visitor.GotoAsync("/");
            await visitor.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await visitor.GotoAsync("/Directory?q=egro");
            await Expect(visitor.GetByTestId("person").First).ToContainTextAsync("Director of the Network");
            Assert.True(await FitsAsync(visitor));
            await AssertNoSeriousAxeViolationsAsync(visitor, "the directory in English");
            await BrowserFixture.SaveScreenshotAsync(visitor, "directory-390-en");
            await Expect(visitor.GetByTestId("edit-position")).ToHaveCountAsync(0);
            await visitor.GotoAsync(person);
            await Expect(visitor.GetByTestId("edit-position")).ToHaveCountAsync(0);
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Shqip" }).ClickAsync();
            await Expect(visitor.GetByTestId("position")).ToContainTextAsync("Drejtuese e Rrjetit");
            await BrowserFixture.SaveScreenshotAsync(visitor, "person-390-sq");
        }
        finally
        {
            // The shared site keeps the demo's English position for the other tests.
            if (secretary.Url.Contains("/Directory/", StringComparison.Ordinal))
            {
                await secretary.GotoAsync($"/Directory/EditPerson/{DemoIds.FabiolaEgro.Value}");
                await secretary.GetByLabel("Position in English").FillAsync("Head of the Network of Community Development Centres \"Sot për të Ardhmen\"");
                await secretary.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            }

            output.WriteLine($"Screenshots in {BrowserFixture.ScreenshotFolder}");
            await secretary.Context.CloseAsync();
            await visitor.Context.CloseAsync();
        }
    }

    private static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>
    /// What Chromium's accessibility tree (what screen readers read) says of an element: its role and whether it is
    /// expanded ("true"/"false"), e.g. "DisclosureTriangle expanded=false" for a details' summary.
    /// </summary>
    private static async Task<string> AxExpandedAsync(IPage page, string selector)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var document = await cdp.SendAsync("DOM.getDocument");
        var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var found = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = selector });
        var tree = await cdp.SendAsync("Accessibility.getPartialAXTree", new Dictionary<string, object> { ["nodeId"] = found!.Value.GetProperty("nodeId").GetInt32(), ["fetchRelatives"] = false });
        var node = tree!.Value.GetProperty("nodes")[0];
        var expanded = node.TryGetProperty("properties", out var properties)
            ? properties.EnumerateArray().Where(p => p.GetProperty("name").GetString() == "expanded").Select(p => p.GetProperty("value").GetProperty("value").ToString()).FirstOrDefault()
            : null;
        await cdp.DetachAsync();
        return $"{node.GetProperty("role").GetProperty("value").GetString()} expanded={expanded?.ToLowerInvariant() ?? "none"}";
    }

    /// <summary>Each table box of the page: whether its table is wider than the box, and the hint shown above it ("" when none).</summary>
    private static async Task<IReadOnlyList<(bool Scrolls, string Hint)>> HintsAsync(IPage page)
    {
        var boxes = await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('.table-wrap')].map(w => {
              const before = getComputedStyle(w, '::before');
              const shown = before.display !== 'none' && before.content !== 'none' ? before.content.replace(/^"|"$/g, '') : '';
              return [String(w.scrollWidth > w.clientWidth), shown];
            })
            """);
        Assert.NotEmpty(boxes);
        return [.. boxes.Select(b => (b[0] == "true", b[1]))];
    }

    private static async Task AssertNoSeriousAxeViolationsAsync(IPage page, string what)
    {
        var serious = await BrowserChecks.SeriousAxeViolationsAsync(page);
        Assert.True(serious.Count == 0, $"{what}: {string.Join('\n', serious)}");
    }
}
