using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Plan;

/// <summary>The plan, partnership and statistics pages keep the site's accessibility basics: one h1, headings in order,
/// a label for every field, tables with captions and header scopes, no inline style or script.</summary>
public sealed class WorkPagesAccessibilityTests(WorkSite site) : IClassFixture<WorkSite>
{
    public static TheoryData<string, bool> Pages() => new()
    {
        { "/Plan", false },
        { $"/Plan/Details/{DemoIds.ActionPlan2023.Value}", false },
        { $"/Plan/Details/{DemoIds.ActionPlan2023.Value}", true },
        { $"/Plan/Close/{DemoIds.ActionPlan2023.Value}", true },
        { $"/Plan/Approve/{DemoIds.ActionPlan2023.Value}", true },
        { "/Partnerships", false },
        { $"/Partnerships/Initiative/{DemoIds.PupilsProject.Value}", true },
        { "/Statistics", false },
        { "/Statistics/Record", true },
        { $"/Statistics/Review/{DemoIds.VictimStatistics2023.Value}", true },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_KeepsAccessibilityBasics(string path, bool asSecretary)
    {
        using var client = asSecretary ? await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary) : site.CreateSiteClient();

        var document = await client.GetDocumentAsync(path);

        Assert.Single(document.QuerySelectorAll("h1"));
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"Heading h{pair.Second} follows h{pair.First}."));
        foreach (var input in document.QuerySelectorAll("main input:not([type=hidden]), main select, main textarea"))
        {
            var id = input.GetAttribute("id");
            Assert.True(id is not null && document.QuerySelector($"label[for='{id}']") is not null, $"Field '{input.GetAttribute("name")}' has no label.");
        }

        Assert.All(document.QuerySelectorAll("main table"), table => Assert.NotNull(table.QuerySelector("caption")));
        Assert.All(document.QuerySelectorAll("main th"), th => Assert.True(th.HasAttribute("scope"), $"<th> without scope: {th.TextContent.Trim()}"));
        Assert.All(document.QuerySelectorAll("main svg"), svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent));
        });
        Assert.Empty(document.QuerySelectorAll("[style], script, style"));
    }
}
