using System.Text.RegularExpressions;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Harness.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Krat.Web.Tests.Browser;

/// <summary>
/// Finds the site's pages by following its own links (GET only) as a visitor, a member, a secretary and an
/// administrator would, on a 390 px phone, and checks each: no sideways scroll of the page, no serious or critical
/// axe-core violation of WCAG 2.1 A/AA, no chart text cut at its chart's edge, no 5xx. A phone screenshot of each page is saved with the test output.
/// "No sideways scroll" means the document is no wider than the window; a wide table may scroll inside its own box.
/// A failure lists every page that is too wide, with its width and the element that sticks out furthest.
/// Pages are deduplicated by their address pattern (ids and numbers folded) and bounded per role, to keep the run short.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class PhoneAndAccessibilityCrawlTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const int PhoneWidth = 390;

    /// <summary>Addresses the crawl never follows: signing out, downloads and exports, feeds, language switching.</summary>
    private static readonly string[] Skipped = ["/Account/Logout", "/Culture", "/Meetings/Calendar", "/Status", "/Error", "handler="];

    public static TheoryData<string, int> Roles => new()
    {
        { "anonymous", 12 },
        { DemoAccounts.Member.UserName, 10 },
        { DemoAccounts.Secretary.UserName, 20 },
        { DemoAccounts.Administrator.UserName, 8 },
    };

    [BrowserTheory]
    [MemberData(nameof(Roles))]
    public async Task EveryPageFound_FitsAPhone_PassesAxe_AndAnswersWithoutAServerError(string role, int maxPages)
    {
        var page = await browser.NewPageAsync(new ViewportSize { Width = PhoneWidth, Height = 844 });
        var failures = new List<string>();
        var tooWide = new List<string>();
        try
        {
            if (role != "anonymous")
            {
                await BrowserChecks.LogInAsync(page, DemoAccounts.All.Single(a => a.UserName == role));
            }

            var queue = new Queue<string>(["/"]);
            var seen = new HashSet<string>(StringComparer.Ordinal) { Pattern("/") };
            var visited = 0;
            while (queue.Count > 0 && visited < maxPages)
            {
                var path = queue.Dequeue();
                visited++;
                var response = await page.GotoAsync(path);
                var status = response?.Status ?? 0;
                if (status >= 500)
                {
                    failures.Add($"{path}: answered {status}");
                    continue;
                }

                var overflow = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                if (overflow[0] > overflow[1])
                {
                    tooWide.Add($"{path}: {overflow[0]} px wide at {overflow[1]} px ({await WidestAsync(page)})");
                }

                foreach (var cut in await page.EvaluateAsync<string[]>(CutChartTexts))
                {
                    failures.Add($"{path}: chart text cut at the chart's edge: {cut}");
                }

                foreach (var violation in await BrowserChecks.SeriousAxeViolationsAsync(page))
                {
                    failures.Add($"{path}: axe {violation}");
                }

                await BrowserFixture.SaveScreenshotAsync(page, $"phone-{role}-{visited:00}-{Slug(path)}");
                foreach (var link in await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].filter(a => !a.hasAttribute('download')).map(a => a.href)"))
                {
                    if (Follow(link) is { } next && seen.Add(Pattern(next)))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            output.WriteLine($"{role}: {visited} pages checked, {queue.Count} more patterns left unvisited; screenshots in {BrowserFixture.ScreenshotFolder}");
            failures.ForEach(output.WriteLine);
            tooWide.ForEach(output.WriteLine);
            Assert.True(visited >= Math.Min(maxPages, 5), $"Only {visited} pages were found.");
            Assert.True(
                tooWide.Count == 0 && failures.Count == 0,
                $"{tooWide.Count} page(s) scroll sideways at {PhoneWidth} px:\n{string.Join('\n', tooWide)}\n{failures.Count} other failure(s):\n{string.Join('\n', failures)}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A same-origin address worth visiting (path and query), or null.</summary>
    private string? Follow(string href)
    {
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || uri.Authority != browser.BaseAddress.Authority)
        {
            return null;
        }

        var local = uri.PathAndQuery;
        return Skipped.Any(s => local.Contains(s, StringComparison.OrdinalIgnoreCase)) ? null : local;
    }

    private static string Pattern(string pathAndQuery) => CrawlPattern.Of(pathAndQuery);

    private static string Slug(string path) =>
        path == "/" ? "home" : NotWord().Replace(path.Trim('/'), "-") is var slug && slug.Length > 60 ? slug[..60] : NotWord().Replace(path.Trim('/'), "-");

    /// <summary>The texts of the page's charts that reach past their chart's drawing area (and so are cut), each with its chart's name.</summary>
    private const string CutChartTexts = """
        () => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
          const box = svg.viewBox.baseVal;
          return [...svg.querySelectorAll('text')]
            .filter(t => { const b = t.getBBox(); return b.x < box.x - 2 || b.x + b.width > box.x + box.width + 2; })
            .map(t => `"${t.textContent.trim()}" in "${svg.querySelector('title')?.textContent ?? ''}"`);
        })
        """;

    /// <summary>
    /// The element that sticks out furthest to the right, to tell where a page overflows; elements inside a box that
    /// clips or scrolls sideways are left out, as they widen only their box.
    /// </summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
          let widest = null, right = 0;
          for (const e of document.querySelectorAll('body *')) {
            const r = e.getBoundingClientRect().right;
            if (r > right && !clipped(e)) { right = r; widest = e; }
          }
          return widest ? `${widest.tagName.toLowerCase()}.${[...widest.classList].join('.')} to ${Math.round(right)} px` : '?';
        }
        """);

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotWord();
}
