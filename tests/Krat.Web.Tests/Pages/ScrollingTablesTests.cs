using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Pages;

/// <summary>
/// Every table of a page, whether written in the page's markup or by the report renderer, sits in its own scrolling
/// box (so that on a phone it scrolls instead of widening the page): a focusable region named by the table's caption.
/// </summary>
public sealed class ScrollingTablesTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    public static TheoryData<string> Paths => new()
    {
        "/Account/Login",
        "/Committee",
        "/Activities",
        $"/Plan/Details/{DemoIds.ActionPlan2023.Value}",
        "/Reports/Period",
        "/Reports/Coverage",
        "/Reports/Attendance",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task EveryTable_SitsInAFocusableRegion_NamedByItsCaption(string path)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var document = await client.GetDocumentAsync(path);

        var tables = document.QuerySelectorAll("main table");
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var wrap = table.ParentElement!;
            var caption = table.QuerySelector("caption")?.TextContent;
            Assert.True(caption is not null, $"{path}: a table has no caption.");
            Assert.Equal("div", wrap.LocalName);
            Assert.Contains("table-wrap", wrap.ClassList);
            Assert.Equal("0", wrap.GetAttribute("tabindex"));
            Assert.Equal("region", wrap.GetAttribute("role"));
            Assert.Equal(string.Join(' ', caption.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), wrap.GetAttribute("aria-label"));
        }
    }
}
