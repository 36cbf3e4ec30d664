using System.Globalization;
using Krat.Domain.Common;

using Krat.Domain.Statistics;

namespace Krat.Benchmarks.Disclosure;

/// <summary>
/// The per-view small-count suppression Krat used before the one <c>DisclosureDecision</c> per record (kept here
/// verbatim, as the benchmarks' baseline only): each two-way view suppressed on its own, "&lt;t" for small counts
/// and "x" for secondary suppressions, checked by Gaussian elimination. It leaked across views and through its
/// symbols (docs/disclosure.md); do not use it to publish.
/// </summary>
internal static class LegacySmallCountSuppression
{
    /// <summary>The default threshold: counts from 1 to 4 are hidden.</summary>
    public const int DefaultThreshold = 5;

    /// <summary>The text of a secondary suppression.</summary>
    public const string SecondaryDisplay = "x";

    private const double Epsilon = 1e-9;

    /// <summary>Suppresses a table of counts.</summary>
    /// <param name="counts">The cells, row by row; at least one row and one column, all rows equally long, every count ≥ 0.</param>
    /// <param name="threshold">Counts from 1 to <c>threshold − 1</c> are hidden; at least 1 (1 hides nothing).</param>
    /// <param name="rowKeys">The row codes; "1", "2"… when omitted.</param>
    /// <param name="columnKeys">The column codes; "1", "2"… when omitted.</param>
    /// <param name="rowLabels">The row labels; the keys when omitted.</param>
    /// <param name="columnLabels">The column labels; the keys when omitted.</param>
    /// <returns>The published table.</returns>
    public static PublishedTable Apply(
        IReadOnlyList<IReadOnlyList<int>> counts,
        int threshold = DefaultThreshold,
        IReadOnlyList<string>? rowKeys = null,
        IReadOnlyList<string>? columnKeys = null,
        IReadOnlyList<Label>? rowLabels = null,
        IReadOnlyList<Label>? columnLabels = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        var rows = counts.Count;
        if (rows == 0 || counts[0] is null || counts[0].Count == 0)
        {
            throw new ArgumentException("A table needs at least one row and one column.", nameof(counts));
        }

        var columns = counts[0].Count;
        if (counts.Any(r => r is null || r.Count != columns))
        {
            throw new ArgumentException("Every row of the table needs the same number of columns.", nameof(counts));
        }

        if (counts.Any(r => r.Any(v => v < 0)))
        {
            throw new ArgumentException("Counts cannot be negative.", nameof(counts));
        }

        rowKeys ??= [.. Enumerable.Range(1, rows).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        columnKeys ??= [.. Enumerable.Range(1, columns).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        if (rowKeys.Count != rows || columnKeys.Count != columns)
        {
            throw new ArgumentException("There must be one key per row and per column.", nameof(rowKeys));
        }

        rowLabels ??= [.. rowKeys.Select(k => new Label(k, k))];
        columnLabels ??= [.. columnKeys.Select(k => new Label(k, k))];
        var layout = new Layout(rows, columns, counts);
        var states = Suppress(layout, threshold);

        PublishedFigure Figure(int index) => states[index] switch
        {
            SuppressionState.PrimarySuppressed => new PublishedFigure(null, Krat.Domain.Statistics.SuppressionState.Hidden, "<" + threshold.ToString(CultureInfo.InvariantCulture)),
            SuppressionState.SecondarySuppressed => new PublishedFigure(null, Krat.Domain.Statistics.SuppressionState.Hidden, SecondaryDisplay),
            _ => new PublishedFigure(layout.Values[index], Krat.Domain.Statistics.SuppressionState.Shown, layout.Values[index].ToString(CultureInfo.InvariantCulture)),
        };

        return new PublishedTable(
            rowKeys,
            rowLabels,
            columnKeys,
            columnLabels,
            [.. Enumerable.Range(0, rows).Select(i => (IReadOnlyList<PublishedFigure>)[.. Enumerable.Range(0, columns).Select(j => Figure(layout.Cell(i, j)))])],
            [.. Enumerable.Range(0, rows).Select(i => Figure(layout.RowTotal(i)))],
            [.. Enumerable.Range(0, columns).Select(j => Figure(layout.ColumnTotal(j)))],
            Figure(layout.Grand),
            threshold);
    }

    /// <summary>The hidden figures that the shown ones determine exactly (used by the suppression loop and its tests).</summary>
    internal static List<int> Determined(Layout layout, SuppressionState[] states)
    {
        var unknowns = Enumerable.Range(0, states.Length).Where(k => states[k] != SuppressionState.Shown).ToList();
        if (unknowns.Count == 0)
        {
            return [];
        }

        var column = unknowns.Select((k, c) => (k, c)).ToDictionary(p => p.k, p => p.c);
        var matrix = layout.Equations
            .Select(e => { var row = new double[unknowns.Count]; foreach (var (k, sign) in e) { if (column.TryGetValue(k, out var c)) { row[c] = sign; } } return row; })
            .ToList();
        var pivotRow = 0;
        var pivots = new List<(int Row, int Column)>();
        for (var c = 0; c < unknowns.Count && pivotRow < matrix.Count; c++)
        {
            var best = Enumerable.Range(pivotRow, matrix.Count - pivotRow).MaxBy(r => Math.Abs(matrix[r][c]));
            if (Math.Abs(matrix[best][c]) < Epsilon)
            {
                continue;
            }

            (matrix[pivotRow], matrix[best]) = (matrix[best], matrix[pivotRow]);
            var pivot = matrix[pivotRow][c];
            for (var x = 0; x < unknowns.Count; x++)
            {
                matrix[pivotRow][x] /= pivot;
            }

            for (var r = 0; r < matrix.Count; r++)
            {
                if (r != pivotRow && Math.Abs(matrix[r][c]) > Epsilon)
                {
                    var factor = matrix[r][c];
                    for (var x = 0; x < unknowns.Count; x++)
                    {
                        matrix[r][x] -= factor * matrix[pivotRow][x];
                    }
                }
            }

            pivots.Add((pivotRow, c));
            pivotRow++;
        }

        return [.. pivots
            .Where(p => Enumerable.Range(0, unknowns.Count).All(x => x == p.Column || Math.Abs(matrix[p.Row][x]) < Epsilon))
            .Select(p => unknowns[p.Column])];
    }

    private static SuppressionState[] Suppress(Layout layout, int threshold)
    {
        var states = layout.Values.Select(v => v > 0 && v < threshold ? SuppressionState.PrimarySuppressed : SuppressionState.Shown).ToArray();
        bool changed;
        do
        {
            changed = false;
            foreach (var equation in layout.Equations)
            {
                if (equation.Count(e => states[e.Index] != SuppressionState.Shown) == 1)
                {
                    states[Candidate(layout, states, equation)] = SuppressionState.SecondarySuppressed;
                    changed = true;
                }
            }

            if (!changed && Determined(layout, states) is [var revealed, ..])
            {
                var equation = layout.Equations.First(e => e.Exists(x => x.Index == revealed) && e.Exists(x => states[x.Index] == SuppressionState.Shown));
                states[Candidate(layout, states, equation)] = SuppressionState.SecondarySuppressed;
                changed = true;
            }
        }
        while (changed);

        return states;
    }

    private static int Candidate(Layout layout, SuppressionState[] states, List<(int Index, int Sign)> equation) =>
        equation
            .Select(e => e.Index)
            .Where(k => states[k] == SuppressionState.Shown)
            .OrderBy(k => layout.Values[k] == 0 ? 2 : Layout.IsTotalOf(k, equation) ? 1 : 0)
            .ThenBy(k => layout.Values[k])
            .ThenBy(k => k)
            .First();

    /// <summary>The figures of a table as one vector (cells row by row, row totals, column totals, grand total) and the equations between them.</summary>
    internal sealed class Layout
    {
        public Layout(int rows, int columns, IReadOnlyList<IReadOnlyList<int>> counts)
        {
            Rows = rows;
            Columns = columns;
            Values = new int[(rows * columns) + rows + columns + 1];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    Values[Cell(i, j)] = counts[i][j];
                    Values[RowTotal(i)] += counts[i][j];
                    Values[ColumnTotal(j)] += counts[i][j];
                    Values[Grand] += counts[i][j];
                }
            }

            for (var i = 0; i < rows; i++)
            {
                Equations.Add([.. Enumerable.Range(0, columns).Select(j => (Cell(i, j), 1)), (RowTotal(i), -1)]);
            }

            for (var j = 0; j < columns; j++)
            {
                Equations.Add([.. Enumerable.Range(0, rows).Select(i => (Cell(i, j), 1)), (ColumnTotal(j), -1)]);
            }

            Equations.Add([.. Enumerable.Range(0, rows).Select(i => (RowTotal(i), 1)), (Grand, -1)]);
            Equations.Add([.. Enumerable.Range(0, columns).Select(j => (ColumnTotal(j), 1)), (Grand, -1)]);
        }

        public int Rows { get; }

        public int Columns { get; }

        public int[] Values { get; }

        public List<List<(int Index, int Sign)>> Equations { get; } = [];

        public int Grand => Values.Length - 1;

        public int Cell(int row, int column) => (row * Columns) + column;

        public int RowTotal(int row) => (Rows * Columns) + row;

        public int ColumnTotal(int column) => (Rows * Columns) + Rows + column;

        public static bool IsTotalOf(int index, List<(int Index, int Sign)> equation) => equation[^1].Index == index;
    }
}

/// <summary>The old three states of a figure (the baseline's own).</summary>
internal enum SuppressionState
{
    Shown = 1,
    PrimarySuppressed = 2,
    SecondarySuppressed = 3,
}
