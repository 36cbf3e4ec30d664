using System.Globalization;
using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Plans;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Plan;

/// <summary>Recording an indicator actual, approving a draft and closing a plan: each on its own site (they change data).</summary>
public sealed class PlanEditingTests
{
    private static readonly string PlanPath = $"/Plan/Details/{DemoIds.ActionPlan2023.Value}";

    [Fact]
    public async Task RecordActual_Secretary_SavesTheValue_AndThePlanPageShowsTheNewProgress()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var path = await RecordPathAsync(client, "1.1");

        using var response = await Forms.SubmitAsync(client, path, "[data-testid=record-actual-form]", new Dictionary<string, string> { ["Input.Amount"] = "29" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{PlanPath}#measure-1.1", response.Headers.Location!.OriginalString);
        var stored = (await WorkTestData.FindAsync<ActionPlan>(site, DemoIds.ActionPlan2023))!;
        Assert.Equal(29m, stored.FindMeasure(DemoIds.Measure(1)).Indicators[0].Actuals.Single().Amount);
        var scenario = DurresScenario.Build();
        var indicator = scenario.ActionPlan2023.FindMeasure(DemoIds.Measure(1)).Indicators[0];
        scenario.ActionPlan2023.RecordActual(DemoIds.Measure(1), indicator.Id, new NodaTime.DateInterval(new(2023, 1, 1), new(2023, 12, 31)), 29);
        var expected = PlanProgress.Of(scenario.ActionPlan2023, scenario.Activities, WorkTestData.Today).Objectives.SelectMany(o => o.Measures).Single(m => m.Code == "1.1");
        var document = await client.GetDocumentAsync(PlanPath);
        Assert.Equal(Percent(expected.Ratio), document.QuerySelector("tr[data-testid='measure-1.1'] [data-testid=progress]")!.GetAttribute("data-ratio"));
        Assert.Contains("2023: 29", document.QuerySelector("tr[data-testid='measure-1.1']")!.Closest("section.objective")!.QuerySelector("table.indicators")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordActual_FormShowsTheCurrentValueOfTheTargetPeriod()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var (_, fields) = await Forms.ReadAsync(client, await RecordPathAsync(client, "1.1"), "[data-testid=record-actual-form]");

        Assert.Equal("2023-01-01", fields["Input.PeriodStart"]);
        Assert.Equal("2023-12-31", fields["Input.PeriodEnd"]);
        Assert.Equal("27", fields["Input.Amount"]);
    }

    [Fact]
    public async Task RecordActual_WithAnInvalidNumberOrDate_ShowsTheErrorsNextToTheFields()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var path = await RecordPathAsync(client, "1.1");

        using var response = await Forms.SubmitAsync(client, path, "[data-testid=record-actual-form]", new Dictionary<string, string> { ["Input.Amount"] = "shumë", ["Input.PeriodEnd"] = "" });
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Fusha „Vlera” duhet të jetë numër, p.sh. 12,5.", document.Text("[data-valmsg-for='Input.Amount']"));
        Assert.Equal("Fusha „Dita e fundit e periudhës” duhet të jetë një datë e vlefshme.", document.Text("[data-valmsg-for='Input.PeriodEnd']"));
        Assert.Equal("shumë", document.QuerySelector("input[name='Input.Amount']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task RecordActual_OutsideThePlansPeriod_ShowsTheDomainMessage_AndKeepsTheInput()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var path = await RecordPathAsync(client, "1.1");

        using var response = await Forms.SubmitAsync(client, path, "[data-testid=record-actual-form]", new Dictionary<string, string>
        {
            ["Input.PeriodStart"] = "2024-01-01",
            ["Input.PeriodEnd"] = "2024-12-31",
            ["Input.Amount"] = "31",
        });
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("është jashtë periudhës së planit 01.01.2023–31.12.2023", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal("31", document.QuerySelector("input[name='Input.Amount']")!.GetAttribute("value"));
        Assert.Equal("2024-01-01", document.QuerySelector("input[name='Input.PeriodStart']")!.GetAttribute("value"));
        var stored = (await WorkTestData.FindAsync<ActionPlan>(site, DemoIds.ActionPlan2023))!;
        Assert.Equal(27m, stored.FindMeasure(DemoIds.Measure(1)).Indicators[0].Actuals.Single().Amount);
    }

    [Fact]
    public async Task RecordActual_APeriodThatEndsBeforeItStarts_ShowsTheDomainMessage_AndChangesNothing()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var path = await RecordPathAsync(client, "1.1");

        using var response = await Forms.SubmitAsync(client, path, "[data-testid=record-actual-form]", new Dictionary<string, string>
        {
            ["Input.PeriodStart"] = "2023-12-31",
            ["Input.PeriodEnd"] = "2023-01-01",
            ["Input.Amount"] = "31",
        });
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Një periudhë nuk mund të përfundojë (01.01.2023) para se të fillojë (31.12.2023).", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal("2023-01-01", document.QuerySelector("input[name='Input.PeriodEnd']")!.GetAttribute("value"));
        var stored = (await WorkTestData.FindAsync<ActionPlan>(site, DemoIds.ActionPlan2023))!;
        Assert.Equal(27m, stored.FindMeasure(DemoIds.Measure(1)).Indicators[0].Actuals.Single().Amount);
    }

    [Fact]
    public async Task RecordActual_APercentageAbove100_IsRefusedWithTheDomainMessage()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await Forms.SubmitAsync(client, await RecordPathAsync(client, "2.1"), "[data-testid=record-actual-form]", new Dictionary<string, string> { ["Input.Amount"] = "120" });
        var document = await response.ReadDocumentAsync();

        Assert.Contains("kërkon një vlerë nga 0 deri në 100", document.Text(".validation-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordActual_OnAStaleForm_ShowsWhoChangedThePlanAndWhen()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);
        var stale = await Forms.ReadAsync(secretary, await RecordPathAsync(secretary, "1.1"), "[data-testid=record-actual-form]");
        (await Forms.SubmitAsync(admin, await RecordPathAsync(admin, "2.1"), "[data-testid=record-actual-form]", new Dictionary<string, string> { ["Input.Amount"] = "88" })).Dispose();

        stale.Fields["Input.Amount"] = "28";
        using var response = await Forms.PostAsync(secretary, stale.Action, stale.Fields);
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{DemoAccounts.Administrator.UserName} e ndryshoi këtë regjistrim më 31.10.2023 10:00", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal("28", document.QuerySelector("input[name='Input.Amount']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task RecordActual_OfAnIndicatorThePlanDoesNotHave_IsNotFound()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await client.GetAsync($"/Plan/RecordActual/{DemoIds.ActionPlan2023.Value}?measure={DemoIds.Measure(1).Value}&indicator={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Approve_ADraft_WithTheDecisionOfTheAnnualMeeting_ApprovesItOnTheMeetingsDay()
    {
        await using var site = await StartAsync();
        var draft = await WorkTestData.AddDurresDraftAsync(site);
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var path = $"/Plan/Approve/{draft.Id.Value}";
        var meeting = DurresScenario.Build().Meetings.Single(m => m.Decisions.Any(d => d.Id == DemoIds.ApproveActionPlan));

        var document = await client.GetDocumentAsync(path);
        var options = document.QuerySelectorAll("select[name='Input.DecisionId'] option[value]:not([value=''])").Select(o => o.GetAttribute("value")).ToList();
        using var response = await Forms.SubmitAsync(client, path, "[data-testid=approve-form]", new Dictionary<string, string> { ["Input.DecisionId"] = DemoIds.ApproveActionPlan.Value.ToString() });

        Assert.Equal([DemoIds.ApproveActionPlan.Value.ToString()], options);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await WorkTestData.FindAsync<ActionPlan>(site, draft.Id))!;
        Assert.Equal(ActionPlanStatus.Approved, stored.Status);
        Assert.Equal(DemoIds.ApproveActionPlan, stored.ApprovedBy);
        Assert.Equal(meeting.Date, stored.ApprovedOn);
    }

    [Fact]
    public async Task Approve_WithoutADecision_ShowsTheErrorNextToTheField()
    {
        await using var site = await StartAsync();
        var draft = await WorkTestData.AddDurresDraftAsync(site);
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await Forms.SubmitAsync(client, $"/Plan/Approve/{draft.Id.Value}", "[data-testid=approve-form]", new Dictionary<string, string> { ["Input.DecisionId"] = "" });
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Fusha „Vendimi i mbledhjes që e miraton” është e detyrueshme; zgjidhni një vendim miratimi plani nga mbledhjet e komitetit.", document.Text("[data-valmsg-for='Input.DecisionId']"));
        Assert.Equal(ActionPlanStatus.Draft, (await WorkTestData.FindAsync<ActionPlan>(site, draft.Id))!.Status);
    }

    [Fact]
    public async Task Approve_ADraftWithoutMeasures_ShowsTheDomainMessage()
    {
        await using var site = await StartAsync();
        var draft = await WorkTestData.AddDurresDraftAsync(site, withMeasure: false);
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await Forms.SubmitAsync(client, $"/Plan/Approve/{draft.Id.Value}", "[data-testid=approve-form]", new Dictionary<string, string> { ["Input.DecisionId"] = DemoIds.ApproveActionPlan.Value.ToString() });
        var document = await response.ReadDocumentAsync();

        Assert.Contains($"Plani „{draft.Title}” nuk ka ende asnjë masë", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal(DemoIds.ApproveActionPlan.Value.ToString(), document.QuerySelector("select[name='Input.DecisionId'] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Approve_AnApprovedPlan_ShowsTheDomainMessage()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        using var response = await Forms.SubmitAsync(client, $"/Plan/Approve/{DemoIds.ActionPlan2023.Value}", "[data-testid=approve-form]", new Dictionary<string, string> { ["Input.DecisionId"] = DemoIds.ApproveActionPlan.Value.ToString() });
        var document = await response.ReadDocumentAsync();

        Assert.Contains("struktura e tij nuk ndryshon më", document.Text(".validation-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_AnApprovedPlan_ClosesIt_AndThenNoActualCanBeRecorded()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var recordPath = await RecordPathAsync(client, "1.1");

        using var closed = await Forms.SubmitAsync(client, $"/Plan/Close/{DemoIds.ActionPlan2023.Value}", "[data-testid=close-form]", new Dictionary<string, string>());
        using var refused = await Forms.SubmitAsync(client, recordPath, "[data-testid=record-actual-form]", new Dictionary<string, string> { ["Input.Amount"] = "30" });
        var document = await refused.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var stored = (await WorkTestData.FindAsync<ActionPlan>(site, DemoIds.ActionPlan2023))!;
        Assert.Equal(ActionPlanStatus.Closed, stored.Status);
        Assert.Equal(WorkTestData.Today, stored.ClosedOn);
        Assert.Contains("u mbyll më 31.10.2023; një plan i mbyllur nuk ndryshon më", document.Text(".validation-summary"), StringComparison.Ordinal);
        var page = await client.GetDocumentAsync(PlanPath);
        Assert.Empty(page.QuerySelectorAll("a[href*='/Plan/RecordActual']"));
    }

    [Fact]
    public async Task Close_BeforeTheApproval_ShowsTheDomainMessage_AndKeepsTheDate()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await Forms.SubmitAsync(client, $"/Plan/Close/{DemoIds.ActionPlan2023.Value}", "[data-testid=close-form]", new Dictionary<string, string> { ["Input.On"] = "2023-01-10" });
        var document = await response.ReadDocumentAsync();

        Assert.Contains("nuk mund të mbyllet para kësaj date (10.01.2023)", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal("2023-01-10", document.QuerySelector("input[name='Input.On']")!.GetAttribute("value"));
        Assert.Equal(ActionPlanStatus.Approved, (await WorkTestData.FindAsync<ActionPlan>(site, DemoIds.ActionPlan2023))!.Status);
    }

    [Fact]
    public async Task Close_ADraft_ShowsTheDomainMessage()
    {
        await using var site = await StartAsync();
        var draft = await WorkTestData.AddDurresDraftAsync(site);
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await Forms.SubmitAsync(client, $"/Plan/Close/{draft.Id.Value}", "[data-testid=close-form]", new Dictionary<string, string>());
        var document = await response.ReadDocumentAsync();

        Assert.Contains("mbyllet vetëm një plan i miratuar", document.Text(".validation-summary"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Plan/Close/{0}", "Input.On=2023-10-31&Input.Version=1")]
    [InlineData("/Plan/Approve/{0}", "Input.Version=1")]
    [InlineData("/Plan/RecordActual/{0}", "Input.Amount=30&Input.Version=1")]
    public async Task Posts_WithoutAntiforgeryToken_AreRejected(string pattern, string form)
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync(string.Format(CultureInfo.InvariantCulture, pattern, DemoIds.ActionPlan2023.Value), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ActionPlanStatus.Approved, (await WorkTestData.FindAsync<ActionPlan>(site, DemoIds.ActionPlan2023))!.Status);
    }

    private static async Task<KratWebFactory> StartAsync()
    {
        var site = new KratWebFactory();
        await WorkTestData.SeedAsync(site);
        return site;
    }

    private static async Task<string> RecordPathAsync(HttpClient client, string measureCode)
    {
        var document = await client.GetDocumentAsync(PlanPath);
        var link = document.QuerySelectorAll("table.indicators tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == measureCode)
            .QuerySelector("a[href*='/Plan/RecordActual']")!;
        return link.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal);
    }

    // A whole percentage in the Albanian culture's pattern (the site's one way of writing percentages).
    private static string Percent(double? ratio) =>
        ratio is { } r ? (Math.Round(r * 100, MidpointRounding.AwayFromZero) / 100).ToString("P0", CultureInfo.GetCultureInfo("sq-AL")) : "—";
}
