using System.Globalization;
using System.Net;
using CsvHelper;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Statistics;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Tests.TestSupport;
using Krat.Web.Data;
using Krat.Web.Security;
using Krat.Web.Tests.Activities;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Meetings;
using Krat.Web.Tests.Reports;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Visibility = Krat.Domain.Activities.Visibility;

namespace Krat.Web.Tests.Smoke;

/// <summary>
/// The smoke set of the hosted site, run on each engine an installation may choose (nested <see cref="Sqlite"/> and
/// <see cref="PostgreSql"/> classes, each its own site and database): the demo data and accounts seeded at start-up,
/// signing in, each role's home, the committee page, recording an activity, saving a meeting's Record page, the
/// monthly report, an export and the statistics review. Expectations come from the Durrës scenario or from what was
/// just stored, never from the other engine. On PostgreSQL the site connects as a role that owns its database but
/// is held to row-level security. Without a PostgreSQL server those tests skip (fail under CI=true).
/// </summary>
public abstract class SiteOnBothEnginesTests(KratWebFactory site)
{
    private static readonly DurresScenario Scenario = DurresScenario.Build();
    private static readonly LocalDate ClosingDay = DurresScenario.ClosingDay;

    /// <summary>The site on its SQLite file.</summary>
    public sealed class Sqlite(SqliteSite site) : SiteOnBothEnginesTests(site), IClassFixture<SqliteSite>;

    /// <summary>The site on a PostgreSQL database of its own.</summary>
    public sealed class PostgreSql(PostgreSqlSite site) : SiteOnBothEnginesTests(site), IClassFixture<PostgreSqlSite>;

    /// <summary>The site on SQLite (the default).</summary>
    public sealed class SqliteSite : KratWebFactory;

    /// <summary>The site on PostgreSQL, by configuration alone.</summary>
    public sealed class PostgreSqlSite : KratWebFactory
    {
        public PostgreSqlSite() => Provider = TestProvider.PostgreSql;
    }

    [SkippableFact]
    public async Task EachDemoAccount_SignsIn_AndLandsOnItsRolesHome()
    {
        site.RequireEngine();
        var homes = new Dictionary<string, (string? Shown, string? Hidden)>(StringComparer.Ordinal)
        {
            [DemoAccounts.Secretary.UserName] = ("secretary-home", "member-home"),
            [DemoAccounts.Member.UserName] = ("member-home", "secretary-home"),
            [DemoAccounts.Administrator.UserName] = (null, "member-home"),
        };

        foreach (var account in DemoAccounts.All)
        {
            using var client = site.CreateSiteClient();
            using var login = await client.LogInAsync(account.UserName, account.Password);
            var home = await client.GetDocumentAsync("/");

            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Contains(account.DisplayName, home.Body!.TextContent, StringComparison.Ordinal);
            var (shown, hidden) = homes[account.UserName];
            if (shown is not null)
            {
                Assert.NotNull(home.QuerySelector($"[data-testid={shown}]"));
            }

            Assert.Null(home.QuerySelector($"[data-testid={hidden}]"));
        }

        using var wrong = site.CreateSiteClient();
        using var refused = await wrong.LogInAsync(DemoAccounts.Secretary.UserName, "not-the-password-at-all");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
    }

    [SkippableFact]
    public async Task TheCommitteePage_ListsTheScenariosSeats_OfEachBody()
    {
        site.RequireEngine();
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Committee");

        foreach (var body in new[] { CommitteeBody.Committee, CommitteeBody.TechnicalTable })
        {
            var expected = Scenario.KratDurres.SeatsOn(body, ClosingDay).Select(s => s.Id.Value.ToString()).Order(StringComparer.Ordinal);
            var rows = document.QuerySelectorAll($"[data-testid=roster-{body}] tr[data-testid=seat]").Select(r => r.GetAttribute("data-seat")!);
            Assert.Equal(expected, rows.Order(StringComparer.Ordinal));
        }
    }

    [SkippableFact]
    public async Task RecordingAnActivity_StoresIt_AndTheListAndItsExportShowIt()
    {
        site.RequireEngine();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (action, fields) = await client.OpenFormAsync("/Activities/Create");
        const string title = "Seancë për prindërit në Sukth me ekipin e Korçës, çështje të rëndësishme";

        using var created = await client.PostFieldsAsync(action, fields.With(
            ("Input.Kind", [nameof(ActivityKind.AwarenessSession)]),
            ("Input.Title", [title]),
            ("Input.PlannedStart", ["2023-11-21"]),
            ("Input.Municipalities", ["Durrës"]),
            ("Input.LeadOrganisationId", [DemoIds.Prefecture.Value.ToString()]),
            ("Input.TargetGroups", [nameof(TargetGroup.Parents)]),
            ("Input.MeasureId", [""]),
            ("Input.CampaignId", [""]),
            ("Input.Visibility", [nameof(Visibility.Internal)])));
        using var export = await client.GetAsync("/Activities?handler=Export");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = new ActivityId(Guid.Parse(created.Headers.Location!.OriginalString.Split('/', '?')[3]));
        await using var scope = site.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IReadRepository<Activity>>().GetByIdAsync(id);
        Assert.Equal(title, stored!.Title);
        Assert.Equal(DemoIds.KratDurres, stored.CommitteeId);
        var durres = await scope.ServiceProvider.GetRequiredService<IReadRepository<Activity>>().ListAsync();
        var titles = new List<string>();
        using var reader = CsvReader.Create(await export.Content.ReadAsByteArrayAsync(), CsvReaderOptions.Default);
        while (reader.Read())
        {
            titles.Add(reader.GetString(1));
        }

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(durres.Where(a => a.CommitteeId == DemoIds.KratDurres).Select(a => a.Title).Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
        Assert.Contains(title, titles);
        var found = await client.GetDocumentAsync("/Activities?q=sukth");
        Assert.Contains(title, found.Body!.TextContent, StringComparison.Ordinal);
        foreach (var korce in new[] { "korce", "KORÇË" })
        {
            // The search reads the folded text the infrastructure stored when the activity was saved.
            var byKorce = await client.GetDocumentAsync($"/Activities?q={Uri.EscapeDataString(korce)}");
            Assert.Contains(title, byKorce.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task AMeetingsRecordPage_SavesTheAgendaAndAttendance_AndTheDetailsShowThem()
    {
        site.RequireEngine();
        var day = new LocalDate(2023, 11, 22);
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = DemoIds.KratDurres, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(10, 0)), End = day.At(new LocalTime(12, 0)), Place = "Prefektura e Qarkut Durrës", Title = "Mbledhja e nëntorit" });
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var meetings = scope.ServiceProvider.GetRequiredService<IRepository<Meeting>>();
            await meetings.AddAsync(meeting);
            await meetings.SaveChangesAsync();
        }

        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var page = $"/Meetings/Record/{meeting.Id.Value}";
        var before = site.Clock.GetCurrentInstant();
        site.Clock.Reset(Instant.FromUtc(2023, 11, 22, 10, 0));
        try
        {
            var agenda = await client.SubmitAsync(page, "[data-testid=agenda-form]", new() { ["Agenda.Title"] = "Përgatitja e planit të vitit 2024" });
            var held = await client.SubmitAsync(page, "[data-testid=held-form]", []);
            var row = await client.GridRowAsync(page, DemoIds.CommitteeSeat(DemoIds.Prefecture).Value);
            var attendance = await client.SubmitAsync(page, "[data-testid=attendance-form]", new()
            {
                [row + "Choice"] = "PresentTitular",
                [row + "PersonId"] = DemoIds.EmiljanJani.Value.ToString(),
            });
            var details = await client.GetDocumentAsync($"/Meetings/Details/{meeting.Id.Value}");

            Assert.All(new[] { agenda, held, attendance }, r => Assert.Equal(HttpStatusCode.Redirect, r.Status));
            Assert.Equal("Përgatitja e planit të vitit 2024", details.Text(".gov-agenda__title"));
            Assert.Contains(Scenario.Person(DemoIds.EmiljanJani).FullName, details.Text("[data-testid=attendance-row]"), StringComparison.Ordinal);
        }
        finally
        {
            site.Clock.Reset(before);
        }
    }

    [SkippableFact]
    public async Task TheMonthlyReport_ShowsTheScenariosOctober_AndItsCsvTotalsAgree()
    {
        site.RequireEngine();
        var october = ScenarioFigures.OctoberActivities;
        var albanian = CultureInfo.GetCultureInfo("sq-AL");
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync("/Reports/Period?month=2023-10");
        var href = page.QuerySelector("[data-testid=csv-activities-by-kind]")!.GetAttribute("href")!;
        using var csv = await client.GetAsync(href);

        Assert.Equal(october.Count.ToString("N0", albanian), page.Text("[data-testid=fact-activities]"));
        Assert.Equal(ScenarioFigures.Completed(october).ToString("N0", albanian), page.Text("[data-testid=fact-completed]"));
        Assert.Equal(ScenarioFigures.PeopleReached(october).ToString("N0", albanian), page.Text("[data-testid=fact-people]"));
        using var reader = CsvReader.Create(await csv.Content.ReadAsByteArrayAsync(), CsvReaderOptions.Default);
        var total = (string?)null;
        while (reader.Read())
        {
            if (reader.GetString(0) == "Gjithsej")
            {
                total = reader.GetString(1);
            }
        }

        Assert.Equal(october.Count.ToString(CultureInfo.InvariantCulture), total);
    }

    [SkippableFact]
    public async Task TheStatisticsReview_PublishesADraft_WhichThenLeavesTheSecretarysHome()
    {
        site.RequireEngine();
        var draft = VictimStatistics.Open(DemoIds.KratDurres, CountyCode.From("AL-02"), new DateInterval(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31)), Albania.Municipality("Shijak"));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var statistics = scope.ServiceProvider.GetRequiredService<IRepository<VictimStatistics>>();
            await statistics.AddAsync(draft);
            await statistics.SaveChangesAsync();
        }

        var review = $"/Statistics/Review/{draft.Id.Value}";
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var before = await secretary.GetDocumentAsync("/");
        var (status, _, _) = await secretary.SubmitAsync(review, "[data-testid=publish-form]", []);
        var after = await secretary.GetDocumentAsync("/");

        Assert.NotNull(before.QuerySelector($"[data-testid=home-statistics-drafts] a[href='{review}']"));
        Assert.Equal(HttpStatusCode.Redirect, status);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<IReadRepository<VictimStatistics>>().GetByIdAsync(draft.Id);
            Assert.Equal(StatisticsStatus.Published, stored!.Status);
        }

        Assert.Null(after.QuerySelector($"a[href='{review}']"));
    }

    [SkippableFact]
    public async Task ASignInCookie_SurvivesARestartOnTheSameDatabase_ButNotAnotherInstallationsDatabase()
    {
        site.RequireEngine();
        await using KratWebFactory first = site.Provider == TestProvider.PostgreSql ? new PostgreSqlSite() : new SqliteSite();
        using var client = first.CreateSiteClient();
        using var login = await client.LogInAsync(DemoAccounts.Secretary.UserName, DemoAccounts.Secretary.Password);
        var cookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("krat.auth=", StringComparison.Ordinal));
        await using (var scope = first.Services.CreateAsyncScope())
        {
            Assert.NotEmpty(scope.ServiceProvider.GetRequiredService<KratIdentityDbContext>().DataProtectionKeys);
        }

        using (var restarted = first.Restarted())
        {
            using var onRestarted = await HomeWithCookieAsync(restarted, cookie);
            Assert.Equal(HttpStatusCode.OK, onRestarted.StatusCode);
            Assert.NotNull((await onRestarted.ReadDocumentAsync()).QuerySelector("[data-testid=secretary-home]"));
        }

        // Another database has its own key ring: the same cookie means nothing there (were the keys kept beside the
        // site, in the user's folder, this would sign the secretary in).
        using var elsewhere = await HomeWithCookieAsync(site, cookie);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Null((await elsewhere.ReadDocumentAsync()).QuerySelector("[data-testid=secretary-home]"));
    }

    private static async Task<HttpResponseMessage> HomeWithCookieAsync(KratWebFactory factory, string cookie)
    {
        using var client = factory.CreateClient(new() { BaseAddress = KratWebFactory.SiteAddress, AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
