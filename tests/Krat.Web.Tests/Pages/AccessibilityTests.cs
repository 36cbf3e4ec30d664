using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Pages;

/// <summary>Basics every page keeps: language, skip link, one h1 and headings in order, labelled fields.</summary>
public sealed class AccessibilityTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Logout")]
    public async Task Page_KeepsAccessibilityBasics(string path)
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync(path);

        Assert.Equal("sq", document.DocumentElement.GetAttribute("lang"));
        var skip = document.QuerySelector("body > a.skip-link")!;
        Assert.Equal("#main", skip.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#main"));
        Assert.Single(document.QuerySelectorAll("h1"));
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"Heading h{pair.Second} follows h{pair.First}."));
        foreach (var input in document.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
        {
            var id = input.GetAttribute("id");
            Assert.True(id is not null && document.QuerySelector($"label[for='{id}']") is not null, $"Field '{input.GetAttribute("name")}' has no label.");
        }

        Assert.NotEmpty(document.QuerySelectorAll("nav[aria-label], form.culture-switch button[lang]"));
    }
}
