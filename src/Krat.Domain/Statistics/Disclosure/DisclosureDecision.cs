using System.Diagnostics.CodeAnalysis;
using Krat.Domain.Common;

namespace Krat.Domain.Statistics.Disclosure;

/// <summary>
/// The one disclosure decision of a victim statistics record (an area and a period), made on its finest table
/// (sex × age group × status × form of exploitation, 40 cells) and covering every view Krat publishes of it: the
/// grand total, the four one-way margins and the six two-way tables. Every report, export and roll-up takes its
/// figures from here (or adds up figures taken from here with <see cref="PublishedFigure.Sum"/>), so no two
/// publications of one record can be combined into more than the decision allows. See <c>docs/disclosure.md</c>.
/// <para>
/// Rules, for a threshold <c>t</c> (counts from 1 to <c>t − 1</c> are small):
/// </para>
/// <list type="bullet">
/// <item>Zeros are always shown, so a hidden figure is at least 1 as far as anyone can tell; every hidden figure
/// prints as the one symbol "x", whatever the reason.</item>
/// <item>A small grand total is hidden and nothing is broken down.</item>
/// <item>Otherwise the grand total is shown, and each one-way margin is decided on its own equation (its figures add
/// up to the grand total): its small figures are hidden; while one hidden figure would be alone in the equation, or
/// the hidden figures add up to too little for each small one to be anything from 1 to <c>t − 1</c> (the sum of the
/// hidden figures must be at least <c>t − 2</c> + their number), the smallest shown positive figure is hidden too;
/// when none is left, the margin is not broken down.</item>
/// <item>A two-way view is published whole when both of its margins are shown in full and none of its cells is
/// small; otherwise it is not broken down (its cells are withheld; its totals are still the margins).</item>
/// </list>
/// <para>
/// Why that is safe: a view is published only over margins that hide nothing, and moving one victim from one code of
/// a dimension to another (same other codes) changes no figure that does not break that dimension down. So the
/// hidden figures of a margin are tied to the rest only by their own equation, where the rule above leaves each one
/// free to take every value from 1 to <c>t − 1</c> (and never pins a protecting one).
/// </para>
/// </summary>
public sealed class DisclosureDecision
{
    /// <summary>The default threshold: counts from 1 to 4 are never shown.</summary>
    public const int DefaultThreshold = 5;

    private readonly int[] _cells;
    private readonly HidingReason _total;
    private readonly Dictionary<StatisticsDimension, HidingReason[]> _margins = [];

    private DisclosureDecision(int[] cells, int threshold)
    {
        _cells = cells;
        Threshold = threshold;
        var total = cells.Sum();
        _total = total > 0 && total < threshold ? HidingReason.SmallCount : HidingReason.Shown;
        foreach (var dimension in FinestCell.Dimensions)
        {
            _margins[dimension] = _total == HidingReason.Shown
                ? DecideMargin(MarginValues(dimension), threshold)
                : [.. Enumerable.Repeat(HidingReason.NotBrokenDown, FinestCell.Levels(dimension))];
        }
    }

    /// <summary>The threshold: counts from 1 to <c>Threshold − 1</c> are never shown.</summary>
    public int Threshold { get; }

    /// <summary>The grand total of the record as published.</summary>
    public PublishedFigure Total => Figure(_total, _cells.Sum());

    /// <summary>Decides the publication of a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="threshold">Counts from 1 to <c>threshold − 1</c> are never shown; at least 1 (1 hides nothing).</param>
    /// <returns>The decision.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two overloads differ in their first parameter's type (a record or its 40 cells), so no call can be ambiguous.")]
    public static DisclosureDecision Decide(VictimStatistics record, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(record);
        var cells = new int[FinestCell.Count];
        foreach (var count in record.Counts)
        {
            cells[new FinestCell(count.Sex, count.AgeGroup, count.Status, count.Form).Index] += count.Count;
        }

        return Decide(cells, threshold);
    }

    /// <summary>Decides the publication of a finest table given cell by cell.</summary>
    /// <param name="finest">The 40 counts in the order of <see cref="FinestCell.All"/>, each ≥ 0.</param>
    /// <param name="threshold">Counts from 1 to <c>threshold − 1</c> are never shown; at least 1 (1 hides nothing).</param>
    /// <returns>The decision.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two overloads differ in their first parameter's type (a record or its 40 cells), so no call can be ambiguous.")]
    public static DisclosureDecision Decide(IReadOnlyList<int> finest, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(finest);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        if (finest.Count != FinestCell.Count)
        {
            throw new ArgumentException($"A finest table has {FinestCell.Count} cells.", nameof(finest));
        }

        if (finest.Any(v => v < 0))
        {
            throw new ArgumentException("Counts cannot be negative.", nameof(finest));
        }

        return new DisclosureDecision([.. finest], threshold);
    }

    /// <summary>Whether a one-way margin is broken down (its figures are shown or hidden one by one).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns><see langword="false"/> when the margin is withheld whole.</returns>
    public bool IsBrokenDown(StatisticsDimension dimension) => Reasons(dimension)[0] != HidingReason.NotBrokenDown;

    /// <summary>The one-way margin of a dimension as published, one figure per code in code order.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The figures.</returns>
    public IReadOnlyList<PublishedFigure> Margin(StatisticsDimension dimension)
    {
        var values = MarginValues(dimension);
        return [.. Reasons(dimension).Select((r, i) => Figure(r, values[i]))];
    }

    /// <summary>Why each figure of a margin is not shown, in code order — for the committee's signed-in review only.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The reasons.</returns>
    public IReadOnlyList<HidingReason> Reasons(StatisticsDimension dimension)
    {
        Require.Defined(dimension, nameof(dimension));
        return _margins[dimension];
    }

    /// <summary>Why the grand total is not shown — for the committee's signed-in review only.</summary>
    public HidingReason TotalReason => _total;

    /// <summary>Whether a two-way view is published whole (both margins shown in full, no small cell).</summary>
    /// <param name="rows">The dimension of the rows.</param>
    /// <param name="columns">The dimension of the columns; different from <paramref name="rows"/>.</param>
    /// <returns><see langword="false"/> when the view is not broken down.</returns>
    public bool IsPublished(StatisticsDimension rows, StatisticsDimension columns)
    {
        var cells = ViewValues(rows, columns);
        return Reasons(rows).All(r => r == HidingReason.Shown)
            && Reasons(columns).All(r => r == HidingReason.Shown)
            && cells.All(row => row.All(v => v == 0 || v >= Threshold));
    }

    /// <summary>
    /// The two-way view of one dimension against another as published: whole, or not broken down (empty cells, with
    /// the record's published margins as its totals). Rows and columns list every code of their dimension in code order.
    /// </summary>
    /// <param name="rows">The dimension of the rows.</param>
    /// <param name="columns">The dimension of the columns; different from <paramref name="rows"/>.</param>
    /// <returns>The view.</returns>
    public PublishedTable View(StatisticsDimension rows, StatisticsDimension columns)
    {
        var published = IsPublished(rows, columns);
        var values = ViewValues(rows, columns);
        var rowCodes = FinestCell.Codes(rows);
        var columnCodes = FinestCell.Codes(columns);
        return new PublishedTable(
            [.. rowCodes.Select(r => r.Name)],
            [.. rowCodes.Select(r => r.Label)],
            [.. columnCodes.Select(c => c.Name)],
            [.. columnCodes.Select(c => c.Label)],
            [.. values.Select(row => (IReadOnlyList<PublishedFigure>)[.. row.Select(v => published ? PublishedFigure.Shown(v) : PublishedFigure.Withheld)])],
            Margin(rows),
            Margin(columns),
            Total,
            Threshold,
            !published);
    }

    private static HidingReason[] DecideMargin(int[] values, int threshold)
    {
        var reasons = values.Select(v => v > 0 && v < threshold ? HidingReason.SmallCount : HidingReason.Shown).ToArray();
        while (true)
        {
            var hidden = Enumerable.Range(0, values.Length).Where(i => reasons[i] != HidingReason.Shown).ToList();
            var sum = hidden.Sum(i => values[i]);
            if (hidden.Count == 0 || (hidden.Count >= 2 && sum - hidden.Count + 1 >= threshold - 1))
            {
                return reasons;
            }

            var candidates = Enumerable.Range(0, values.Length).Where(i => reasons[i] == HidingReason.Shown && values[i] > 0).ToList();
            if (candidates.Count == 0)
            {
                return [.. Enumerable.Repeat(HidingReason.NotBrokenDown, values.Length)];
            }

            reasons[candidates.MinBy(i => values[i])] = HidingReason.Protection;
        }
    }

    private static PublishedFigure Figure(HidingReason reason, int value) => reason switch
    {
        HidingReason.Shown => PublishedFigure.Shown(value),
        HidingReason.NotBrokenDown => PublishedFigure.Withheld,
        _ => PublishedFigure.Hidden,
    };

    private int[] MarginValues(StatisticsDimension dimension)
    {
        var values = new int[FinestCell.Levels(dimension)];
        foreach (var cell in FinestCell.All)
        {
            values[cell.CodeOf(dimension) - 1] += _cells[cell.Index];
        }

        return values;
    }

    private int[][] ViewValues(StatisticsDimension rows, StatisticsDimension columns)
    {
        Require.Defined(rows, nameof(rows));
        Require.Defined(columns, nameof(columns));
        if (rows == columns)
        {
            throw new ArgumentException("The rows and columns of a view need two different dimensions.", nameof(columns));
        }

        var values = Enumerable.Range(0, FinestCell.Levels(rows)).Select(_ => new int[FinestCell.Levels(columns)]).ToArray();
        foreach (var cell in FinestCell.All)
        {
            values[cell.CodeOf(rows) - 1][cell.CodeOf(columns) - 1] += _cells[cell.Index];
        }

        return values;
    }
}
