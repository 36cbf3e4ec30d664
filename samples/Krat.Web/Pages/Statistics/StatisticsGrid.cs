using System.Globalization;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime;

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
        return table.Municipality?.Name ?? Albania.County(table.County).Name;
    }

    /// <summary>The words for a cell of the grid, e.g. "Female, child, potential victim, sexual exploitation".</summary>
    public static string CellName(int index)
    {
        var (form, status) = Rows[index / Columns.Count];
        var (sex, age) = Columns[index % Columns.Count];
        return string.Join(", ", CodeList.LabelOf(sex).In(), CodeList.LabelOf(age).In(), CodeList.LabelOf(status).In(), CodeList.LabelOf(form).In());
    }

    /// <summary>The grid's texts for a record's current counts (or blanks for none), in entry order.</summary>
    public static List<string?> Texts(VictimStatistics? table) =>
        [.. Enumerable.Range(0, CellCount).Select(i => table is null ? string.Empty : CountOf(table, i).ToString(CultureInfo.InvariantCulture))];

    /// <summary>
    /// Reads the grid's texts (blank is 0) as the cells of a table; adds a field error for each text that is not a
    /// whole number from 0 to <see cref="VictimStatistics.MaxCount"/>.
    /// </summary>
    public static List<CellCount> ParseCells(IReadOnlyList<string?> texts, ModelStateDictionary modelState, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        var cells = new List<CellCount>();
        for (var i = 0; i < CellCount; i++)
        {
            var text = i < texts.Count ? texts[i]?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= VictimStatistics.MaxCount)
            {
                var (form, status) = Rows[i / Columns.Count];
                var (sex, age) = Columns[i % Columns.Count];
                cells.Add(new CellCount(sex, age, status, form, count));
            }
            else
            {
                modelState.AddModelError($"Input.Counts[{i}]", localizer["Validation.Count", CellName(i), VictimStatistics.MaxCount]);
            }
        }

        return cells;
    }

    /// <summary>A moment as people in Albania read it: "31.10.2023 09:00" in Europe/Tirane.</summary>
    public static string Moment(Instant at) =>
        Localization.Formats.Moment(at);

    private static int CountOf(VictimStatistics table, int index)
    {
        var (form, status) = Rows[index / Columns.Count];
        var (sex, age) = Columns[index % Columns.Count];
        return table.CountOf(sex, age, status, form);
    }
}

/// <summary>The counts of the entry grid as a form posts them: one text per cell, row-major; blank means 0.</summary>
public class StatisticsCountsInput
{
    /// <summary>One entry per cell of <see cref="StatisticsGrid"/>, row-major; blank means 0.</summary>
    public List<string?> Counts { get; set; } = [];

    /// <summary>The record's <see cref="Domain.Common.IAggregateRoot.Version"/> the form was built from; required to change an existing record.</summary>
    public int? Version { get; set; }
}
