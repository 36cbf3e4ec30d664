using System.Net;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Pages;

public sealed class StatusPageTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Fact]
    public async Task UnknownPage_Returns404_WithFriendlyPage()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync("/no-such-page");
        var body = await response.Content.ReadAsStringAsync();
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Faqja nuk u gjet", document.Text("h1"));
        Assert.Equal("sq", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("main a[href='/']"));
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_IsFriendlyInEnglish_AfterSwitchingCulture()
    {
        using var client = site.CreateSiteClient();
        (await client.SwitchCultureAsync("en")).Dispose();

        using var response = await client.GetAsync("/no-such-page");
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.Text("h1"));
    }
}
