using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CsvHelper;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using NodaTime;
using Visibility = Krat.Domain.Activities.Visibility;

namespace Krat.Web.Tests.Reports;

/// <summary>
/// Public means public, and reports add up: on the hosted demo site with its generated history (SQLite), what a
/// reader without a login gets from every report that counts activities — page, JSON, CSV — equals what the
/// same reader gets from the activities export for the same filter, and a signed-in member of the committee gets
/// every activity counted, said so on the page.
/// </summary>
public sealed class PublicReportsMatchExportsTests(ReportsHistorySite site) : IClassFixture<ReportsHistorySite>
{
    // Report pages write numbers the Albanian way ("5 281"); the exports keep them plain.
    private static readonly CultureInfo Albanian = CultureInfo.GetCultureInfo("sq-AL");

    private static readonly string Completed = ActivityStatus.Completed.Label().Albanian;
    private static readonly string Cancelled = ActivityStatus.Cancelled.Label().Albanian;

    public static TheoryData<int> Months() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Months))]
    public async Task MonthReport_ForThePublic_HasTheTotalsOfThePublicExportOfTheSameMonth(int month)
    {
        var days = new YearMonth(2023, month).ToDateInterval();
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync($"/Reports/Period?month=2023-{month:00}");
        var export = await ExportAsync(client, $"from={Iso(days.Start)}&to={Iso(days.End)}");

        AssertTotals(export, PageTotals(page));
        AssertMunicipalities(export, page);
        Assert.Equal("Public", page.QuerySelector("[data-testid=report-audience]")!.GetAttribute("data-audience"));
        Assert.Contains("vetëm aktivitetet publike", page.Text("[data-testid=report-audience]"), StringComparison.Ordinal);
        Assert.All(export, row => Assert.Equal(Visibility.Public.Label().Albanian, row.Visibility));

        // The JSON and the CSV of the same report, fetched anonymously, hold the same totals.
        using var json = JsonDocument.Parse(await client.GetByteArrayAsync($"/Reports/Period?month=2023-{month:00}&handler=Json"));
        Assert.Equal("Public", json.RootElement.GetProperty("about").GetProperty("audience").GetString());
        var totals = json.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "period-totals");
        AssertTotals(export, [.. totals.GetProperty("rows").EnumerateArray().Select(r => r[1].GetProperty("value").GetInt32())]);
        var byStatus = await TableCsvAsync(client, $"/Reports/Period?month=2023-{month:00}&handler=Csv&table=activities-by-status");
        var total = byStatus.Single(r => r[0] == "Gjithsej");
        Assert.Equal([export.Count, export.Count(r => r.Status == Completed), CompletedReach(export)], total.Skip(1).Select(t => int.Parse(t, NumberStyles.Integer | NumberStyles.AllowThousands, Albanian)));
        Assert.Contains(byStatus, r => r[0] == "Numëron: vetëm aktivitetet publike.");
    }

    [Fact]
    public async Task CampaignReport_ForThePublic_HasTheTotalsOfTheCampaignsPublicExport()
    {
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync($"/Reports/Period?campaign={DemoIds.October2023.Value}");
        var export = await ExportAsync(client, $"campaign={DemoIds.October2023.Value}");

        AssertTotals(export, PageTotals(page));
        AssertMunicipalities(export, page);
        // The postponed Shijak school session (rescheduled to 8 November) stays in the campaign's report.
        Assert.Contains(export, r => r.Title == "Seancë në shkollën e mesme të Shijakut" && r.Status == ActivityStatus.Planned.Label().Albanian);
    }

    [Fact]
    public async Task Coverage_ForThePublic_CountsThePublicExportsActivities_InEveryMunicipalityAndGroup()
    {
        using var client = site.CreateSiteClient();

        var page = await client.GetDocumentAsync("/Reports/Coverage?from=2023-01-01&to=2023-12-31");
        var export = (await ExportAsync(client, "from=2023-01-01&to=2023-12-31")).Where(r => r.Status != Cancelled).ToList();

        var table = page.QuerySelector("table[data-table=target-groups-by-municipality]")!;
        var groups = table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        var cells = 0;
        foreach (var row in table.QuerySelectorAll("tbody tr"))
        {
            var municipality = row.QuerySelector("th")!.TextContent.Trim();
            var values = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            for (var g = 0; g < groups.Count; g++)
            {
                var expected = export.Count(r => r.Municipalities.Contains(municipality) && r.Groups.Contains(groups[g]));
                // A cell reads "providers / activities", followed by the gap marker where there are neither.
                Assert.Equal(expected, int.Parse(Regex.Match(values[g], @"^\d+ / (\d+)").Groups[1].Value, CultureInfo.InvariantCulture));
                cells += expected;
            }
        }

        Assert.True(cells > 0);
        Assert.Equal("Public", page.QuerySelector("[data-testid=report-audience]")!.GetAttribute("data-audience"));
    }

    [Fact]
    public async Task MonthReport_ForTheCommitteesSecretary_CountsEveryActivity_AndSaysSo()
    {
        using var anonymous = site.CreateSiteClient();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        const string october = "from=2023-10-01&to=2023-10-31";

        var forPublic = PageTotals(await anonymous.GetDocumentAsync("/Reports/Period?month=2023-10"));
        var page = await secretary.GetDocumentAsync("/Reports/Period?month=2023-10");
        var all = await ExportAsync(secretary, october);

        AssertTotals(all, PageTotals(page));
        Assert.Equal("Committee", page.QuerySelector("[data-testid=report-audience]")!.GetAttribute("data-audience"));
        Assert.Contains("të gjitha aktivitetet, përfshirë të brendshmet", page.Text("[data-testid=report-audience]"), StringComparison.Ordinal);
        Assert.Contains(all, r => r.Visibility == Visibility.Internal.Label().Albanian);
        Assert.True(forPublic[0] < all.Count, $"the public report counts {forPublic[0]} of {all.Count} activities");
    }

    private static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static int CompletedReach(IEnumerable<ExportRow> rows) => rows.Where(r => r.Status == Completed).Sum(r => r.Total ?? 0);

    // The period-totals table's "Period" column: activities, completed, cancelled, people reached, municipalities reached.
    private static int[] PageTotals(IDocument page) =>
        [.. page.QuerySelector("table[data-table=period-totals]")!.QuerySelectorAll("tbody tr").Select(r => int.Parse(r.QuerySelectorAll("td")[0].TextContent.Trim(), NumberStyles.Integer | NumberStyles.AllowThousands, Albanian))];

    private static void AssertTotals(List<ExportRow> export, IReadOnlyList<int> totals)
    {
        var completed = export.Where(r => r.Status == Completed).ToList();
        Assert.Equal(
            [export.Count, completed.Count, export.Count(r => r.Status == Cancelled), CompletedReach(export), completed.SelectMany(r => r.Municipalities).Distinct().Count()],
            totals);
    }

    // Each municipality's row counts the activities touching it; the reconciliation rows end on the export's count.
    private static void AssertMunicipalities(List<ExportRow> export, IDocument page)
    {
        var rows = page.QuerySelector("table[data-table=activities-by-municipality]")!.QuerySelectorAll("tbody tr")
            .Select(r => (Name: r.QuerySelector("th")!.TextContent.Trim(), Activities: int.Parse(r.QuerySelectorAll("td")[0].TextContent.Trim(), NumberStyles.Integer | NumberStyles.AllowThousands, Albanian)))
            .ToList();
        var touched = export.SelectMany(r => r.Municipalities).Distinct().ToList();
        foreach (var municipality in touched)
        {
            Assert.Equal(export.Count(r => r.Municipalities.Contains(municipality)), rows.Single(r => r.Name == municipality).Activities);
        }

        Assert.Equal(export.Sum(r => r.Municipalities.Count), rows.Single(r => r.Name == "Shuma e rreshtave").Activities);
        Assert.Equal(export.Count, rows.Single(r => r.Name == "Gjithsej (aktivitete të ndryshme)").Activities);
        Assert.Equal(touched.Count + 3, rows.Count);
    }

    private static async Task<List<ExportRow>> ExportAsync(HttpClient client, string query)
    {
        using var reader = CsvReader.Create(await client.GetByteArrayAsync("/Activities?handler=Export&" + query), CsvReaderOptions.Default);
        var rows = new List<ExportRow>();
        while (reader.Read())
        {
            static List<string> Split(string value) => [.. value.Split("; ", StringSplitOptions.RemoveEmptyEntries)];
            var total = reader.GetString(14);
            rows.Add(new ExportRow(
                reader.GetString(1), reader.GetString(3), Split(reader.GetString(6)), Split(reader.GetString(10)), reader.GetString(13),
                total.Length == 0 ? null : int.Parse(total, NumberStyles.Integer | NumberStyles.AllowThousands, Albanian)));
        }

        return rows;
    }

    private static async Task<List<string[]>> TableCsvAsync(HttpClient client, string path)
    {
        using var reader = CsvReader.Create(await client.GetByteArrayAsync(path), CsvReaderOptions.Default);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.Headers.Count).Select(reader.GetString)]);
        }

        return rows;
    }

    private sealed record ExportRow(string Title, string Status, List<string> Municipalities, List<string> Groups, string Visibility, int? Total);
}
