using System.Globalization;
using Krat.Domain.Common;

namespace Krat.Domain.Statistics;

/// <summary>
/// One figure of published victim statistics: the count when it may be shown, or nothing when it is hidden ("x")
/// or not broken down (an empty cell of a withheld view), with its state and the text to print.
/// </summary>
/// <param name="Value">The count; <see langword="null"/> when hidden or withheld.</param>
/// <param name="State">Whether it is shown, hidden or withheld; never why it is hidden.</param>
/// <param name="Display">The text to print.</param>
public sealed record PublishedFigure(int? Value, SuppressionState State, string Display)
{
    /// <summary>The one symbol of every hidden figure.</summary>
    public const string HiddenSymbol = "x";

    /// <summary>A hidden figure ("x": at least 1).</summary>
    public static PublishedFigure Hidden { get; } = new(null, SuppressionState.Hidden, HiddenSymbol);

    /// <summary>A figure of a view that is not broken down (printed empty; it may be 0).</summary>
    public static PublishedFigure Withheld { get; } = new(null, SuppressionState.Withheld, string.Empty);

    /// <summary>The count; <see langword="null"/> when hidden or withheld.</summary>
    public int? Value { get; } = Value;

    /// <summary>Whether it is shown, hidden or withheld.</summary>
    public SuppressionState State { get; } = State;

    /// <summary>The text to print.</summary>
    public string Display { get; } = Display;

    /// <summary>Whether the figure is not shown (hidden or withheld).</summary>
    public bool IsSuppressed => State != SuppressionState.Shown;

    /// <summary>A shown count.</summary>
    /// <param name="value">The count, ≥ 0.</param>
    /// <returns>The figure.</returns>
    public static PublishedFigure Shown(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new(value, SuppressionState.Shown, value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The sum of published figures as it may be published: shown when every figure it adds is shown, withheld when
    /// one is withheld, otherwise hidden. It never tells more than the figures it adds; an empty sum is a shown 0.
    /// </summary>
    /// <param name="figures">The figures added.</param>
    /// <returns>The figure of the sum.</returns>
    public static PublishedFigure Sum(IEnumerable<PublishedFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var total = 0;
        var state = SuppressionState.Shown;
        foreach (var figure in figures)
        {
            if (figure.State == SuppressionState.Withheld)
            {
                return Withheld;
            }

            if (figure.State == SuppressionState.Hidden)
            {
                state = SuppressionState.Hidden;
            }
            else
            {
                total += figure.Value ?? 0;
            }
        }

        return state == SuppressionState.Shown ? Shown(total) : Hidden;
    }
}

/// <summary>
/// A two-way table of victim counts as it may be published: every cell, row total, column total and the grand total is
/// a <see cref="PublishedFigure"/> taken from one <see cref="Disclosure.DisclosureDecision"/> (or summed from several).
/// A withheld table (<see cref="IsWithheld"/>) is not broken down: its cells are empty, its totals are still the
/// record's published totals.
/// </summary>
/// <param name="RowKeys">The code of each row (an enum member name, or any key for a plain table).</param>
/// <param name="RowLabels">The label of each row.</param>
/// <param name="ColumnKeys">The code of each column.</param>
/// <param name="ColumnLabels">The label of each column.</param>
/// <param name="Cells">The cells, row by row.</param>
/// <param name="RowTotals">The total of each row.</param>
/// <param name="ColumnTotals">The total of each column.</param>
/// <param name="GrandTotal">The total of the table.</param>
/// <param name="Threshold">The suppression threshold: counts from 1 to <c>Threshold − 1</c> are never shown.</param>
/// <param name="IsWithheld">Whether the table is not broken down (too few).</param>
public sealed record PublishedTable(
    IReadOnlyList<string> RowKeys,
    IReadOnlyList<Label> RowLabels,
    IReadOnlyList<string> ColumnKeys,
    IReadOnlyList<Label> ColumnLabels,
    IReadOnlyList<IReadOnlyList<PublishedFigure>> Cells,
    IReadOnlyList<PublishedFigure> RowTotals,
    IReadOnlyList<PublishedFigure> ColumnTotals,
    PublishedFigure GrandTotal,
    int Threshold,
    bool IsWithheld = false)
{
    /// <summary>The code of each row (an enum member name, or any key for a plain table).</summary>
    public IReadOnlyList<string> RowKeys { get; } = RowKeys;

    /// <summary>The label of each row.</summary>
    public IReadOnlyList<Label> RowLabels { get; } = RowLabels;

    /// <summary>The code of each column.</summary>
    public IReadOnlyList<string> ColumnKeys { get; } = ColumnKeys;

    /// <summary>The label of each column.</summary>
    public IReadOnlyList<Label> ColumnLabels { get; } = ColumnLabels;

    /// <summary>The cells, row by row.</summary>
    public IReadOnlyList<IReadOnlyList<PublishedFigure>> Cells { get; } = Cells;

    /// <summary>The total of each row.</summary>
    public IReadOnlyList<PublishedFigure> RowTotals { get; } = RowTotals;

    /// <summary>The total of each column.</summary>
    public IReadOnlyList<PublishedFigure> ColumnTotals { get; } = ColumnTotals;

    /// <summary>The total of the table.</summary>
    public PublishedFigure GrandTotal { get; } = GrandTotal;

    /// <summary>The suppression threshold: counts from 1 to <c>Threshold − 1</c> are never shown.</summary>
    public int Threshold { get; } = Threshold;

    /// <summary>Whether the table is not broken down (too few): its cells are empty, its totals are the record's.</summary>
    public bool IsWithheld { get; } = IsWithheld;
}
