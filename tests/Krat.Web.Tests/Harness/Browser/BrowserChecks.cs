using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Krat.Web.Security;
using Microsoft.Playwright;

namespace Krat.Web.Tests.Harness.Browser;

/// <summary>What browser tests do again and again: sign in with a demo account, and list axe-core's serious or critical WCAG 2.1 A/AA violations.</summary>
public static class BrowserChecks
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Signs in through the login page and waits for the header to name the user.</summary>
    public static async Task LogInAsync(IPage page, DemoAccount account)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(account);
        await page.GotoAsync("/Account/Login");
        await page.Locator("input[name='Input.UserName']").FillAsync(account.UserName);
        await page.Locator("input[name='Input.Password']").FillAsync(account.Password);
        await page.Locator("input[name='Input.Password']").PressAsync("Enter");
        await page.GetByTestId("user-name").WaitForAsync();
    }

    /// <summary>The page's serious or critical axe-core violations of WCAG 2.1 A/AA, each as "impact id at first targets".</summary>
    public static async Task<IReadOnlyList<string>> SeriousAxeViolationsAsync(IPage page)
    {
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        return
        [
            .. axe.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Impact} {v.Id} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"),
        ];
    }
}
