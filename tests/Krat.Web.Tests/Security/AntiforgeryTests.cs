using System.Net;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Security;

/// <summary>Every form POST needs the anti-forgery token; without it the site answers 400 with a friendly page.</summary>
public sealed class AntiforgeryTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Theory]
    [InlineData("/Account/Login", "Input.UserName=admin&Input.Password=krat-admin-demo")]
    [InlineData("/Culture", "culture=en&returnUrl=%2F")]
    [InlineData("/Account/Logout", "")]
    public async Task Post_WithoutToken_IsRejected(string path, string form)
    {
        using var client = site.CreateSiteClient();
        using var content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync(path, content);
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Kërkesë e pavlefshme", document.Text("h1"));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("krat.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Post_WithTokenOfAnotherVisitor_IsRejected()
    {
        using var attacker = site.CreateSiteClient();
        using var victim = site.CreateSiteClient();
        var attackersPage = await attacker.GetDocumentAsync("/Account/Login");
        var token = attackersPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await victim.GetAsync("/Account/Login")).Dispose();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = DemoAccounts.Administrator.UserName,
            ["Input.Password"] = DemoAccounts.Administrator.Password,
            ["__RequestVerificationToken"] = token,
        });

        using var response = await victim.PostAsync("/Account/Login", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
