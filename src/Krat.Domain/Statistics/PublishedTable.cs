using Krat.Domain.Common;

namespace Krat.Domain.Statistics;

/// <summary>
/// One figure of a published statistics table: the count when it may be shown, or nothing when it is suppressed,
/// with its state and the text to print ("12", "0", "&lt;5" for a small count, "x" for a secondary suppression).
/// </summary>
/// <param name="Value">The count; <see langword="null"/> when suppressed.</param>
/// <param name="State">Whether and why it is hidden.</param>
/// <param name="Display">The text to print.</param>
public sealed record PublishedFigure(int? Value, SuppressionState State, string Display)
{
    /// <summary>The count; <see langword="null"/> when suppressed.</summary>
    public int? Value { get; } = Value;

    /// <summary>Whether and why it is hidden.</summary>
    public SuppressionState State { get; } = State;

    /// <summary>The text to print.</summary>
    public string Display { get; } = Display;

    /// <summary>Whether the figure is hidden.</summary>
    public bool IsSuppressed => State != SuppressionState.Shown;
}

/// <summary>
/// A two-way table of counts as it may be published: every cell, row total, column total and the grand total is
/// a <see cref="PublishedFigure"/> after small-count suppression (see <see cref="SmallCountSuppression"/>).
/// </summary>
/// <param name="RowKeys">The code of each row (an enum member name, or any key for a plain table).</param>
/// <param name="RowLabels">The label of each row.</param>
/// <param name="ColumnKeys">The code of each column.</param>
/// <param name="ColumnLabels">The label of each column.</param>
/// <param name="Cells">The cells, row by row.</param>
/// <param name="RowTotals">The total of each row.</param>
/// <param name="ColumnTotals">The total of each column.</param>
/// <param name="GrandTotal">The total of the table.</param>
/// <param name="Threshold">The suppression threshold: counts from 1 to <c>Threshold − 1</c> are hidden.</param>
public sealed record PublishedTable(
    IReadOnlyList<string> RowKeys,
    IReadOnlyList<Label> RowLabels,
    IReadOnlyList<string> ColumnKeys,
    IReadOnlyList<Label> ColumnLabels,
    IReadOnlyList<IReadOnlyList<PublishedFigure>> Cells,
    IReadOnlyList<PublishedFigure> RowTotals,
    IReadOnlyList<PublishedFigure> ColumnTotals,
    PublishedFigure GrandTotal,
    int Threshold)
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

    /// <summary>The suppression threshold: counts from 1 to <c>Threshold − 1</c> are hidden.</summary>
    public int Threshold { get; } = Threshold;
}
