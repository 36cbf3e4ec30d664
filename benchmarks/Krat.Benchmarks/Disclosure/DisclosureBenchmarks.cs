using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using NodaTime;

namespace Krat.Benchmarks.Disclosure;

/// <summary>
/// Disclosure control of the finest tables of 12 counties × 20 years (240 records, counts from almost empty to
/// large): the one <see cref="DisclosureDecision"/> per record against the old per-view suppression (baseline, same
/// run), and the work of the statistics report (every county, every year) and the national roll-up (every year).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DisclosureBenchmarks
{
    private static readonly (StatisticsDimension Rows, StatisticsDimension Columns)[] OldViews =
    [
        (StatisticsDimension.Sex, StatisticsDimension.AgeGroup),
        (StatisticsDimension.ExploitationForm, StatisticsDimension.Sex),
        (StatisticsDimension.Status, StatisticsDimension.AgeGroup),
    ];

    private List<VictimStatistics> _records = null!;
    private List<CommitteeId> _committees = null!;

    public static List<VictimStatistics> Records(out List<CommitteeId> committees)
    {
        var random = new Random(20231031);
        var records = new List<VictimStatistics>();
        committees = [];
        foreach (var county in Albania.Counties)
        {
            var committee = CommitteeId.New();
            committees.Add(committee);
            for (var year = 2004; year < 2024; year++)
            {
                var record = VictimStatistics.Open(committee, county.Code, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
                var (zero, small) = random.Next(0, 4) switch { 0 => (0.9, 1.0), 1 => (0.7, 0.6), 2 => (0.5, 0.3), _ => (0.3, 0.2) };
                foreach (var cell in FinestCell.All)
                {
                    var count = random.NextDouble() < zero ? 0 : random.NextDouble() < small ? random.Next(1, 5) : random.Next(5, 40);
                    record.Record(cell.Sex, cell.AgeGroup, cell.Status, cell.Form, count);
                }

                records.Add(record);
            }
        }

        return records;
    }

    [GlobalSetup]
    public void Setup() => _records = Records(out _committees);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Decide")]
    public int Decide_PerViewSuppression_Old()
    {
        // What the old code did per record: every view it published (three in the report, form × sex on the page),
        // each suppressed on its own.
        var hidden = 0;
        foreach (var record in _records)
        {
            foreach (var (rows, columns) in OldViews)
            {
                hidden += Count(LegacySmallCountSuppression.Apply(Cells(record, rows, columns)));
            }
        }

        return hidden;
    }

    [Benchmark]
    [BenchmarkCategory("Decide")]
    public int Decide_OneDecisionPerRecord_EveryView()
    {
        // One decision per record, then every view the library can publish: total, four margins, six two-way views.
        var hidden = 0;
        var dimensions = FinestCell.Dimensions;
        foreach (var record in _records)
        {
            var decision = DisclosureDecision.Decide(record);
            for (var a = 0; a < dimensions.Count; a++)
            {
                for (var b = a + 1; b < dimensions.Count; b++)
                {
                    hidden += Count(decision.View(dimensions[a], dimensions[b]));
                }
            }
        }

        return hidden;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Reports")]
    public int Reports_Old()
    {
        // The old report pages' work: three suppressed views per record for each county's year, and the roll-up's
        // county × sex table suppressed on its own, every year.
        var figures = 0;
        foreach (var record in _records)
        {
            foreach (var (rows, columns) in OldViews)
            {
                figures += Count(LegacySmallCountSuppression.Apply(Cells(record, rows, columns)));
            }
        }

        foreach (var year in _records.Select(r => r.Period.Start.Year).Distinct())
        {
            var ofYear = _records.Where(r => r.Period.Start.Year == year).ToList();
            IReadOnlyList<IReadOnlyList<int>> cells = [.. Albania.Counties.Select(c => (IReadOnlyList<int>)[.. Enum.GetValues<Sex>().Select(s => ofYear.Where(r => r.County == c.Code).Sum(r => r.Counts.Where(x => x.Sex == s).Sum(x => x.Count)))])];
            figures += Count(LegacySmallCountSuppression.Apply(cells));
        }

        return figures;
    }

    [Benchmark]
    [BenchmarkCategory("Reports")]
    public int Reports_StatisticsAndRollup_FromTheDecisions()
    {
        var figures = 0;
        foreach (var year in _records.Select(r => r.Period.Start.Year).Distinct())
        {
            foreach (var committee in _committees)
            {
                figures += VictimStatisticsReport.Of(committee, year, _records).ToTables().Sum(t => t.Rows.Count);
            }

            var rollup = NationalRollup.Build(
                ReportMath.Year(year), new LocalDate(year, 12, 31), ReportAudience.Public, [],
                _records.Where(r => r.Period.Start.Year == year).Select(r => new CountyVictims(r.County, DisclosureDecision.Decide(r))));
            figures += Count(rollup.Victims);
        }

        return figures;
    }

    private static int Count(PublishedTable table) =>
        table.Cells.Sum(r => r.Count(f => f.IsSuppressed)) + table.RowTotals.Count(f => f.IsSuppressed) + table.ColumnTotals.Count(f => f.IsSuppressed) + (table.GrandTotal.IsSuppressed ? 1 : 0);

    private static int[][] Cells(VictimStatistics record, StatisticsDimension rows, StatisticsDimension columns)
    {
        var values = Enumerable.Range(0, FinestCell.Levels(rows)).Select(_ => new int[FinestCell.Levels(columns)]).ToArray();
        foreach (var count in record.Counts)
        {
            var cell = new FinestCell(count.Sex, count.AgeGroup, count.Status, count.Form);
            values[cell.CodeOf(rows) - 1][cell.CodeOf(columns) - 1] += count.Count;
        }

        return values;
    }
}
