using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Security;
using Krat.Web.Tests.Harness.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Krat.Web.Tests.Browser;

/// <summary>
/// Journey without a mouse: the secretary signs in and records an activity with Tab, Shift+Tab, Enter, Space and
/// typing only. Every element the focus lands on shows a visible focus outline; the record is saved.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class KeyboardActivityJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Title = "Seancë ndërgjegjësimi e regjistruar vetëm me tastierë";

    // The focused element: whether it matches the selector, whether its focus is visible (":focus-visible" with an
    // outline or a shadow that is drawn; a date field's inner parts are drawn by the browser), and what it is.
    private const string FocusScript = """
        selector => {
            const el = document.activeElement;
            if (!el || el === document.body) return "0|0|body";
            const style = getComputedStyle(el);
            const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
            const shadow = !!style.boxShadow && style.boxShadow !== "none";
            // Inside a date field Tab also visits the field's own calendar button, which the browser rings itself.
            const dateField = el.matches("input[type=date]");
            const visible = (el.matches(":focus-visible") && (outline || shadow)) || dateField;
            const name = el.tagName + (el.id ? "#" + el.id : "") + " " + (el.getAttribute("href") || (el.textContent || "").trim().slice(0, 40));
            return (el.matches(selector) ? "1" : "0") + "|" + (visible ? "1" : "0") + "|" + name;
        }
        """;

    [BrowserFact]
    public async Task Secretary_RecordsAnActivity_WithTheKeyboardOnly_SeeingWhereTheFocusIs()
    {
        var page = await browser.NewPageAsync();
        var stops = new List<string>();
        try
        {
            await page.GotoAsync("/");

            // Sign in.
            await TabToAsync(page, "a.site-login", stops);
            await FollowAsync(page);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Hyrja në Krat");
            await TabToAsync(page, "#Input_UserName", stops);
            await page.Keyboard.TypeAsync(DemoAccounts.Secretary.UserName);
            await TabToAsync(page, "#Input_Password", stops);
            await page.Keyboard.TypeAsync(DemoAccounts.Secretary.Password);
            await FollowAsync(page);
            await Expect(page.GetByTestId("user-name")).ToHaveTextAsync(DemoAccounts.Secretary.DisplayName);

            // To the form, by the main navigation and the list's "record" link.
            await TabToAsync(page, "nav.site-nav a[href^='/Activities']", stops);
            await FollowAsync(page);
            await TabToAsync(page, "main a[href^='/Activities/Create']", stops);
            await FollowAsync(page);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Regjistro një aktivitet");

            // The form: a select chosen by typing, text, a date typed in its segments, checkboxes ticked with Space.
            await TabToAsync(page, "#Input_Kind", stops);
            await page.Keyboard.TypeAsync("Seancë ndërgjegjësimi");
            await Expect(page.Locator("#Input_Kind")).ToHaveValueAsync(ActivityKind.AwarenessSession.ToString());
            await TabToAsync(page, "#Input_Title", stops);
            await page.Keyboard.TypeAsync(Title);
            await TabToAsync(page, "#Input_PlannedStart", stops);
            await page.Keyboard.TypeAsync("11152023");
            await Expect(page.Locator("#Input_PlannedStart")).ToHaveValueAsync("2023-11-15");
            await TabToAsync(page, "#Input_Municipalities_0", stops);
            await page.Keyboard.PressAsync("Space");
            await Expect(page.Locator("#Input_Municipalities_0")).ToBeCheckedAsync();
            await TabToAsync(page, "#Input_LeadOrganisationId", stops);
            await page.Keyboard.TypeAsync("Prefektura");
            await Expect(page.Locator("#Input_LeadOrganisationId")).Not.ToHaveValueAsync(string.Empty);

            // Back with Shift+Tab to the venue, skipped on the way down.
            await TabToAsync(page, "#Input_Venue", stops, backwards: true);
            await page.Keyboard.TypeAsync("Salla e Prefekturës");
            await TabToAsync(page, "#Input_TargetGroups_0", stops);
            await page.Keyboard.PressAsync("Space");
            await Expect(page.Locator("#Input_TargetGroups_0")).ToBeCheckedAsync();
            await TabToAsync(page, "form[data-testid=activity-form] button[type=submit]", stops);
            await FollowAsync(page);

            await Expect(page.Locator("h1")).ToHaveTextAsync(Title);
            await using var scope = browser.Site.Services.CreateAsyncScope();
            var day = new NodaTime.LocalDate(2023, 11, 15);
            var saved = await scope.ServiceProvider.GetRequiredService<IReadRepository<Activity>>()
                .ListAsync(new ActivitiesFilterSpec(new ActivitiesFilter { From = day, To = day }, 1, 50));
            var activity = Assert.Single(saved, a => a.Title == Title);
            Assert.Equal(ActivityKind.AwarenessSession, activity.Kind);
            Assert.Equal(day, activity.PlannedDays.Start);
            Assert.Equal("Salla e Prefekturës", activity.Venue);
            Assert.Single(activity.Municipalities);
            Assert.NotEmpty(activity.TargetGroups);
            Assert.True(stops.Count > 20, $"{stops.Count} focus stops");
        }
        finally
        {
            output.WriteLine($"Focus stops: {string.Join(" → ", stops)}");
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, nameof(Secretary_RecordsAnActivity_WithTheKeyboardOnly_SeeingWhereTheFocusIs))}");
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Presses Enter on the focused link or in the form, and waits for the page it leads to.</summary>
    private static async Task FollowAsync(IPage page)
    {
        var before = page.Url;
        await page.Keyboard.PressAsync("Enter");
        // The address is polled in the page rather than awaited as a navigation event: a navigation that commits
        // between the press and the wait's start is not missed (CI timed out once so, on the first link followed).
        // The next page's document is then enough; the assertions that follow wait for what they need.
        await Expect(page).Not.ToHaveURLAsync(before, new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 60_000 });
    }

    /// <summary>Presses Tab (or Shift+Tab) until the focus is on <paramref name="selector"/>; every stop on the way must show its focus.</summary>
    private static async Task TabToAsync(IPage page, string selector, List<string> stops, bool backwards = false)
    {
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var state = (await page.EvaluateAsync<string>(FocusScript, selector)).Split('|', 3);
            stops.Add(state[2]);
            Assert.True(state[1] == "1", $"The focus on {state[2]} is not visible.");
            if (state[0] == "1")
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector}.");
    }
}
