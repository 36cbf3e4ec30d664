using System.Net;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Pages;

public sealed class IndexPageTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Fact]
    public async Task Home_IsServedInAlbanian_ByDefault()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync("/");
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sq", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Komiteti Rajonal Antitrafik", document.Text("h1"));
        Assert.Equal("Hyr", document.Text("a.site-login"));
    }

    [Fact]
    public async Task Home_IsServedInEnglish_AfterSwitchingCulture()
    {
        using var client = site.CreateSiteClient();

        using var switched = await client.SwitchCultureAsync("en");
        var document = await client.GetDocumentAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Regional Anti-Trafficking Committee", document.Text("h1"));
        Assert.Null(document.QuerySelector("[data-testid=number]"));
    }

    [Fact]
    public async Task Home_LinksToLogin_ForVisitors()
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/");

        Assert.NotNull(document.QuerySelector("main a[href='/Account/Login']"));
    }

    [Fact]
    public async Task Navigation_ListsOnlyPagesThatExist()
    {
        using var client = await site.CreateClientLoggedInAsAsync(Web.Security.DemoAccounts.Secretary);

        var document = await client.GetDocumentAsync("/");

        foreach (var link in document.QuerySelectorAll("nav.site-nav a"))
        {
            using var response = await client.GetAsync(link.GetAttribute("href"));
            Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
