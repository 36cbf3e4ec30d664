using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;

namespace Krat.Web.Pages.Statistics;

/// <summary>
/// The layout shared by the statistics pages: the entry grid (rows: form of exploitation × status; columns:
/// sex × age group, one cell per combination of the four dimensions) and the one published cross-tabulation
/// (form of exploitation × sex). One published table per record keeps suppressed cells from being recovered by
/// combining several tables that share totals.
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

    /// <summary>The published view of a record.</summary>
    public static PublishedTable Publish(VictimStatistics table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Publish(PublishedRows, PublishedColumns);
    }

    /// <summary>Where a record's counts are from: the municipality, or the county.</summary>
    public static string Place(VictimStatistics table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Municipality ?? Albania.County(table.County).Name;
    }
}
