using System.Globalization;
using Krat.Domain.Common;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Microsoft.AspNetCore.Mvc;

namespace Krat.Web.Exports;

/// <summary>
/// A report table as CSV rows, through <see cref="CsvTable"/>: headers and labels in the reader's language, every
/// cell as the report shows it (published figures as their display text "12", "&lt;5", "x"). A table that holds
/// published figures gets one more column per figure column, "&lt;column&gt; – gjendja/state", naming the
/// suppression state of each figure, so a reader of the file knows "&lt;5" and "x" are hidden values, not data.
/// A suppressed figure's value never reaches the file.
/// </summary>
public static class ReportExport
{
    /// <summary>The CSV headers of a table in the given culture (the current UI culture when null).</summary>
    public static IReadOnlyList<string> CsvHeaders(ReportTable table, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var figures = FigureColumns(table);
        var state = StateHeading(culture);
        return [.. table.Columns.Select(c => c.In(culture)), .. figures.Select(i => $"{table.Columns[i].In(culture)} – {state}")];
    }

    /// <summary>
    /// The CSV rows of a table, one per report row, in the same column order as <see cref="CsvHeaders"/>, then one
    /// row per note of the table (what it counts, how its rows reconcile): the note in the first column, the
    /// others empty, so a file read on its own still says what it holds.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string?>> CsvRows(ReportTable table, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var figures = FigureColumns(table);
        var width = table.Columns.Count + figures.Count;
        return table.Rows.Select(row => (IReadOnlyList<string?>)
        [
            .. row.Select(cell => cell.Text.In(culture)),
            .. figures.Select(i => row[i].Kind == ReportCellKind.Figure ? row[i].State.Label().In(culture) : null),
        ]).Concat(table.Notes.Select(note => (IReadOnlyList<string?>)[note.In(culture), .. Enumerable.Repeat<string?>(null, width - 1)]));
    }

    /// <summary>The table as a CSV file (UTF-8 with BOM).</summary>
    public static byte[] Csv(ReportTable table, CultureInfo? culture = null, char separator = ',') => CsvTable.Write(CsvHeaders(table, culture), CsvRows(table, culture), separator);

    /// <summary>The table as a CSV download named <paramref name="fileName"/>.</summary>
    public static FileContentResult CsvDownload(string fileName, ReportTable table, CultureInfo? culture = null, char separator = ',') =>
        CsvTable.Download(fileName, CsvHeaders(table, culture), CsvRows(table, culture), separator);

    /// <summary>The indexes of the columns that hold at least one published figure.</summary>
    public static IReadOnlyList<int> FigureColumns(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. Enumerable.Range(0, table.Columns.Count).Where(i => table.Rows.Any(r => r[i].Kind == ReportCellKind.Figure))];
    }

    private static string StateHeading(CultureInfo? culture) =>
        new Label("gjendja", "state").In(culture);

    /// <summary>The short legend of the published markers, in the given culture.</summary>
    public static IReadOnlyList<(string Marker, string Meaning)> Legend(int threshold, CultureInfo? culture = null) =>
    [
        (PublishedFigure.HiddenSymbol, SuppressionState.Hidden.Label().In(culture) + " (1–" + (threshold - 1).ToString(CultureInfo.InvariantCulture) + ")"),
        (new Label("(bosh)", "(empty)").In(culture), SuppressionState.Withheld.Label().In(culture)),
    ];
}
