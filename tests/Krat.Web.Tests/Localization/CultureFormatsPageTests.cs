using System.Globalization;
using Krat.Domain.Meetings;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Reports;

namespace Krat.Web.Tests.Localization;

/// <summary>
/// A report page writes its days, numbers and percentages in the reader's culture, the organisations by their English
/// names in English, and its CSV keeps ISO days whatever the culture.
/// </summary>
public sealed class CultureFormatsPageTests(ReportsSite site) : IClassFixture<ReportsSite>
{
    private const string Attendance = "/Reports/Attendance?from=2023-01-01&to=2023-12-31";

    public static TheoryData<string> Cultures => new() { "sq-AL", "en" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task AttendanceReport_WritesDaysAndPercentages_InTheCulturesFormat(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var closingDay = ScenarioFigures.Scenario.ClosingMeeting.Date;
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        (await client.SwitchCultureAsync(cultureName)).Dispose();

        var page = await client.GetDocumentAsync(Attendance);

        var days = page.QuerySelector("table[data-table=attendance-entries]")!.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[0].TextContent.Trim()).ToList();
        var shown = cultureName == "en" ? closingDay.ToString("d MMM yyyy", culture) : closingDay.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        Assert.Contains(shown, days);
        Assert.DoesNotContain(days, d => d.Contains(closingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var rates = page.QuerySelector("table[data-table=attendance-by-institution]")!.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent.Trim()).ToList();
        Assert.NotEmpty(rates);
        Assert.All(rates, rate => Assert.Matches(PercentPattern(culture), rate));
    }

    [Fact]
    public async Task AttendanceReport_InEnglish_NamesInstitutionsByTheirEnglishNames()
    {
        var present = ScenarioFigures.Scenario.ClosingMeeting.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => ScenarioFigures.Scenario.Organisation(a.OrganisationId)).ToList();
        var withEnglish = present.Where(o => o.EnglishName is not null).ToList();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        (await client.SwitchCultureAsync("en")).Dispose();

        var page = await client.GetDocumentAsync(Attendance);

        var institutions = page.QuerySelector("table[data-table=attendance-by-institution]")!.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.NotEmpty(withEnglish);
        Assert.All(withEnglish, o => Assert.Contains(o.EnglishName!, institutions));
        Assert.All(withEnglish.Where(o => o.Name != o.EnglishName), o => Assert.DoesNotContain(o.Name, institutions));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task AttendanceCsv_KeepsIsoDays_InEveryCulture(string cultureName)
    {
        var closingDay = ScenarioFigures.Scenario.ClosingMeeting.Date;
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        (await client.SwitchCultureAsync(cultureName)).Dispose();

        using var response = await client.GetAsync(Attendance + "&handler=Csv&table=attendance-entries");
        var csv = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        Assert.Contains(closingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), csv, StringComparison.Ordinal);
        Assert.DoesNotContain(closingDay.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), csv, StringComparison.Ordinal);
        Assert.DoesNotContain(closingDay.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en")), csv, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task PeriodReport_GroupsThousands_InTheCulturesWay(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        using var client = site.CreateSiteClient();
        (await client.SwitchCultureAsync(cultureName)).Dispose();

        var page = await client.GetDocumentAsync($"/Reports/Period?campaign={ScenarioFigures.Scenario.October2023.Id.Value}");

        var people = ScenarioFigures.PeopleReached(ScenarioFigures.CampaignActivities);
        Assert.True(people >= 1000, "The campaign reaches too few people to show grouping.");
        Assert.Equal(people.ToString("#,0", culture), page.Text("[data-testid=fact-people]"));
    }

    /// <summary>A whole percentage in the culture's pattern: digits, then the culture's place for the sign.</summary>
    private static string PercentPattern(CultureInfo culture) =>
        "^" + System.Text.RegularExpressions.Regex.Escape(0.5.ToString("P0", culture)).Replace("50", "\\d{1,3}", StringComparison.Ordinal) + "$";
}
