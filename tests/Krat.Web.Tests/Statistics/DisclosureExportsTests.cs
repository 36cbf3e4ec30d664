using System.Text.Json;
using CsvHelper;
using Krat.Disclosure.Auditing;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using Krat.Infrastructure.Repositories;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Web.Tests.Statistics;

/// <summary>
/// The attacker as a client of the demo site with its twelve counties: downloads what anyone can (the statistics
/// report of every county as JSON and as CSV) and the national roll-up (for administrators, treated as published),
/// parses the files and feeds every figure to the CP-SAT auditor.
/// </summary>
/// <summary>The demo site with its generated history seen on 31.01.2024, once the 2023 statistics are published (15.01.2024).</summary>
public sealed class PublishedStatisticsSite : KratWebFactory
{
    public PublishedStatisticsSite()
    {
        DemoHistory = true;
        Clock.Reset(NodaTime.Instant.FromUtc(2024, 1, 31, 9, 0));
    }
}

public sealed class DisclosureExportsTests(PublishedStatisticsSite site) : IClassFixture<PublishedStatisticsSite>
{
    [Fact]
    public async Task EverythingDownloaded_FromTheStatisticsReportsAndTheRollup_PassesTheAuditor()
    {
        var records = (await RecordsAsync()).Where(r => r.IsPublished).ToList();
        var auditor = new DisclosureAuditor(DisclosureDecision.DefaultThreshold);
        auditor.AddRecords(records);
        using var anonymous = site.CreateSiteClient();
        var tables = 0;
        foreach (var (county, year) in records.Select(r => (r.County, r.Period.Start.Year)).Distinct())
        {
            var query = $"/Reports/Statistics?year={year}&qark={county.Value}";
            using var json = JsonDocument.Parse(await anonymous.GetByteArrayAsync(query + "&handler=Json"));
            foreach (var table in json.RootElement.GetProperty("tables").EnumerateArray())
            {
                var (record, rows, columns) = Describe(table);
                var texts = Texts(table);
                auditor.AddGrid(record, rows, columns, texts);

                // The same table as CSV: the same texts, figure by figure.
                var key = table.GetProperty("key").GetString()!;
                var csv = await anonymous.GetByteArrayAsync($"{query}&handler=Csv&table={key}");
                using var reader = CsvReader.Create(csv, CsvReaderOptions.Default);
                var fromCsv = new List<IReadOnlyList<string>>();
                while (reader.Read())
                {
                    fromCsv.Add([.. Enumerable.Range(1, texts[0].Count).Select(reader.GetString)]);
                }

                Assert.Equal(texts, fromCsv);
                auditor.AddGrid(record, rows, columns, fromCsv);
                tables++;
            }
        }

        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);
        foreach (var year in records.Select(r => r.Period.Start.Year).Distinct())
        {
            using var json = JsonDocument.Parse(await admin.GetByteArrayAsync($"/Reports/Rollup?year={year}&handler=Json"));
            var victims = json.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "national-victims-by-county-and-sex");
            var texts = Texts(victims);
            var countyWide = records.Where(r => r.IsPublished && r.Municipality is null && r.Period.Start.Year == year && r.Period.End.Year == year).ToList();
            var counties = Albania.Counties.Select(c => c.Code).ToList();
            for (var i = 0; i <= counties.Count; i++)
            {
                var of = i < counties.Count ? countyWide.Where(r => r.County == counties[i]).ToList() : countyWide;
                for (var j = 0; j <= 2; j++)
                {
                    var slice = j < 2 ? Slice.Of(StatisticsDimension.Sex, j + 1) : Slice.All;
                    if (of.Count == 0)
                    {
                        // A county without a record of the year reads "no data", never a 0 it did not report.
                        Assert.Equal(i < counties.Count ? "pa të dhëna" : "0", texts[i][j]);
                        continue;
                    }

                    auditor.PublishSum([.. of.Select(r => (Publications.RecordKey(r), slice))], texts[i][j]);
                }
            }
        }

        Assert.True(tables >= 12 * 3, $"{tables} tables downloaded");
        Assert.Equal(12, records.Select(r => r.County).Distinct().Count());
        Assert.Empty(auditor.Audit());
    }

    // Every record of the site. Records never overlap (the statistics life cycle refuses a municipality's record
    // beside its county's for the same period); the demo generator of this branch still makes some, removed here.
    private async Task<List<VictimStatistics>> RecordsAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<VictimStatistics>>();
        var all = await repository.ListAsync();
        var overlapping = Publications.Overlapping(all);
        foreach (var record in overlapping)
        {
            await repository.DeleteAsync(record);
        }

        await repository.SaveChangesAsync();

        return [.. all.Except(overlapping)];
    }

    // The record and the two dimensions of a downloaded table, from its key ("victims-2-exploitationform-sex")
    // and its title ("Victims: … × …, Durrës, 2023-01-01…2023-12-31").
    private static (string Record, StatisticsDimension Rows, StatisticsDimension Columns) Describe(JsonElement table)
    {
        var key = table.GetProperty("key").GetString()!.Split('-');
        StatisticsDimension Dimension(string name) => Enum.GetValues<StatisticsDimension>().Single(d => d.ToString().Equals(name, StringComparison.OrdinalIgnoreCase));
        var title = table.GetProperty("title").GetProperty("en").GetString()!.Split(" — ")[0].Split(", ");
        var period = title[^1].Split('…');
        return (
            Publications.RecordKey(title[^2], ParseDay(period[0]), ParseDay(period[1])),
            Dimension(key[2]),
            Dimension(key[3]));
    }

    private static NodaTime.LocalDate ParseDay(string text) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    // The printed text of every figure (or of a "no data" text cell): each row after its heading cell.
    private static List<IReadOnlyList<string>> Texts(JsonElement table) =>
        [.. table.GetProperty("rows").EnumerateArray().Select(row => (IReadOnlyList<string>)[.. row.EnumerateArray().Skip(1).Select(cell => (cell.TryGetProperty("display", out var display) ? display : cell.GetProperty("text").GetProperty("sq")).GetString()!)])];
}
