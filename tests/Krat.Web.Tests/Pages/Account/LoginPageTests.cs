using System.Net;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Pages.Account;

public sealed class LoginPageTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    public static TheoryData<string> DemoUserNames => new(DemoAccounts.All.Select(a => a.UserName));

    [Theory]
    [MemberData(nameof(DemoUserNames))]
    public async Task Login_SignsIn_EachDemoAccount_AndShowsItsNameInTheHeader(string userName)
    {
        var account = DemoAccounts.All.Single(a => a.UserName == userName);
        using var client = site.CreateSiteClient();

        using var response = await client.LogInAsync(account.UserName, account.Password);
        var home = await client.GetDocumentAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal(account.DisplayName, home.Text("[data-testid=user-name]"));
        Assert.Null(home.QuerySelector("a.site-login"));
    }

    [Fact]
    public async Task Login_GoesBackToLocalReturnUrl()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.SubmitFormAsync("/Account/Login?returnUrl=%2FAccount%2FLogout", "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = DemoAccounts.Member.UserName,
            ["Input.Password"] = DemoAccounts.Member.Password,
        });

        Assert.Equal("/Account/Logout", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_IgnoresReturnUrlOutsideTheSite()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.SubmitFormAsync("/Account/Login?returnUrl=https%3A%2F%2Fevil.example%2F", "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = DemoAccounts.Member.UserName,
            ["Input.Password"] = DemoAccounts.Member.Password,
        });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_EncodesTheReturnUrl_ItWritesIntoThePage()
    {
        using var client = site.CreateSiteClient();
        const string attack = "\"><script>alert(1)</script>";

        var document = await client.GetDocumentAsync("/Account/Login?returnUrl=" + Uri.EscapeDataString(attack));

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal(attack, document.QuerySelector("main input[name=returnUrl]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Login_Fails_WithMessage_ForWrongPassword()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.LogInAsync(DemoAccounts.Secretary.UserName, "not-the-password");
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Emri i përdoruesit ose fjalëkalimi nuk është i saktë.", document.Text(".validation-summary li"));
        Assert.Null(document.QuerySelector("[data-testid=user-name]"));
    }

    [Fact]
    public async Task Login_ShowsLocalizedMessagesNextToFields_WhenEmpty()
    {
        using var client = site.CreateSiteClient();
        (await client.SwitchCultureAsync("en")).Dispose();

        using var response = await client.LogInAsync("", "");
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The field \u201cUser name\u201d is required.", document.Text("[data-valmsg-for='Input.UserName']"));
        Assert.Equal("The field \u201cPassword\u201d is required.", document.Text("[data-valmsg-for='Input.Password']"));
    }

    [Fact]
    public async Task Login_ShowsAlbanianFieldMessages_ByDefault()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.LogInAsync("", "x");
        var document = await response.ReadDocumentAsync();

        Assert.Equal("Fusha „Emri i përdoruesit” është e detyrueshme.", document.Text("[data-valmsg-for='Input.UserName']"));
        Assert.Equal("", document.Text("[data-valmsg-for='Input.Password']"));
    }

    [Fact]
    public async Task Login_ShowsDemoPasswords_InDemoMode()
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Account/Login");

        var rows = document.QuerySelectorAll("[data-testid=demo-account]").Select(r => r.TextContent).ToList();
        Assert.Equal(DemoAccounts.All.Count, rows.Count);
        Assert.All(DemoAccounts.All, a => Assert.Contains(rows, r => r.Contains(a.UserName, StringComparison.Ordinal) && r.Contains(a.Password, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Login_HidesDemoPasswords_AndSeedsNoDemoAccounts_OutsideDemoMode()
    {
        await using var realSite = new KratWebFactory { DemoMode = false };
        using var client = realSite.CreateSiteClient();

        using var page = await client.GetAsync("/Account/Login");
        var body = await page.Content.ReadAsStringAsync();
        using var attempt = await client.LogInAsync(DemoAccounts.Administrator.UserName, DemoAccounts.Administrator.Password);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.All(DemoAccounts.All, a => Assert.DoesNotContain(a.Password, body, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
    }
}
