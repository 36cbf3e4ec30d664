using System.Net;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Pages;

public sealed class CulturePageTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Fact]
    public async Task Switch_SetsCultureCookie_AndRedirectsBackToThePage()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.SwitchCultureAsync("en", fromPath: "/Account/Login?returnUrl=%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login?returnUrl=%2F", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Switch_BackToAlbanian_ServesAlbanianAgain()
    {
        using var client = site.CreateSiteClient();
        (await client.SwitchCultureAsync("en")).Dispose();

        (await client.SwitchCultureAsync("sq-AL")).Dispose();
        var document = await client.GetDocumentAsync("/");

        Assert.Equal("sq", document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("http:evil.example")]
    public async Task Switch_Rejects_ReturnUrlOutsideTheSite(string returnUrl)
    {
        using var client = site.CreateSiteClient();

        using var response = await client.SubmitFormAsync("/", "form.culture-switch", new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Switch_Ignores_UnsupportedCulture()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.SwitchCultureAsync("de");
        var document = await client.GetDocumentAsync("/");

        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
        Assert.Equal("sq", document.DocumentElement.GetAttribute("lang"));
    }
}
