using System.Globalization;
using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Meetings;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Reports;

/// <summary>Every report page: who may open it, what it shows (checked against figures computed from the scenario).</summary>
public sealed class ReportPagesTests(ReportsSite site) : IClassFixture<ReportsSite>
{

    public static TheoryData<string> PublicPaths => new() { "/Reports", "/Reports/Period", "/Reports/Coverage", "/Reports/Statistics?year=2023" };

    public static TheoryData<string> SignedInPaths => new() { "/Reports/Attendance", "/Reports/Commitments", "/Reports/National?year=2023" };

    private static string Campaign => $"/Reports/Period?campaign={DemoIds.October2023.Value}";

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task PublicReports_OpenForAnonymousVisitors(string path)
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(SignedInPaths))]
    public async Task SignedInReports_SendAnonymousVisitorsToLogin_AndOpenForMembers(string path)
    {
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        using var denied = await anonymous.GetAsync(path);
        using var json = await anonymous.GetAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Json");
        using var allowed = await member.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/Login", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, json.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?handler=Json&year=2023")]
    [InlineData("?handler=Csv&table=national-counties")]
    [InlineData("?handler=Print")]
    public async Task NationalRollup_IsForbiddenToSecretaryAndMember_OnEveryHandler(string query)
    {
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        using var anonymous = site.CreateSiteClient();

        using var bySecretary = await secretary.GetAsync("/Reports/Rollup" + query);
        using var byMember = await member.GetAsync("/Reports/Rollup" + query);
        using var byAnonymous = await anonymous.GetAsync("/Reports/Rollup" + query);

        Assert.Equal(HttpStatusCode.Forbidden, bySecretary.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byAnonymous.StatusCode);
    }

    [Fact]
    public async Task NationalRollup_OpensForTheAdministrator_WithDurresAmongTheCounties()
    {
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        var page = await admin.GetDocumentAsync("/Reports/Rollup?year=2023");

        var counties = page.QuerySelector("table[data-table=national-counties]")!;
        Assert.Contains(counties.QuerySelectorAll("tbody th"), th => th.TextContent.Trim() == "Durrës");
        Assert.NotNull(page.QuerySelector("[data-testid=suppression-legend]"));
    }

    [Fact]
    public async Task Index_ListsWhatEachRoleMayOpen()
    {
        using var anonymous = site.CreateSiteClient();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        static async Task<List<string>> Links(HttpClient client) =>
            [.. (await client.GetDocumentAsync("/Reports")).QuerySelectorAll("[data-testid=report-list] a").Select(a => a.GetAttribute("href")!)];

        var forPublic = await Links(anonymous);
        var forSecretary = await Links(secretary);
        var forAdmin = await Links(admin);

        Assert.Equal(["/Reports/Period", "/Reports/Coverage", "/Reports/Statistics"], forPublic);
        Assert.Contains("/Reports/Attendance", forSecretary);
        Assert.DoesNotContain("/Reports/Rollup", forSecretary);
        Assert.Contains("/Reports/Rollup", forAdmin);
    }

    [Fact]
    public async Task CampaignReport_ShowsTheScenarioFigures()
    {
        var activities = ScenarioFigures.CampaignActivities;
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync(Campaign);

        Assert.Equal(activities.Count.ToString("N0", CultureInfo.GetCultureInfo("sq-AL")), page.Text("[data-testid=fact-activities]"));
        Assert.Equal(ScenarioFigures.Completed(activities).ToString("N0", CultureInfo.GetCultureInfo("sq-AL")), page.Text("[data-testid=fact-completed]"));
        Assert.Equal(ScenarioFigures.PeopleReached(activities).ToString("N0", CultureInfo.GetCultureInfo("sq-AL")), page.Text("[data-testid=fact-people]"));
        var notReached = page.QuerySelectorAll("[data-testid=not-reached] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(ScenarioFigures.NotReached(activities).Order(StringComparer.Ordinal), notReached.Order(StringComparer.Ordinal));
        Assert.Contains(ScenarioFigures.Scenario.October2023.Name, page.Text("[data-testid=report-period]"), StringComparison.Ordinal);
        foreach (var key in new[] { "period-totals", "activities-by-kind", "activities-by-municipality", "activities-by-target-group", "activities-by-status", "people-reached", "organisations-involved", "municipality-coverage" })
        {
            Assert.NotNull(page.QuerySelector($"table[data-table={key}] caption"));
            Assert.NotNull(page.QuerySelector($"[data-testid=csv-{key}]"));
        }
    }

    [Fact]
    public async Task CampaignReport_DrawsAccessibleBarChartsByKindAndMunicipality_WithTheValuesAsText()
    {
        var activities = ScenarioFigures.CampaignActivities;
        var byKind = activities.GroupBy(a => a.Kind).ToDictionary(g => Domain.Common.CodeList.Label(g.Key).Albanian, g => g.Count(), StringComparer.Ordinal);
        var byMunicipality = activities.SelectMany(a => a.Municipalities).GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync(Campaign);

        foreach (var (chart, expected, title) in new[] { ("chart-by-kind", byKind, "Aktivitetet sipas llojit"), ("chart-by-municipality", byMunicipality, "Aktivitetet sipas bashkisë") })
        {
            var svg = page.QuerySelector($"[data-testid={chart}] svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Equal(title, svg.QuerySelector("title")!.TextContent.Trim());
            var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent.Trim()).ToList();
            foreach (var (label, count) in expected)
            {
                var at = texts.IndexOf(label);
                Assert.True(at >= 0, $"{chart}: no label {label} in [{string.Join(", ", texts)}]");
                Assert.Contains(count.ToString(CultureInfo.InvariantCulture), texts);
            }
        }
    }

    [Fact]
    public async Task PeriodReport_NamesTheMunicipalitiesNotReached()
    {
        // The first day of October 2023 on which a completed activity left some municipality of the county unreached.
        var day = ScenarioFigures.OctoberActivities.Where(a => a.Status == Domain.Activities.ActivityStatus.Completed)
            .Select(a => a.EffectiveDate).Distinct().Order()
            .First(d => ScenarioFigures.NotReached(ScenarioFigures.Scenario.Activities.Where(a => a.EffectiveDate == d)).Count > 0);
        var expected = ScenarioFigures.NotReached(ScenarioFigures.Scenario.Activities.Where(a => a.EffectiveDate == day));
        var iso = day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync($"/Reports/Period?from={iso}&to={iso}");

        var named = page.QuerySelectorAll("[data-testid=not-reached] li").Select(li => li.TextContent.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(named);
        Assert.Equal(expected.Order(StringComparer.Ordinal), named);
    }

    [Fact]
    public async Task MonthReport_CountsTheCompletedActivitiesOfOctober2023()
    {
        var october = ScenarioFigures.OctoberActivities;
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync("/Reports/Period?month=2023-10");

        Assert.Equal(october.Count.ToString(CultureInfo.InvariantCulture), page.Text("[data-testid=fact-activities]"));
        Assert.Equal(ScenarioFigures.Completed(october).ToString(CultureInfo.InvariantCulture), page.Text("[data-testid=fact-completed]"));
        var byStatus = page.QuerySelector("table[data-table=activities-by-status]")!;
        var completedRow = byStatus.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Realizuar");
        Assert.Equal(ScenarioFigures.Completed(october).ToString(CultureInfo.InvariantCulture), completedRow.QuerySelectorAll("td")[0].TextContent.Trim());
    }

    [Theory]
    [InlineData("/Reports/Period?month=tetor", "month")]
    [InlineData("/Reports/Period?from=2023-10-31&to=2023-10-01", "to")]
    [InlineData("/Reports/Period?from=2023-10-01", "to")]
    [InlineData("/Reports/Attendance?from=2023-10-31&to=2023-01-01", "to")]
    [InlineData("/Reports/Statistics?year=1990", "year")]
    public async Task ImpossiblePeriod_ShowsTheErrorNextToTheField_AndNoReport(string path, string field)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var page = await client.GetDocumentAsync(path);

        Assert.False(string.IsNullOrWhiteSpace(page.Text($"[data-valmsg-for={field}]")));
        Assert.Null(page.QuerySelector("table.report-table"));
    }

    [Fact]
    public async Task CampaignOfAnotherCommittee_IsNotFound_ForSecretaryAndPublic()
    {
        await site.EnsureKorceAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var anonymous = site.CreateSiteClient();
        var path = $"/Reports/Period?campaign={ReportsSite.KorceCampaign.Value}";

        using var bySecretary = await secretary.GetAsync(path);
        using var byPublic = await anonymous.GetAsync(path);
        using var csv = await anonymous.GetAsync(path + "&handler=Csv&table=period-totals");
        using var inKorce = await anonymous.GetAsync(path + "&qark=AL-06");

        Assert.Equal(HttpStatusCode.NotFound, bySecretary.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byPublic.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inKorce.StatusCode);
    }

    [Fact]
    public async Task Attendance_NamesTheInstitutionsPresentAtTheClosingMeeting()
    {
        var closing = ScenarioFigures.Scenario.ClosingMeeting;
        var present = closing.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.OrganisationId).Distinct().ToList();
        var names = present.Select(id => ScenarioFigures.Scenario.Organisation(id).Name).ToList();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var page = await client.GetDocumentAsync("/Reports/Attendance?from=2023-01-01&to=2023-12-31");

        var institutions = page.QuerySelector("table[data-table=attendance-by-institution]")!.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.All(names, name => Assert.Contains(name, institutions));
        var meetings = page.QuerySelector("table[data-table=meetings-by-body]")!;
        var held = ScenarioFigures.Scenario.Meetings.Count(m => m.Body == Domain.Committees.CommitteeBody.Committee && m.State == MeetingState.Held && m.Date.Year == 2023);
        Assert.Equal(held.ToString(CultureInfo.InvariantCulture), meetings.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td")[0].TextContent.Trim());
    }

    [Fact]
    public async Task Commitments_ListsEveryCommitmentOfTheScenario_AndCountsTheOverdueOnesAsOfToday()
    {
        var today = new NodaTime.LocalDate(2023, 10, 31);
        var commitments = ScenarioFigures.Scenario.Meetings.SelectMany(m => m.Commitments).ToList();
        var overdue = commitments.Count(c => c.Status is not (CommitmentStatus.Done or CommitmentStatus.Dropped) && c.Due is { } due && due < today);
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var page = await client.GetDocumentAsync("/Reports/Commitments");

        Assert.Equal(commitments.Count, page.QuerySelector("table[data-table=commitments]")!.QuerySelectorAll("tbody tr").Length);
        Assert.EndsWith(": " + overdue.ToString(CultureInfo.InvariantCulture), page.Text("[data-testid=commitments-overdue]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_MarksGapsWithAClassAndAText_AndNotWhereTheProviderWorks()
    {
        var provider = ScenarioFigures.Scenario.ResilienceCentreProvider;
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync("/Reports/Coverage?from=2023-01-01&to=2023-12-31");

        var services = page.QuerySelector("table[data-table=services-by-municipality]")!;
        var gaps = services.QuerySelectorAll("td.report-gap");
        Assert.NotEmpty(gaps);
        Assert.All(gaps, td => Assert.Contains("[boshllëk]", td.TextContent, StringComparison.Ordinal));
        Assert.All(gaps, td => Assert.StartsWith("0", td.TextContent.Trim(), StringComparison.Ordinal));
        var covered = services.QuerySelectorAll("td:not(.report-gap)").Where(td => td.ClassList.Contains("report-table__number")).ToList();
        Assert.All(covered, td => Assert.NotEqual("0", td.TextContent.Trim()));
        if (provider.Municipalities.Count > 0)
        {
            Assert.NotEmpty(covered);
        }
    }

    [Fact]
    public async Task Statistics_ShowsOnlyPublishedFigures_WithTheLegend()
    {
        var statistics = ScenarioFigures.Scenario.VictimStatistics2023;
        var decision = Domain.Statistics.Disclosure.DisclosureDecision.Decide(statistics);
        var published = Domain.Reports.VictimStatisticsReport.Views.Select(v => decision.View(v.Rows, v.Columns)).ToList();
        var suppressed = published.Sum(t => t.Cells.Sum(r => r.Count(c => c.State == Domain.Statistics.SuppressionState.Hidden))
            + t.RowTotals.Count(c => c.State == Domain.Statistics.SuppressionState.Hidden)
            + t.ColumnTotals.Count(c => c.State == Domain.Statistics.SuppressionState.Hidden)
            + (t.GrandTotal.State == Domain.Statistics.SuppressionState.Hidden ? 1 : 0));
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync("/Reports/Statistics?year=2023");

        Assert.Equal(published.Count, page.QuerySelectorAll("table.report-table").Length);
        var hidden = page.QuerySelectorAll("td.report-table__suppressed");
        Assert.Equal(suppressed, hidden.Length);
        Assert.All(hidden, td => Assert.Equal("x", td.TextContent.Trim()));
        Assert.All(page.QuerySelectorAll("td.report-table__withheld"), td => Assert.Equal(string.Empty, td.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("[data-testid=suppression-legend]"));
        Assert.Contains("x", page.Text("[data-testid=suppression-legend]"), StringComparison.Ordinal);
        Assert.DoesNotContain("<5", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task National_ShowsTheCommitteesAnalysisForTheYear()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var page = await client.GetDocumentAsync("/Reports/National?year=2023&quarter=4");

        Assert.Contains(ScenarioFigures.Scenario.KratDurres.Name, page.Text("[data-testid=report-period]"), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("table.report-table"));
    }

    [Fact]
    public async Task PrintView_HasTheTablesWithoutNavigationOrDownloads()
    {
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync(Campaign + "&handler=Print");

        Assert.Null(page.QuerySelector("nav.site-nav"));
        Assert.Null(page.QuerySelector("header.site-header"));
        Assert.Null(page.QuerySelector("form"));
        Assert.Null(page.QuerySelector("[data-testid^=csv-]"));
        Assert.NotNull(page.QuerySelector("table[data-table=activities-by-kind]"));
        Assert.NotNull(page.QuerySelector("body.report-print"));
    }

    [Fact]
    public async Task ReportPages_CarryNoInlineStyleOrScript()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);
        foreach (var path in new[] { Campaign, "/Reports/Coverage", "/Reports/Statistics?year=2023", "/Reports/Attendance", "/Reports/Commitments", "/Reports/National", "/Reports/Rollup" })
        {
            var page = await client.GetDocumentAsync(path);
            Assert.True(page.QuerySelectorAll("[style], style, script").Length == 0, path + ": " + string.Join(" ", page.QuerySelectorAll("[style], style, script").Select(e => e.OuterHtml)));
            Assert.Single(page.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public async Task StatisticsInEnglish_HasEnglishTitlesAndLegend()
    {
        using var client = site.CreateSiteClient();
        await client.SwitchCultureAsync("en");

        var page = await client.GetDocumentAsync("/Reports/Statistics?year=2023");

        Assert.Equal("Victim statistics", page.Text("h1"));
        Assert.Contains("Hidden: a small count, or hidden to protect one (1–4)", page.Text("[data-testid=suppression-legend]"), StringComparison.Ordinal);
        Assert.Contains("Not broken down: too few", page.Text("[data-testid=suppression-legend]"), StringComparison.Ordinal);
        Assert.StartsWith("Victims: Sex", page.QuerySelector("table.report-table caption")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountyWithoutCommittee_HasNoCommitteeReports_ButTheRollupStillOpens()
    {
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        using var period = await admin.GetAsync("/Reports/Period?qark=AL-12");
        using var rollup = await admin.GetAsync("/Reports/Rollup?qark=AL-12&year=2023");

        Assert.Equal(HttpStatusCode.NotFound, period.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rollup.StatusCode);
    }
}
