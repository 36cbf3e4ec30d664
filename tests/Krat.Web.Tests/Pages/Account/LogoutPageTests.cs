using System.Net;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Pages.Account;

public sealed class LogoutPageTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Fact]
    public async Task Logout_SignsOut_WithTheHeaderButton()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await client.SubmitFormAsync("/", "form.logout", []);
        var home = await client.GetDocumentAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(home.QuerySelector("[data-testid=user-name]"));
        Assert.NotNull(home.QuerySelector("a.site-login"));
    }
}
