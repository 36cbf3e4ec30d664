using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;

namespace Krat.Web.Pages.Statistics;

/// <summary>
/// The layout shared by the statistics pages: the entry grid (rows: form of exploitation × status; columns:
/// sex × age group, one cell per combination of the four dimensions) and the one published cross-tabulation
/// (form of exploitation × sex), taken like every other view of the record from its one
/// <see cref="DisclosureDecision"/>, so the reports' views of the same record cannot be combined with it.
/// </summary>
public static class StatisticsGrid
{
    /// <summary>The rows of the published table.</summary>
    public const StatisticsDimension PublishedRows = StatisticsDimension.ExploitationForm;

    /// <summary>The columns of the published table.</summary>
    public const StatisticsDimension PublishedColumns = StatisticsDimension.Sex;

    /// <summary>The entry rows, in order.</summary>
    public static IReadOnlyList<(ExploitationForm Form, VictimStatus Status)> Rows { get; } =
        [.. CodeList.All<ExploitationForm>().SelectMany(f => CodeList.All<VictimStatus>().Select(s => (f.Key, s.Key)))];

    /// <summary>The entry columns, in order.</summary>
    public static IReadOnlyList<(Sex Sex, AgeGroup Age)> Columns { get; } =
        [.. CodeList.All<Sex>().SelectMany(x => CodeList.All<AgeGroup>().Select(a => (x.Key, a.Key)))];

    /// <summary>How many cells the entry form has.</summary>
    public static int CellCount => Rows.Count * Columns.Count;

    /// <summary>The index of a cell of the entry form (row-major).</summary>
    public static int Index(int row, int column) => (row * Columns.Count) + column;

    /// <summary>The published view of a record, from the record's one disclosure decision.</summary>
    public static PublishedTable Publish(VictimStatistics table) => Decide(table).View(PublishedRows, PublishedColumns);

    /// <summary>The record's one disclosure decision (every view, report and export of it uses the same).</summary>
    public static DisclosureDecision Decide(VictimStatistics table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return DisclosureDecision.Decide(table);
    }

    /// <summary>Where a record's counts are from: the municipality, or the county.</summary>
    public static string Place(VictimStatistics table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Municipality ?? Albania.County(table.County).Name;
    }
}
