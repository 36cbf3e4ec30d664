using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Krat.Web.Tests.Activities;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Meetings;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Krat.Web.Tests.Security;

/// <summary>The findings of the hostile-input pass, each answered by the hosted site.</summary>
public sealed class HardeningTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    private const string SignedInOnly = "/Activities/Create";

    [Fact]
    public async Task ACookieCopiedBeforeLogout_IsRefusedAfterIt()
    {
        var (client, jar) = LoggedOutClient();
        await LogInAsync(client, DemoAccounts.Secretary);
        var copied = jar.GetCookieHeader(KratWebFactory.SiteAddress);
        Assert.Equal(HttpStatusCode.OK, await StatusWithCookieAsync(copied));

        using (var logout = await client.SubmitFormAsync("/", "form.logout", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        }

        using var thief = site.CreateDefaultClient(KratWebFactory.SiteAddress);
        using var request = new HttpRequestMessage(HttpMethod.Get, SignedInOnly);
        request.Headers.Add("Cookie", copied);
        using var response = await thief.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task ACookie_IsRefusedOnceThePasswordChanges()
    {
        await using var own = new KratWebFactory();
        var (client, jar) = LoggedOutClient(own);
        await LogInAsync(client, DemoAccounts.Member);
        var copied = jar.GetCookieHeader(KratWebFactory.SiteAddress);

        await using (var scope = own.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = await users.FindByNameAsync(DemoAccounts.Member.UserName);
            var changed = await users.ChangePasswordAsync(user!, DemoAccounts.Member.Password, "një fjalëkalim i ri i gjatë");
            Assert.True(changed.Succeeded);
        }

        using var response = await client.GetAsync(SignedInOnly);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotEmpty(copied);
        client.Dispose();
    }

    [Fact]
    public async Task TheSignInCookie_IsSecure_AndHttpOnly_OutsideDevelopment()
    {
        using var client = site.CreateSiteClient();
        using var response = await client.LogInAsync(DemoAccounts.Member.UserName, DemoAccounts.Member.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("krat.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_ChecksAPasswordHash_ForUnknownUsersAsForKnownOnes()
    {
        var counting = new CountingHasher();
        await using var own = new KratWebFactory();
        using var host = own.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IPasswordHasher<IdentityUser>>();
            services.AddSingleton<IPasswordHasher<IdentityUser>>(counting);
        }));
        using var client = host.CreateClient(new() { BaseAddress = KratWebFactory.SiteAddress, AllowAutoRedirect = false });

        var before = counting.Verifications;
        using (var unknown = await client.LogInAsync("nobody-here", "a wrong password"))
        {
            Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        }

        var afterUnknown = counting.Verifications;
        using (var known = await client.LogInAsync(DemoAccounts.Member.UserName, "a wrong password"))
        {
            Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        }

        Assert.Equal(1, afterUnknown - before);
        Assert.Equal(1, counting.Verifications - afterUnknown);
    }

    [Fact]
    public async Task GrantSeat_ForAnUnknownOrganisation_IsAFormError_AndChangesNothing()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var before = DatabaseFingerprint.Of(site.DatabasePath);

        var (status, location, document) = await client.SubmitAsync("/Committee/GrantSeat", "[data-testid=grant-seat-form]", new()
        {
            ["Input.OrganisationId"] = Guid.NewGuid().ToString(),
            ["Input.Body"] = nameof(CommitteeBody.Committee),
            ["Input.Role"] = nameof(SeatRole.Invited),
            ["Input.From"] = "2023-11-15",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Null(location);
        Assert.Contains("nuk gjendet", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(site.DatabasePath));
    }

    [Fact]
    public async Task Appoint_AnUnknownPerson_IsAFormError_AndChangesNothing()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var before = DatabaseFingerprint.Of(site.DatabasePath);

        var (status, location, _) = await client.SubmitAsync($"/Committee/Appoint/{DemoIds.CommitteeSeat(DemoIds.WorldVision).Value}", "[data-testid=seat-form]", new()
        {
            ["Input.PersonId"] = Guid.NewGuid().ToString(),
            ["Input.Day"] = "2023-11-15",
        });

        Assert.True((int)status is >= 400 and < 500, $"Expected a form error, got {(int)status}.");
        Assert.Null(location);
        Assert.Equal(before, DatabaseFingerprint.Of(site.DatabasePath));
    }

    [Theory]
    [InlineData("/Statistics/Record?year=10000")]
    [InlineData("/Statistics/Record?year=-1")]
    [InlineData("/Reports/Rollup?year=10000")]
    [InlineData("/Reports/Period?month=13-2023")]
    [InlineData("/Reports/Period?from=0001-01-01&to=9999-12-31")]
    [InlineData("/Committee/Seat/00000000-0000-0000-0000-000000000001")]
    public async Task OutOfRangeAddresses_AnswerAClientError_NeverA500(string path)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await client.GetAsync(path);

        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}.");
    }

    [Theory]
    [InlineData("/Activities")]
    [InlineData("/Activities?handler=Export")]
    [InlineData("/Reports/Statistics?year=2023&handler=Json")]
    [InlineData("/Committee")]
    public async Task EverythingASignedInUserGets_IsNotStored(string path)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task TheCalendarFeed_LinksToTheConfiguredAddress_AndAForeignHostIsRefused()
    {
        using var host = site.WithWebHostBuilder(builder => builder.UseSetting("Krat:BaseUrl", "https://krat.prefektura-durres.example/"));
        using var client = host.CreateClient(new() { BaseAddress = KratWebFactory.SiteAddress, AllowAutoRedirect = false });

        var feed = await client.GetStringAsync("/Meetings/Calendar");
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/Meetings/Calendar");
        forged.Headers.Host = "evil.example";
        using var refused = await client.SendAsync(forged);

        Assert.Contains("URL:https://krat.prefektura-durres.example/Meetings/Details/", feed.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", feed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task ACreateFormSubmittedTwice_CreatesOneRecord_AndBothAnswersLeadToIt()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (action, fields) = await client.OpenFormAsync("/Activities/Create");
        var filled = fields.With(
            ("Input.Kind", [nameof(ActivityKind.Workshop)]),
            ("Input.Title", ["Punëtori e dyfishuar"]),
            ("Input.PlannedStart", ["2023-11-21"]),
            ("Input.Municipalities", ["Durrës"]),
            ("Input.LeadOrganisationId", [DemoIds.Prefecture.Value.ToString()]),
            ("Input.TargetGroups", [nameof(TargetGroup.Teachers)]));
        Assert.Contains(filled, f => f.Key == SubmitOnce.FieldName);

        using var first = await client.PostFieldsAsync(action, filled);
        var afterFirst = DatabaseFingerprint.Of(site.DatabasePath);
        using var second = await client.PostFieldsAsync(action, filled);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(afterFirst, DatabaseFingerprint.Of(site.DatabasePath));
        var list = await client.GetStringAsync("/Activities?q=dyfishuar");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(list, "Punëtori e dyfishuar"));
    }

    [Fact]
    public async Task ATitleWithARightToLeftOverride_IsRefusedWithAMessage()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var before = DatabaseFingerprint.Of(site.DatabasePath);
        var (action, fields) = await client.OpenFormAsync("/Activities/Create");

        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.Kind", [nameof(ActivityKind.Workshop)]),
            ("Input.Title", ["Seancë \u202Egnp.exe"]),
            ("Input.PlannedStart", ["2023-11-21"]),
            ("Input.Municipalities", ["Durrës"]),
            ("Input.LeadOrganisationId", [DemoIds.Prefecture.Value.ToString()]),
            ("Input.TargetGroups", [nameof(TargetGroup.Teachers)])));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("drejtimin e shkrimit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(site.DatabasePath));
    }

    [Fact]
    public async Task AnActivityInYear9999_IsRefusedWithAMessage()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var before = DatabaseFingerprint.Of(site.DatabasePath);
        var (action, fields) = await client.OpenFormAsync("/Activities/Create");

        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.Kind", [nameof(ActivityKind.Workshop)]),
            ("Input.Title", ["Seancë e largët"]),
            ("Input.PlannedStart", ["9999-01-01"]),
            ("Input.Municipalities", ["Durrës"]),
            ("Input.LeadOrganisationId", [DemoIds.Prefecture.Value.ToString()]),
            ("Input.TargetGroups", [nameof(TargetGroup.Teachers)])));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("nuk është e besueshme", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(site.DatabasePath));
    }

    private (HttpClient Client, System.Net.CookieContainer Jar) LoggedOutClient(KratWebFactory? factory = null)
    {
        var jar = new System.Net.CookieContainer();
        return ((factory ?? site).CreateDefaultClient(KratWebFactory.SiteAddress, new CookieContainerHandler(jar)), jar);
    }

    private static async Task LogInAsync(HttpClient client, DemoAccount account)
    {
        using var response = await client.LogInAsync(account.UserName, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<HttpStatusCode> StatusWithCookieAsync(string cookie)
    {
        using var client = site.CreateDefaultClient(KratWebFactory.SiteAddress);
        using var request = new HttpRequestMessage(HttpMethod.Get, SignedInOnly);
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Identity's hasher, counting how often a password is checked against a hash.</summary>
    private sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
