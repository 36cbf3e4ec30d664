using System.Globalization;
using Krat.Demo.Durres;
using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Geography;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using NodaTime;

namespace Krat.Web.Tests.Reports;

/// <summary>The demo site with its generated year of history (twelve committees), for comparisons and the roll-up.</summary>
public sealed class ReportsHistorySite : KratWebFactory
{
    public ReportsHistorySite()
    {
        DemoHistory = true;
    }
}

/// <summary>The year-before comparison and the national roll-up on the generated history, checked against the generator's own data.</summary>
public sealed class ReportsWithHistoryTests(ReportsHistorySite site) : IClassFixture<ReportsHistorySite>
{
    private static readonly GeneratedHistory History = DurresDemoHistory.Build(DurresScenario.Build(), otherCounties: true);

    [Fact]
    public async Task MonthReport_ComparesWithTheSameMonthAYearBefore()
    {
        // The first generated month with Durrës activities, and the report of the same month a year later.
        var durres = ScenarioFigures.Scenario.Activities.Concat(History.Activities()).Where(a => a.CommitteeId == DemoIds.KratDurres).ToList();
        var first = durres.Min(a => a.EffectiveDate).ToYearMonth();
        var month = new DateInterval(first.OnDayOfMonth(1), first.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1));
        // Anonymous: the year before counts public activities only, like the rest of the report.
        var before = durres.Where(a => month.Contains(a.EffectiveDate) && a.Visibility == Visibility.Public).ToList();
        var reported = first.OnDayOfMonth(1).PlusYears(1).ToYearMonth();
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync($"/Reports/Period?month={reported.ToString("uuuu-MM", CultureInfo.InvariantCulture)}");

        var rows = page.QuerySelector("table[data-table=period-totals]")!.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(before);
        string YearBefore(int row) => rows[row].QuerySelectorAll("td")[1].TextContent.Trim();
        Assert.Equal(before.Count.ToString("#,0", CultureInfo.GetCultureInfo("sq-AL")), YearBefore(0));
        Assert.Equal(ScenarioFigures.Completed(before).ToString("#,0", CultureInfo.GetCultureInfo("sq-AL")), YearBefore(1));
        Assert.Equal(before.Count(a => a.Status == ActivityStatus.Cancelled).ToString("#,0", CultureInfo.GetCultureInfo("sq-AL")), YearBefore(2));
        Assert.Equal(ScenarioFigures.PeopleReached(before).ToString("#,0", CultureInfo.GetCultureInfo("sq-AL")), YearBefore(3));
    }

    [Fact]
    public async Task NationalRollup_ListsEveryCommitteesCounty_ForTheAdministrator()
    {
        var counties = History.Committees.Select(c => Albania.County(c.County).Name).Append("Durrës").Order(StringComparer.Ordinal).ToList();
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        var page = await admin.GetDocumentAsync("/Reports/Rollup?year=2023");

        var names = page.QuerySelector("table[data-table=national-counties]")!.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(counties, names.Where(n => n != "Gjithsej").Order(StringComparer.Ordinal));
        Assert.Equal("Gjithsej", names[^1]);
    }
}
