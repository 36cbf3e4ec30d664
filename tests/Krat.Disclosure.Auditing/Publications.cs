using System.Globalization;
using Krat.Domain.Geography;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using NodaTime;

namespace Krat.Disclosure.Auditing;

/// <summary>Feeds what Krat publishes (only the printed text of each figure) to a <see cref="DisclosureAuditor"/>.</summary>
public static class Publications
{
    /// <summary>The key of a record as the public can name it: its place and period (records never overlap).</summary>
    public static string RecordKey(string place, LocalDate start, LocalDate end) =>
        string.Create(CultureInfo.InvariantCulture, $"{place} {start:uuuu-MM-dd}…{end:uuuu-MM-dd}");

    /// <summary>The key of a record.</summary>
    public static string RecordKey(VictimStatistics record) =>
        RecordKey(record.Municipality?.Name ?? Albania.County(record.County).Name, record.Period.Start, record.Period.End);

    /// <summary>The true finest counts of a record (for the auditor's checks only, never published).</summary>
    public static int[] Finest(VictimStatistics record)
    {
        var cells = new int[FinestCell.Count];
        foreach (var count in record.Counts)
        {
            cells[new FinestCell(count.Sex, count.AgeGroup, count.Status, count.Form).Index] += count.Count;
        }

        return cells;
    }

    /// <summary>
    /// The municipality records that overlap their county's county-wide record (the statistics life cycle refuses
    /// them; demo data generated before that rule still has some, and tests leave them out).
    /// </summary>
    public static List<VictimStatistics> Overlapping(IReadOnlyCollection<VictimStatistics> records) =>
        [.. records.Where(m => m.Municipality is not null && records.Any(c => c.Municipality is null && c.County == m.County && c.Period.Start <= m.Period.End && m.Period.Start <= c.Period.End))];

    /// <summary>Adds the records the attacker knows of (their places and periods are public).</summary>
    public static void AddRecords(this DisclosureAuditor auditor, IEnumerable<VictimStatistics> records)
    {
        foreach (var record in records)
        {
            auditor.AddRecord(RecordKey(record), Finest(record));
        }
    }

    /// <summary>A two-way table of one record as published, every figure by its printed text.</summary>
    public static void AddTable(this DisclosureAuditor auditor, string record, StatisticsDimension rows, StatisticsDimension columns, PublishedTable table)
    {
        for (var i = 0; i < table.RowKeys.Count; i++)
        {
            for (var j = 0; j < table.ColumnKeys.Count; j++)
            {
                auditor.Publish(record, Slice.Of(rows, i + 1, columns, j + 1), table.Cells[i][j].Display);
            }

            auditor.Publish(record, Slice.Of(rows, i + 1), table.RowTotals[i].Display);
        }

        for (var j = 0; j < table.ColumnKeys.Count; j++)
        {
            auditor.Publish(record, Slice.Of(columns, j + 1), table.ColumnTotals[j].Display);
        }

        auditor.Publish(record, Slice.All, table.GrandTotal.Display);
    }

    /// <summary>
    /// A two-way table of one record as a client downloads it: one row per code of <paramref name="rows"/> then the
    /// total row, each with one text per code of <paramref name="columns"/> then the row's total.
    /// </summary>
    public static void AddGrid(this DisclosureAuditor auditor, string record, StatisticsDimension rows, StatisticsDimension columns, IReadOnlyList<IReadOnlyList<string>> texts)
    {
        var (r, c) = (FinestCell.Levels(rows), FinestCell.Levels(columns));
        if (texts.Count != r + 1 || texts.Any(t => t.Count != c + 1))
        {
            throw new ArgumentException($"a {rows} × {columns} table has {r + 1} rows of {c + 1} figures", nameof(texts));
        }

        for (var i = 0; i <= r; i++)
        {
            for (var j = 0; j <= c; j++)
            {
                var fixedCodes = new Dictionary<StatisticsDimension, int>();
                if (i < r)
                {
                    fixedCodes[rows] = i + 1;
                }

                if (j < c)
                {
                    fixedCodes[columns] = j + 1;
                }

                auditor.Publish(record, new Slice(fixedCodes), texts[i][j]);
            }
        }
    }

    /// <summary>Everything the library can publish of one record from its decision: the total, the four margins and the six two-way views.</summary>
    public static void AddDecision(this DisclosureAuditor auditor, string record, DisclosureDecision decision)
    {
        auditor.Publish(record, Slice.All, decision.Total.Display);
        foreach (var dimension in FinestCell.Dimensions)
        {
            var margin = decision.Margin(dimension);
            for (var k = 0; k < margin.Count; k++)
            {
                auditor.Publish(record, Slice.Of(dimension, k + 1), margin[k].Display);
            }
        }

        var dimensions = FinestCell.Dimensions;
        for (var a = 0; a < dimensions.Count; a++)
        {
            for (var b = a + 1; b < dimensions.Count; b++)
            {
                auditor.AddTable(record, dimensions[a], dimensions[b], decision.View(dimensions[a], dimensions[b]));
            }
        }
    }

    /// <summary>A committee's published statistics report.</summary>
    public static void AddReport(this DisclosureAuditor auditor, VictimStatisticsReport report)
    {
        foreach (var table in report.Tables)
        {
            var key = RecordKey(table.Municipality ?? Albania.County(table.County).Name, table.Period.Start, table.Period.End);
            auditor.AddTable(key, table.Rows, table.Columns, table.Table);
        }
    }

    /// <summary>The national roll-up's victims by county and sex: each figure is the sum over the county's county-wide records of the period.</summary>
    public static void AddRollup(this DisclosureAuditor auditor, NationalRollup rollup, IReadOnlyCollection<VictimStatistics> records)
    {
        var inPeriod = records.Where(r => r.Municipality is null && rollup.Period.Contains(r.Period.Start) && rollup.Period.Contains(r.Period.End)).ToList();
        var table = rollup.Victims;
        List<(string, Slice)> Parts(IEnumerable<VictimStatistics> of, Slice slice) => [.. of.Select(r => (RecordKey(r), slice))];
        for (var i = 0; i < table.RowKeys.Count; i++)
        {
            var county = inPeriod.Where(r => r.County.Value == table.RowKeys[i]).ToList();
            for (var j = 0; j < table.ColumnKeys.Count; j++)
            {
                PublishSumOrZero(auditor, Parts(county, Slice.Of(StatisticsDimension.Sex, j + 1)), table.Cells[i][j].Display);
            }

            PublishSumOrZero(auditor, Parts(county, Slice.All), table.RowTotals[i].Display);
        }

        for (var j = 0; j < table.ColumnKeys.Count; j++)
        {
            PublishSumOrZero(auditor, Parts(inPeriod, Slice.Of(StatisticsDimension.Sex, j + 1)), table.ColumnTotals[j].Display);
        }

        PublishSumOrZero(auditor, Parts(inPeriod, Slice.All), table.GrandTotal.Display);
    }

    private static void PublishSumOrZero(DisclosureAuditor auditor, List<(string, Slice)> parts, string text)
    {
        if (parts.Count == 0)
        {
            if (text != "0")
            {
                throw new InvalidOperationException($"a figure over no record printed {text}");
            }

            return;
        }

        auditor.PublishSum(parts, text);
    }
}
