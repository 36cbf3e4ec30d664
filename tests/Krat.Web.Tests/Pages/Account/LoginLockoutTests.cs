using System.Net;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Pages.Account;

/// <summary>Own site: locking an account must not disturb the other login tests.</summary>
public sealed class LoginLockoutTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Fact]
    public async Task Login_LocksTheAccount_AfterFiveWrongPasswords_EvenForTheRightOneAfterwards()
    {
        using var client = site.CreateSiteClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await client.LogInAsync(DemoAccounts.Member.UserName, "wrong-password")).Dispose();
        }

        using var response = await client.LogInAsync(DemoAccounts.Member.UserName, DemoAccounts.Member.Password);
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Llogaria është bllokuar përkohësisht", document.Text(".validation-summary li"), StringComparison.Ordinal);
    }
}
