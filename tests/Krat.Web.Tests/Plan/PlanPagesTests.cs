using System.Globalization;
using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Common;
using Krat.Domain.Plans;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Plan;

/// <summary>The plan list and the plan page: what they show, to whom, and for which committee.</summary>
public sealed class PlanPagesTests(WorkSite site) : IClassFixture<WorkSite>
{
    private static readonly DurresScenario Scenario = DurresScenario.Build();
    private static readonly ActionPlan Plan2023 = Scenario.ActionPlan2023;
    private static readonly string PlanPath = $"/Plan/Details/{DemoIds.ActionPlan2023.Value}";

    [Fact]
    public async Task Index_Anonymous_ListsTheApprovedPlanWithPeriodAndStatus_ButNoDraft()
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Plan");

        var rows = document.QuerySelectorAll("[data-testid=plans] tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal(Plan2023.Title, row.QuerySelector("th a")!.TextContent.Trim());
        Assert.Equal(PlanPath, row.QuerySelector("th a")!.GetAttribute("href"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(Plan2023.Period.Start.Year.ToString(CultureInfo.InvariantCulture), cells[0]);
        Assert.Equal(Plan2023.NationalPlan, cells[1]);
        Assert.Contains(ActionPlanStatus.Approved.Label().Albanian, cells[2], StringComparison.Ordinal);
        Assert.Contains("15.02.2023", cells[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_SignedIn_ListsDraftsToo_LatestPeriodFirst()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        var document = await client.GetDocumentAsync("/Plan");

        Assert.Equal([site.DurresDraft.Title, Plan2023.Title], document.QuerySelectorAll("[data-testid=plans] tbody th a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Details_ShowsEveryMeasureUnderItsPillarAndObjective_WithProgressFromPlanProgress()
    {
        using var client = site.CreateSiteClient();
        // Without a login the progress counts public activities only, as the reports do.
        var expected = PlanProgress.Of(Plan2023, Scenario.Activities.Where(a => a.Visibility == Krat.Domain.Activities.Visibility.Public), WorkTestData.Today);

        var document = await client.GetDocumentAsync(PlanPath);

        Assert.Equal(Plan2023.Measures.Count.ToString(CultureInfo.InvariantCulture), document.Text("[data-testid=measure-count]"));
        Assert.Equal(expected.MeasuresBehindSchedule.ToString(CultureInfo.InvariantCulture), document.Text("[data-testid=behind-count]"));
        foreach (var objective in expected.Objectives)
        {
            var section = document.QuerySelector($"[data-testid=pillar-{objective.Pillar}] [data-testid=objective-{objective.Code}]");
            Assert.NotNull(section);
            foreach (var measure in objective.Measures)
            {
                var row = section.QuerySelector($"tr[data-testid='measure-{measure.Code}']");
                Assert.NotNull(row);
                Assert.Equal(Percent(measure.Ratio), row.QuerySelector("[data-testid=progress]")!.GetAttribute("data-ratio"));
                Assert.Equal($"{measure.CompletedActivities} nga {measure.PlannedActivities} kryer", row.QuerySelector("[data-testid=activities]")!.TextContent.Trim().Split('(')[0].Trim());
                Assert.Equal(measure.IsBehindSchedule, row.QuerySelector("[data-testid=flag-behind]") is not null);
                Assert.Equal(measure.PlannedActivities == 0, row.QuerySelector("[data-testid=flag-no-activity]") is not null);
                var svg = row.QuerySelector("[data-testid=progress] svg[role=img]");
                Assert.NotNull(svg);
                Assert.Contains(Percent(measure.Ratio), svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Details_ShowsMeasureOrganisationsAndTimeframe()
    {
        using var client = site.CreateSiteClient();
        var measure = Plan2023.FindMeasure(DemoIds.Measure(5));

        var document = await client.GetDocumentAsync(PlanPath);

        var row = document.QuerySelector($"tr[data-testid='measure-{measure.Code}']")!;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(Scenario.Organisation(measure.LeadOrganisationId).Name, cells[1]);
        Assert.Equal(string.Join(", ", measure.SupportingOrganisationIds.Select(id => Scenario.Organisation(id).Name)), cells[2]);
        Assert.Equal("01.04.2023 – 31.10.2023", cells[3]);
    }

    [Fact]
    public async Task Details_ShowsPlanAndPillarProgress_AsAccessibleSvg()
    {
        using var client = site.CreateSiteClient();
        // Without a login the progress counts public activities only, as the reports do.
        var expected = PlanProgress.Of(Plan2023, Scenario.Activities.Where(a => a.Visibility == Krat.Domain.Activities.Visibility.Public), WorkTestData.Today);

        var document = await client.GetDocumentAsync(PlanPath);

        var planBar = document.QuerySelector("[data-testid=plan-progress] svg[role=img]")!;
        Assert.Contains(Percent(expected.Ratio), planBar.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Percent(expected.Ratio), planBar.QuerySelector("text")!.TextContent);
        foreach (var pillar in expected.Objectives.GroupBy(o => o.Pillar))
        {
            var ratios = pillar.SelectMany(o => o.Measures).Where(m => m.Ratio.HasValue).Select(m => m.Ratio!.Value).ToList();
            var text = Percent(ratios.Count == 0 ? null : ratios.Average());
            var section = document.QuerySelector($"[data-testid=pillar-{pillar.Key}]")!;
            Assert.Contains(pillar.Key.Label().Albanian, section.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(text, section.QuerySelector("[data-testid=pillar-progress] svg text")!.TextContent);
        }

        var chart = document.QuerySelector("[data-testid=pillar-chart] svg[role=img]")!;
        Assert.Equal(expected.Objectives.Select(o => o.Pillar).Distinct().Count(), chart.QuerySelectorAll("rect").Length);
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Empty(document.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Details_ShowsIndicatorBaselineTargetAndActualPerPeriod()
    {
        using var client = site.CreateSiteClient();
        var indicator = Plan2023.FindMeasure(DemoIds.Measure(1)).Indicators[0];

        var document = await client.GetDocumentAsync(PlanPath);

        var row = document.QuerySelector($"tr[data-testid='indicator-{indicator.Id}']");
        Assert.Null(row); // ids are new per scenario build; find the row by its description instead
        row = document.QuerySelectorAll("table.indicators tbody tr").Single(r => r.TextContent.Contains(indicator.Description, StringComparison.Ordinal));
        Assert.Equal(indicator.Baseline!.Value.ToString("0", CultureInfo.InvariantCulture), row.QuerySelector("[data-testid=baseline]")!.TextContent.Trim());
        Assert.Equal($"2023: {indicator.Targets[0].Amount:0}", row.QuerySelector("[data-testid=targets] li")!.TextContent.Trim());
        Assert.Equal($"2023: {indicator.Actuals[0].Amount:0}", row.QuerySelector("[data-testid=actuals] li")!.TextContent.Trim());
    }

    [Fact]
    public async Task Details_InEnglish_ShowsEnglishPillarAndStatusLabels()
    {
        using var client = site.CreateSiteClient();
        (await client.SwitchCultureAsync("en", PlanPath)).Dispose();

        var document = await client.GetDocumentAsync(PlanPath);

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(ActionPlanStatus.Approved.Label().English, document.Text("[data-testid=plan-status]"));
        Assert.Contains(Pillar.Prevention.Label().English, document.Text($"[data-testid=pillar-{Pillar.Prevention}] h2"), StringComparison.Ordinal);
        Assert.Contains("15 Feb 2023", document.Text("[data-testid=plan-approval]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_ShowsTheApprovingDecisionAndMeeting()
    {
        using var client = site.CreateSiteClient();
        var meeting = Scenario.Meetings.Single(m => m.Decisions.Any(d => d.Id == DemoIds.ApproveActionPlan));
        var decision = meeting.Decisions.Single(d => d.Id == DemoIds.ApproveActionPlan);

        var document = await client.GetDocumentAsync(PlanPath);

        var approval = document.Text("[data-testid=plan-approval]")!;
        Assert.Contains($"vendimi nr. {decision.Number}", approval, StringComparison.Ordinal);
        Assert.Contains(meeting.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), approval, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_Anonymous_AndMember_SeeNoEditingLinks()
    {
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        foreach (var client in new[] { anonymous, member })
        {
            var document = await client.GetDocumentAsync(PlanPath);
            Assert.Null(document.QuerySelector("[data-testid=plan-actions]"));
            Assert.Empty(document.QuerySelectorAll("a[href*='/Plan/RecordActual']"));
        }
    }

    [Theory]
    [InlineData("sekretari")]
    [InlineData("admin")]
    public async Task Details_SecretaryAndAdministrator_SeeRecordAndCloseLinks(string userName)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.All.Single(a => a.UserName == userName));

        var document = await client.GetDocumentAsync(PlanPath);

        Assert.Equal(Plan2023.Measures.Sum(m => m.Indicators.Count), document.QuerySelectorAll("a[href*='/Plan/RecordActual']").Length);
        Assert.NotNull(document.QuerySelector($"[data-testid=plan-actions] a[href='/Plan/Close/{DemoIds.ActionPlan2023.Value}']"));
        Assert.Null(document.QuerySelector("[data-testid=plan-actions] a[href*='/Plan/Approve']"));
    }

    [Fact]
    public async Task Details_OfADraft_IsNotFoundForTheAnonymous_ButShownToSignedInUsers()
    {
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        var path = $"/Plan/Details/{site.DurresDraft.Id.Value}";

        using var hidden = await anonymous.GetAsync(path);
        var document = await member.GetDocumentAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(ActionPlanStatus.Draft.Label().Albanian, document.Text("[data-testid=plan-status]"));
        Assert.NotNull(document.QuerySelector("tr[data-testid='measure-1.1'] [data-testid=flag-no-activity]"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sekretari")]
    [InlineData("anetar")]
    [InlineData("admin")]
    public async Task Details_OfAnotherCommitteesPlan_IsNotFound(string? userName)
    {
        using var client = userName is null ? site.CreateSiteClient() : await site.CreateClientLoggedInAsAsync(DemoAccounts.All.Single(a => a.UserName == userName));

        using var response = await client.GetAsync($"/Plan/Details/{site.Korce.PlanId.Value}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Details_OfKorce_IsShownToTheAdministratorViewingKorce()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        var document = await client.GetDocumentAsync($"/Plan/Details/{site.Korce.PlanId.Value}?qark=AL-06");

        Assert.Equal("Plani i Korçës 2023", document.Text("h1"));
    }

    [Fact]
    public async Task Details_OfAnUnknownPlan_IsNotFound()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync($"/Plan/Details/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/Plan/Approve/{0}")]
    [InlineData("/Plan/Close/{0}")]
    [InlineData("/Plan/RecordActual/{0}")]
    public async Task EditingPages_SendTheAnonymousToLogin_AndRefuseMembers(string pattern)
    {
        var path = string.Format(CultureInfo.InvariantCulture, pattern, DemoIds.ActionPlan2023.Value);
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        using var anonymousGet = await anonymous.GetAsync(path);
        using var memberGet = await member.GetAsync(path);
        using var memberPost = await Forms.PostWithTokenAsync(member, PlanPath, path, new Dictionary<string, string> { ["Input.On"] = "2023-10-31" });

        Forms.AssertRedirectTo(anonymousGet, "/Account/Login");
        Forms.AssertRedirectTo(memberGet, "/Account/AccessDenied");
        Forms.AssertRedirectTo(memberPost, "/Account/AccessDenied");
    }

    [Theory]
    [InlineData("/Plan/Approve/{0}")]
    [InlineData("/Plan/Close/{0}")]
    public async Task EditingPages_ForAnotherCommitteesPlan_AreNotFoundForTheSecretary(string pattern)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, pattern, site.Korce.PlanId.Value));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // A whole percentage in the Albanian culture's pattern (the site's one way of writing percentages).
    private static string Percent(double? ratio) =>
        ratio is { } r ? (Math.Round(r * 100, MidpointRounding.AwayFromZero) / 100).ToString("P0", CultureInfo.GetCultureInfo("sq-AL")) : "—";
}
