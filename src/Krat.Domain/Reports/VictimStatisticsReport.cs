using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using NodaTime;

namespace Krat.Domain.Reports;

/// <summary>One published view (rows × columns) of one victim statistics record, taken from the record's <see cref="DisclosureDecision"/>.</summary>
/// <param name="StatisticsId">The statistics table it comes from.</param>
/// <param name="County">The county the figures cover.</param>
/// <param name="Municipality">The one municipality covered, or <see langword="null"/> for the whole county.</param>
/// <param name="Period">The period of the figures.</param>
/// <param name="Source">Where the figures come from.</param>
/// <param name="Rows">The dimension of the rows.</param>
/// <param name="Columns">The dimension of the columns.</param>
/// <param name="Table">The published figures; every figure carries its suppression state.</param>
public sealed record PublishedStatistics(VictimStatisticsId StatisticsId, CountyCode County, string? Municipality, DateInterval Period, string? Source, StatisticsDimension Rows, StatisticsDimension Columns, PublishedTable Table)
{
    /// <summary>The statistics table it comes from.</summary>
    public VictimStatisticsId StatisticsId { get; } = StatisticsId;

    /// <summary>The county the figures cover.</summary>
    public CountyCode County { get; } = County;

    /// <summary>The one municipality covered, or <see langword="null"/> for the whole county.</summary>
    public string? Municipality { get; } = Municipality;

    /// <summary>The period of the figures.</summary>
    public DateInterval Period { get; } = Period;

    /// <summary>Where the figures come from.</summary>
    public string? Source { get; } = Source;

    /// <summary>The dimension of the rows.</summary>
    public StatisticsDimension Rows { get; } = Rows;

    /// <summary>The dimension of the columns.</summary>
    public StatisticsDimension Columns { get; } = Columns;

    /// <summary>The published figures; every figure carries its suppression state.</summary>
    public PublishedTable Table { get; } = Table;
}

/// <summary>
/// The published victim statistics of a committee for a year: every record whose period lies within the year,
/// in each of the <see cref="Views"/>, all taken from the record's one <see cref="DisclosureDecision"/> (so the views
/// of a record agree and cannot be combined into more). Only published figures leave the domain; the raw counts
/// never appear in a report.
/// </summary>
/// <param name="CommitteeId">The committee.</param>
/// <param name="Year">The year.</param>
/// <param name="Threshold">The suppression threshold used.</param>
/// <param name="Tables">The published views, by period, then table, then view.</param>
public sealed record VictimStatisticsReport(CommitteeId CommitteeId, int Year, int Threshold, IReadOnlyList<PublishedStatistics> Tables) : ITabularReport
{
    /// <summary>The views published for every table: sex × age group, form of exploitation × sex, status × age group.</summary>
    public static IReadOnlyList<(StatisticsDimension Rows, StatisticsDimension Columns)> Views { get; } =
    [
        (StatisticsDimension.Sex, StatisticsDimension.AgeGroup),
        (StatisticsDimension.ExploitationForm, StatisticsDimension.Sex),
        (StatisticsDimension.Status, StatisticsDimension.AgeGroup),
    ];

    /// <summary>The committee.</summary>
    public CommitteeId CommitteeId { get; } = CommitteeId;

    /// <summary>The year.</summary>
    public int Year { get; } = Year;

    /// <summary>The suppression threshold used.</summary>
    public int Threshold { get; } = Threshold;

    /// <summary>The published views, by period, then table, then view.</summary>
    public IReadOnlyList<PublishedStatistics> Tables { get; } = Tables;

    /// <summary>Publishes a committee's statistics for a year (a pure calculation).</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="year">The year.</param>
    /// <param name="statistics">Statistics tables; those of other committees or whose period is not within the year are left out.</param>
    /// <param name="threshold">Counts from 1 to <c>threshold − 1</c> are hidden.</param>
    /// <returns>The report.</returns>
    public static VictimStatisticsReport Of(CommitteeId committeeId, int year, IEnumerable<VictimStatistics> statistics, int threshold = DisclosureDecision.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var within = ReportMath.Year(year);
        var tables = statistics
            .Where(s => s.CommitteeId == committeeId && within.Contains(s.PeriodStart) && within.Contains(s.PeriodEnd))
            .OrderBy(s => s.PeriodStart).ThenBy(s => s.PeriodEnd).ThenBy(s => s.Id)
            .SelectMany(s =>
            {
                var decision = DisclosureDecision.Decide(s, threshold);
                return Views.Select(v => new PublishedStatistics(
                    s.Id, s.County, s.MunicipalityName, new DateInterval(s.PeriodStart, s.PeriodEnd), s.Source, v.Rows, v.Columns, decision.View(v.Rows, v.Columns)));
            })
            .ToList();
        return new VictimStatisticsReport(committeeId, year, threshold, tables);
    }

    /// <inheritdoc />
    public IReadOnlyList<ReportTable> ToTables() =>
        [.. Tables.Select((t, i) => PublishedTables.ToReportTable(
            FormattableString.Invariant($"victims-{i + 1}-{t.Rows.ToString().ToUpperInvariant()}-{t.Columns.ToString().ToUpperInvariant()}").ToLowerInvariantKey(),
            new Label(
                FormattableString.Invariant($"Viktima: {t.Rows.Label().Albanian} × {t.Columns.Label().Albanian}, {t.Municipality ?? Albania.County(t.County).Name}, {t.Period.Start:uuuu-MM-dd}…{t.Period.End:uuuu-MM-dd}"),
                FormattableString.Invariant($"Victims: {t.Rows.Label().English} × {t.Columns.Label().English}, {t.Municipality ?? Albania.County(t.County).Name}, {t.Period.Start:uuuu-MM-dd}…{t.Period.End:uuuu-MM-dd}")),
            t.Rows.Label(),
            t.Table))];
}

/// <summary>Renders published (suppressed) tables as report tables.</summary>
internal static class PublishedTables
{
    /// <summary>A report table with a heading column, one column per published column and a total column, and a total row.</summary>
    public static ReportTable ToReportTable(string key, Label title, Label rowHeading, PublishedTable table) =>
        new(
            key,
            table.IsWithheld ? new Label(title.Albanian + " — pa ndarje: shumë pak", title.English + " — not broken down: too few") : title,
            [rowHeading, .. table.ColumnLabels, new Label("Gjithsej", "Total")],
            [
                .. table.RowLabels.Select((label, i) => (IReadOnlyList<ReportCell>)[ReportCell.Of(label), .. table.Cells[i].Select(ReportCell.Figure), ReportCell.Figure(table.RowTotals[i])]),
                [ReportCell.Of(new Label("Gjithsej", "Total")), .. table.ColumnTotals.Select(ReportCell.Figure), ReportCell.Figure(table.GrandTotal)],
            ]);

    /// <summary>A key in lower case (keys are ASCII, so the invariant culture is exact).</summary>
    public static string ToLowerInvariantKey(this string key) =>
        string.Concat(key.Select(char.ToLowerInvariant));
}
