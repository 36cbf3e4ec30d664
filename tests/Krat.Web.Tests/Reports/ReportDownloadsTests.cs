using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Snapshooter.Xunit;

namespace Krat.Web.Tests.Reports;

/// <summary>The report downloads (CSV per table, JSON of every table) parsed back with CsvHelper and System.Text.Json.</summary>
public sealed class ReportDownloadsTests(ReportsSite site) : IClassFixture<ReportsSite>
{
    private static string Campaign => $"/Reports/Period?campaign={DemoIds.October2023.Value}";

    [Fact]
    public async Task CampaignCsv_ByKind_HasTheBom_AlbanianHeaders_AndTheScenarioCounts()
    {
        var activities = ScenarioFigures.CampaignActivities;
        using var client = site.CreateSiteClient();
        var page = await client.GetDocumentAsync(Campaign);
        var href = page.QuerySelector("[data-testid=csv-activities-by-kind]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("raporti-i-periudhes-activities-by-kind-2023-10-01_2023-10-31.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default);
        Assert.Equal(["Lloji", "Aktivitete", "Të realizuara", "Persona të arritur"], reader.Headers);
        var rows = new Dictionary<string, (int Activities, int Completed, int People)>(StringComparer.Ordinal);
        var notes = new List<string>();
        while (reader.Read())
        {
            if (reader.GetString(1).Length == 0)
            {
                notes.Add(reader.GetString(0));
                continue;
            }

            rows[reader.GetString(0)] = (int.Parse(reader.GetString(1), CultureInfo.InvariantCulture), int.Parse(reader.GetString(2), CultureInfo.InvariantCulture), int.Parse(reader.GetString(3), CultureInfo.InvariantCulture));
        }

        // The last row is the total, then the note of what the table counts.
        Assert.Equal((activities.Count, ScenarioFigures.Completed(activities), ScenarioFigures.PeopleReached(activities)), rows["Gjithsej"]);
        Assert.Equal(["Numëron: vetëm aktivitetet publike."], notes);
        rows.Remove("Gjithsej");

        var expected = activities.GroupBy(a => a.Kind).ToDictionary(
            g => g.Key.Label().Albanian,
            g => (g.Count(), ScenarioFigures.Completed(g), ScenarioFigures.PeopleReached(g)),
            StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), rows.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task CampaignCsv_Coverage_KeepsDiacritics_AndSaysWhichMunicipalitiesWereNotReached()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync(Campaign + "&handler=Csv&table=municipality-coverage");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default);
        var notReached = new List<string>();
        var all = new List<string>();
        while (reader.Read())
        {
            all.Add(reader.GetString(0));
            if (reader.GetString(1) == "Jo")
            {
                notReached.Add(reader.GetString(0));
            }
        }

        Assert.Contains("Krujë", all);
        Assert.Equal(ScenarioFigures.NotReached(ScenarioFigures.CampaignActivities).Order(StringComparer.Ordinal), notReached.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Csv_InEnglish_HasEnglishHeaders()
    {
        using var client = site.CreateSiteClient();
        await client.SwitchCultureAsync("en");

        using var response = await client.GetAsync(Campaign + "&handler=Csv&table=activities-by-status");

        using var reader = CsvReader.Create(await response.Content.ReadAsByteArrayAsync(), CsvReaderOptions.Default);
        Assert.Equal(["Status", "Activities", "Completed", "People reached"], reader.Headers);
        Assert.True(reader.Read());
        Assert.Contains(reader.GetString(0), CodeList.All<ActivityStatus>().Select(s => s.Value.English));
    }

    [Theory]
    [InlineData("&handler=Csv")]
    [InlineData("&handler=Csv&table=no-such-table")]
    public async Task Csv_OfAnUnknownTable_IsNotFound(string query)
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync(Campaign + query);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Csv_OfAnImpossiblePeriod_IsABadRequest()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync("/Reports/Period?month=13-2023&handler=Csv&table=period-totals");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StatisticsCsv_ShowsTheMarkers_AndNamesTheStateOfEveryFigure()
    {
        var statistics = ScenarioFigures.Scenario.VictimStatistics2023;
        var decision = Domain.Statistics.Disclosure.DisclosureDecision.Decide(statistics);
        var views = Domain.Reports.VictimStatisticsReport.Views.Select(v => decision.View(v.Rows, v.Columns)).ToList();
        var index = views.FindIndex(t => t.Cells.SelectMany(x => x).Any(f => f.State != Domain.Statistics.SuppressionState.Shown));
        Assert.True(index >= 0, "The scenario's statistics should need suppression somewhere.");
        var published = views[index];
        using var client = site.CreateSiteClient();
        var page = await client.GetDocumentAsync("/Reports/Statistics?year=2023");
        var href = page.QuerySelector($"[data-testid^=csv-victims-{index + 1}-]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(href);

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default);
        var figureColumns = published.ColumnLabels.Count + 1;
        Assert.Equal(1 + (2 * figureColumns), reader.Headers.Count);
        Assert.All(reader.Headers.Skip(1 + figureColumns), h => Assert.EndsWith("– gjendja", h, StringComparison.Ordinal));
        var r = 0;
        while (reader.Read())
        {
            var figures = r < published.Cells.Count ? [.. published.Cells[r], published.RowTotals[r]] : published.ColumnTotals.Append(published.GrandTotal).ToList();
            for (var c = 0; c < figures.Count; c++)
            {
                Assert.Equal(figures[c].Display, reader.GetString(1 + c));
                Assert.Equal(figures[c].State.Label().Albanian, reader.GetString(1 + figureColumns + c));
            }

            r++;
        }

        Assert.Equal(published.Cells.Count + 1, r);
        Assert.Contains(published.Cells.SelectMany(x => x), f => f.State != Domain.Statistics.SuppressionState.Shown);
    }

    [Fact]
    public async Task StatisticsJson_EveryFigureHasAState_AndNoSuppressedFigureHasAValue()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync("/Reports/Statistics?year=2023&handler=Json");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var figures = json.RootElement.GetProperty("tables").EnumerateArray()
            .SelectMany(t => t.GetProperty("rows").EnumerateArray().SelectMany(row => row.EnumerateArray()))
            .Where(cell => cell.GetProperty("kind").GetString() == "figure")
            .ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.True(f.TryGetProperty("state", out _)));
        var suppressed = figures.Where(f => f.GetProperty("state").GetString() != "Shown").ToList();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, f => Assert.False(f.TryGetProperty("value", out _)));
        Assert.All(suppressed, f => Assert.True(f.GetProperty("state").GetString() is "Hidden" or "Withheld"));
        Assert.All(suppressed, f => Assert.Equal(f.GetProperty("state").GetString() == "Hidden" ? "x" : string.Empty, f.GetProperty("display").GetString()));
        Assert.Equal("2023", json.RootElement.GetProperty("about").GetProperty("year").GetString());
    }

    [Fact]
    public async Task CampaignJson_HasTheShape_TheDiacritics_AndTheScenarioTotals()
    {
        var activities = ScenarioFigures.CampaignActivities;
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync(Campaign + "&handler=Json");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Contains("Muaji i ndërgjegjësimit", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        Assert.Equal("period", root.GetProperty("report").GetString());
        Assert.Equal("2023-10-01", root.GetProperty("about").GetProperty("periodStart").GetString());
        Assert.Equal("Durrës", root.GetProperty("about").GetProperty("countyName").GetString());
        var totals = root.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "period-totals");
        var rows = totals.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(activities.Count, rows[0][1].GetProperty("value").GetInt32());
        Assert.Equal(ScenarioFigures.Completed(activities), rows[1][1].GetProperty("value").GetInt32());
        Assert.Equal(ScenarioFigures.PeopleReached(activities), rows[3][1].GetProperty("value").GetInt32());
        Assert.Equal("Përmbledhje e periudhës", totals.GetProperty("title").GetProperty("sq").GetString());
    }

    [Fact]
    public async Task CampaignJson_MatchesTheSnapshot()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync(Campaign + "&handler=Json");

        var json = await response.Content.ReadAsStringAsync();
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(json));
    }

    [Fact]
    public async Task EveryReportOffersJsonAndCsv_ForTheAdministrator()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);
        foreach (var path in new[] { Campaign, "/Reports/Coverage", "/Reports/Statistics?year=2023", "/Reports/Attendance", "/Reports/Commitments", "/Reports/National?year=2023", "/Reports/Rollup?year=2023" })
        {
            var page = await client.GetDocumentAsync(path);
            using var jsonResponse = await client.GetAsync(page.QuerySelector("[data-testid=report-json]")!.GetAttribute("href")!);
            using var json = JsonDocument.Parse(await jsonResponse.Content.ReadAsByteArrayAsync());
            var keys = json.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("key").GetString()).ToList();
            var links = page.QuerySelectorAll("[data-testid^=csv-]").ToList();
            Assert.Equal(keys.Count, links.Count);
            using var csv = await client.GetAsync(links[0].GetAttribute("href")!);
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        }
    }
}
