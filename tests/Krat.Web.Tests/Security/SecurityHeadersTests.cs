using System.Net;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Security;

public sealed class SecurityHeadersTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task Response_CarriesSecurityHeaders(string path)
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    public async Task Page_HasNoInlineScriptsAndNoExternalResources(string path)
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync(path);

        Assert.Empty(document.QuerySelectorAll("script:not([src]), style"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "style"));
        Assert.Empty(document.QuerySelectorAll("[src^='http'], [src^='//'], link[href^='http'], link[href^='//']"));
    }

    [Fact]
    public async Task Stylesheet_LinkedByTheLayout_IsServedToVisitors()
    {
        using var client = site.CreateSiteClient();
        var home = await client.GetDocumentAsync("/");
        var href = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
