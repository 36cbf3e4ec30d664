using Krat.Disclosure.Auditing;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using NodaTime;

namespace Krat.Domain.Tests.Statistics.Disclosure;

/// <summary>
/// A random world of victim statistics: several counties, each with its committee, over several years, each year
/// one county-wide record or a few that split it (records never overlap), counts from empty to large. Everything
/// Krat publishes of it goes to a <see cref="DisclosureAuditor"/>: every view of every record's decision, every
/// committee's yearly report and the national roll-up of every year.
/// </summary>
public sealed class DisclosureWorld
{
    private DisclosureWorld(int threshold, List<VictimStatistics> records)
    {
        Threshold = threshold;
        Records = records;
    }

    public int Threshold { get; }

    public IReadOnlyList<VictimStatistics> Records { get; }

    public static DisclosureWorld Build(int seed, int threshold)
    {
        var random = new Random(seed);
        var counties = Albania.Counties.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).ToList();
        var firstYear = 2020 + random.Next(0, 3);
        var years = random.Next(2, 4);
        var records = new List<VictimStatistics>();
        foreach (var county in counties)
        {
            var committee = CommitteeId.New();
            for (var year = firstYear; year < firstYear + years; year++)
            {
                // One record for the year, or the year split into two, three or four periods that do not overlap.
                var parts = random.Next(0, 3) == 0 ? random.Next(2, 5) : 1;
                var starts = Enumerable.Range(0, parts).Select(p => new LocalDate(year, 1 + (p * 12 / parts), 1)).ToList();
                for (var p = 0; p < parts; p++)
                {
                    var end = p + 1 < parts ? starts[p + 1].PlusDays(-1) : new LocalDate(year, 12, 31);
                    var record = VictimStatistics.Open(committee, county.Code, new DateInterval(starts[p], end));
                    var cells = Cells(random, threshold);
                    foreach (var cell in FinestCell.All.Where(c => cells[c.Index] > 0))
                    {
                        record.Record(cell.Sex, cell.AgeGroup, cell.Status, cell.Form, cells[cell.Index]);
                    }

                    records.Add(record);
                }
            }
        }

        return new DisclosureWorld(threshold, records);
    }

    /// <summary>Everything Krat publishes of the world, fed to a fresh auditor.</summary>
    public DisclosureAuditor Publish()
    {
        var auditor = new DisclosureAuditor(Threshold);
        auditor.AddRecords(Records);
        foreach (var record in Records)
        {
            auditor.AddDecision(Publications.RecordKey(record), DisclosureDecision.Decide(record, Threshold));
        }

        foreach (var year in Records.Select(r => r.PeriodStart.Year).Distinct())
        {
            foreach (var committee in Records.Select(r => r.CommitteeId).Distinct())
            {
                auditor.AddReport(VictimStatisticsReport.Of(committee, year, Records, Threshold));
            }

            var countyWide = Records.Where(r => r.PeriodStart.Year == year).ToList();
            var rollup = NationalRollup.Build(
                ReportMath.Year(year),
                new LocalDate(year, 12, 31),
                ReportAudience.Public,
                [],
                countyWide.Select(r => new CountyVictims(r.County, DisclosureDecision.Decide(r, Threshold))),
                Threshold);
            auditor.AddRollup(rollup, Records.ToList());
        }

        return auditor;
    }

    private static int[] Cells(Random random, int threshold)
    {
        // Profiles from almost empty to large, so that small totals, small margins and full tables all occur.
        var profile = random.Next(0, 5);
        var (zero, small) = profile switch
        {
            0 => (0.92, 1.0),
            1 => (0.75, 0.9),
            2 => (0.6, 0.3),
            3 => (0.4, 0.3),
            _ => (0.2, 0.15),
        };
        var cells = new int[FinestCell.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var draw = random.NextDouble();
            cells[i] = draw < zero ? 0
                : random.NextDouble() < small ? random.Next(1, Math.Max(2, threshold))
                : random.Next(threshold, threshold * (profile + 2));
        }

        return cells;
    }
}
