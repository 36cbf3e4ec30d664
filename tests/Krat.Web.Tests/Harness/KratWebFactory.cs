using System.Net;
using Krat.Infrastructure.Tests.TestSupport;
using Krat.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Krat.Web.Tests.Harness;

/// <summary>
/// The demo site in the "Testing" environment on its own temporary SQLite file (deleted on dispose) or, with
/// <see cref="Provider"/> PostgreSql, on a fresh PostgreSQL database of the tests' server (dropped on dispose),
/// demo mode on (set <see cref="DemoMode"/> before first use to turn it off), and a <see cref="FakeClock"/>
/// frozen at the reference scenario's day, 31 October 2023, 10:00 in Tirana.
/// Use it as an <c>IClassFixture</c>; each instance is one site with one database.
/// </summary>
public class KratWebFactory : WebApplicationFactory<Program>
{
    /// <summary>The environment the site runs in under test.</summary>
    public const string EnvironmentName = "Testing";

    /// <summary>
    /// The address the test clients use: https, because outside Development the site's cookies are Secure and a
    /// client does not send those over plain http.
    /// </summary>
    public static readonly Uri SiteAddress = new("https://localhost/");

    public KratWebFactory() => ClientOptions.BaseAddress = SiteAddress;

    /// <summary>The clock the site reads; tests may move it.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2023, 10, 31, 9, 0));

    /// <summary>Absolute path of this factory's SQLite file; a test may point a second factory at the same file to restart the site.</summary>
    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), $"krat-web-tests-{Guid.NewGuid():N}.db");

    /// <summary>
    /// The engine the site runs on, chosen as an installation chooses it (<c>Krat:Provider</c>,
    /// <c>ConnectionStrings:Krat</c>). PostgreSql needs the server of <see cref="PostgreSqlServer"/>: a test calls
    /// <see cref="RequireEngine"/> first, so that it skips (or fails under CI) when there is none.
    /// </summary>
    public TestProvider Provider { get; init; } = TestProvider.Sqlite;

    /// <summary>
    /// The PostgreSQL database of the site (created at first start when not given); a test may point a second
    /// factory at the same database to restart the site. <see langword="null"/> on SQLite.
    /// </summary>
    public string? PostgreSqlDatabase { get; private set; }

    // A PostgreSQL site on an existing database of the tests' server (Restarted). Not public: a class fixture has one public constructor.
    private KratWebFactory(string postgreSqlDatabase)
        : this()
    {
        Provider = TestProvider.PostgreSql;
        PostgreSqlDatabase = postgreSqlDatabase;
    }

    /// <summary>
    /// A second site on this site's database (the same SQLite file or PostgreSQL database), as after a restart or on
    /// a second server; start this site first. Dispose it before this one: each deletes the database on dispose.
    /// </summary>
    public KratWebFactory Restarted() =>
        Provider == TestProvider.PostgreSql
            ? new KratWebFactory(PostgreSqlDatabase ?? throw new InvalidOperationException("Start the site before restarting it."))
            : new KratWebFactory { DatabasePath = DatabasePath };

    /// <summary>Skips the running test when the site's engine is PostgreSQL and there is no server (fails it under CI=true).</summary>
    public void RequireEngine()
    {
        if (Provider == TestProvider.PostgreSql)
        {
            PostgreSqlServer.RequireServer();
        }
    }

    /// <summary>Whether the site runs in demo mode (seeded demo accounts, passwords on the login page).</summary>
    public bool DemoMode { get; init; } = true;

    /// <summary>
    /// Whether demo mode also seeds the generated 2023 history (off by default, so page tests see exactly the
    /// Durrës reference scenario and can compute their expectations from it).
    /// </summary>
    public bool DemoHistory { get; init; }

    /// <summary>The folder that keeps this site's attached files (deleted on dispose).</summary>
    public string AttachmentsFolder { get; init; } = Path.Combine(Path.GetTempPath(), $"krat-web-attachments-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Outside Development the fingerprinted assets (site.<hash>.css) come from the build's manifest.
        builder.UseStaticWebAssets();
        if (Provider == TestProvider.PostgreSql)
        {
            PostgreSqlDatabase ??= PostgreSqlServer.CreateSiteDatabase();
            builder.UseSetting("Krat:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Krat", PostgreSqlServer.SiteConnectionString(PostgreSqlDatabase));
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Krat", $"Data Source={DatabasePath}");
        }

        builder.UseSetting("Krat:DemoMode", DemoMode ? "true" : "false");
        builder.UseSetting("Krat:DemoHistory", DemoHistory ? "true" : "false");
        builder.UseSetting("Krat:AttachmentsFolder", AttachmentsFolder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
        });
    }

    /// <summary>
    /// A client that keeps cookies and does NOT follow redirects, so tests see each 302 and its Location.
    /// </summary>
    public HttpClient CreateSiteClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = SiteAddress, AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A <see cref="CreateSiteClient"/> client already logged in with <paramref name="account"/>.</summary>
    public async Task<HttpClient> CreateClientLoggedInAsAsync(DemoAccount account)
    {
        var client = CreateSiteClient();
        using var response = await client.LogInAsync(account.UserName, account.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Logging in as '{account.UserName}' failed with {(int)response.StatusCode}.");
        }

        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDatabase();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteDatabase();
    }

    private void DeleteDatabase()
    {
        if (PostgreSqlDatabase is not null)
        {
            PostgreSqlServer.DropDatabase(PostgreSqlDatabase);
            PostgreSqlDatabase = null;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(DatabasePath + suffix);
        }

        if (Directory.Exists(AttachmentsFolder))
        {
            Directory.Delete(AttachmentsFolder, recursive: true);
        }
    }
}
