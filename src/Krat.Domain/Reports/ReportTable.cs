using System.Globalization;
using Krat.Domain.Common;
using Krat.Domain.Statistics;
using NodaTime;

namespace Krat.Domain.Reports;

/// <summary>What a <see cref="ReportCell"/> holds. A code list.</summary>
public enum ReportCellKind
{
    /// <summary>Text (a name, a code-list label, a date), in Albanian and English.</summary>
    [Label("Tekst", "Text")]
    Text = 1,

    /// <summary>A number (a count, an amount, a percentage) that is always shown.</summary>
    [Label("Numër", "Number")]
    Number = 2,

    /// <summary>A published count that may be hidden by small-count suppression.</summary>
    [Label("Shifër e publikuar", "Published figure")]
    Figure = 3,
}

/// <summary>
/// One cell of a <see cref="ReportTable"/>: its kind, the text to print in each language, the number behind it
/// (when it has one and it may be shown) and its suppression state. Equality is by value.
/// </summary>
public sealed record ReportCell
{
    private ReportCell(ReportCellKind kind, Label text, decimal? value, SuppressionState state)
    {
        Kind = kind;
        Text = text;
        Value = value;
        State = state;
    }

    /// <summary>An empty text cell.</summary>
    public static ReportCell Empty { get; } = new(ReportCellKind.Text, new Label(string.Empty, string.Empty), null, SuppressionState.Shown);

    /// <summary>
    /// A text cell that says there is no record to count ("pa të dhëna", "no data"): a county without a committee or
    /// without a statistics record of the period, which is not the same as a count of 0.
    /// </summary>
    public static ReportCell NoData { get; } = new(ReportCellKind.Text, new Label("pa të dhëna", "no data"), null, SuppressionState.Shown);

    /// <summary>What the cell holds.</summary>
    public ReportCellKind Kind { get; }

    /// <summary>The text to print, in Albanian and English (numbers use invariant digits, "&lt;5" or "x" when suppressed).</summary>
    public Label Text { get; }

    /// <summary>The number, for number cells and shown figures; <see langword="null"/> for text, an unknown number or a suppressed figure.</summary>
    public decimal? Value { get; }

    /// <summary>Whether the cell is hidden by small-count suppression, and why; <see cref="SuppressionState.Shown"/> for every cell that is not a figure.</summary>
    public SuppressionState State { get; }

    /// <summary>Whether the figure is hidden.</summary>
    public bool IsSuppressed => State != SuppressionState.Shown;

    /// <summary>A text cell with the same text in both languages (a name, a code).</summary>
    /// <param name="text">The text; <see langword="null"/> gives an empty cell.</param>
    /// <returns>The cell.</returns>
    public static ReportCell Of(string? text) => text is null ? Empty : new(ReportCellKind.Text, new Label(text, text), null, SuppressionState.Shown);

    /// <summary>A text cell with an Albanian and an English text (a code-list label, a table heading).</summary>
    /// <param name="label">The texts.</param>
    /// <returns>The cell.</returns>
    public static ReportCell Of(Label label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new(ReportCellKind.Text, label, null, SuppressionState.Shown);
    }

    /// <summary>A text cell with the label of a code.</summary>
    /// <typeparam name="TCode">The code list.</typeparam>
    /// <param name="code">A defined code.</param>
    /// <returns>The cell.</returns>
    public static ReportCell Code<TCode>(TCode code)
        where TCode : struct, Enum => Of(code.Label());

    /// <summary>A text cell with a day as <c>yyyy-MM-dd</c>; empty for <see langword="null"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The cell.</returns>
    public static ReportCell Date(LocalDate? date) =>
        date is { } d ? Of(d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)) : Empty;

    /// <summary>
    /// A number cell; an unknown number (<see langword="null"/>) prints as an empty text. The number is normalised
    /// (no trailing zeros: 20.0 prints and is kept as 20), so a cell does not depend on how a value was stored.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <returns>The cell.</returns>
    public static ReportCell Number(decimal? value)
    {
        var text = value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? string.Empty;
        decimal? normalised = value is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        return new(ReportCellKind.Number, new Label(text, text), normalised, SuppressionState.Shown);
    }

    /// <summary>A number cell with a ratio from 0 to 1 shown as a percentage with one decimal ("66.7%"); the value is the percentage.</summary>
    /// <param name="ratio">The ratio, or <see langword="null"/> when there is nothing to measure.</param>
    /// <returns>The cell.</returns>
    public static ReportCell Percent(double? ratio)
    {
        if (ratio is not { } r)
        {
            return Number(null);
        }

        var percent = Math.Round((decimal)r * 100m, 1, MidpointRounding.AwayFromZero);
        var text = percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";
        return new(ReportCellKind.Number, new Label(text, text), percent, SuppressionState.Shown);
    }

    /// <summary>A cell for a published figure, keeping its suppression state.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The cell.</returns>
    public static ReportCell Figure(PublishedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new(ReportCellKind.Figure, new Label(figure.Display, figure.Display), figure.Value, figure.State);
    }
}

/// <summary>
/// A report rendered as one table, the common shape of every export (CSV, JSON, HTML): a stable key (for file
/// names and anchors), a title and column headers in Albanian and English, and rows of cells, each row as long
/// as the headers.
/// </summary>
/// <param name="Key">A stable key in lower-case kebab case, such as <c>activities-by-kind</c>.</param>
/// <param name="Title">The title.</param>
/// <param name="Columns">The column headers.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
public sealed record ReportTable(string Key, Label Title, IReadOnlyList<Label> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows)
{
    /// <summary>A stable key in lower-case kebab case, such as <c>activities-by-kind</c>.</summary>
    public string Key { get; } = string.IsNullOrWhiteSpace(Key) ? throw new ArgumentException("A table needs a key.", nameof(Key)) : Key;

    /// <summary>The title.</summary>
    public Label Title { get; } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>The column headers.</summary>
    public IReadOnlyList<Label> Columns { get; } = Columns is { Count: > 0 } ? Columns : throw new ArgumentException("A table needs at least one column.", nameof(Columns));

    /// <summary>The rows, each with one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<ReportCell>> Rows { get; } = CheckRows(Rows, Columns.Count);

    /// <summary>
    /// Notes printed with the table wherever it goes (page, printable view, CSV, JSON): what it counts (public
    /// activities only, or all), and how its rows reconcile with its total where an activity counts in several rows.
    /// </summary>
    public IReadOnlyList<Label> Notes { get; private init; } = [];

    /// <summary>The same table with more notes after those it has.</summary>
    /// <param name="notes">The notes to add.</param>
    /// <returns>A new table.</returns>
    public ReportTable WithNotes(params IEnumerable<Label> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return this with { Notes = [.. Notes, .. notes] };
    }

    private static IReadOnlyList<IReadOnlyList<ReportCell>> CheckRows(IReadOnlyList<IReadOnlyList<ReportCell>> rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r is null || r.Count != columns))
        {
            throw new ArgumentException($"Every row of the table needs {columns} cells, one per column.", nameof(rows));
        }

        return rows;
    }
}

/// <summary>A report that can be rendered as tables for generic exports.</summary>
public interface ITabularReport
{
    /// <summary>The report as one or more tables, in reading order.</summary>
    /// <returns>The tables.</returns>
    IReadOnlyList<ReportTable> ToTables();
}
