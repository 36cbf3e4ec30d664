using System.Numerics;
using Krat.Domain.Statistics;

namespace Krat.Domain.Tests.Statistics;

/// <summary>
/// An attacker's view of a published table, written independently of the library: it knows the shown figures
/// and the equations between them (row cells add up to row totals, column cells to column totals, row totals and
/// column totals to the grand total) and tries to work out the suppressed ones.
/// </summary>
public static class DisclosureChecker
{
    /// <summary>Suppressed figures found by repeatedly solving equations that have exactly one unknown.</summary>
    public static List<string> RevealedBySubstitution(PublishedTable table)
    {
        var (known, equations, names) = Model(table);
        var revealed = new List<string>();
        bool progress;
        do
        {
            progress = false;
            foreach (var equation in equations)
            {
                var unknown = equation.Where(e => known[e.Index] is null).ToList();
                if (unknown.Count == 1)
                {
                    var (index, sign) = unknown[0];
                    var rest = equation.Where(e => e.Index != index).Sum(e => e.Sign * known[e.Index]!.Value);
                    known[index] = -rest / sign;
                    revealed.Add(names[index]);
                    progress = true;
                }
            }
        }
        while (progress);

        return revealed;
    }

    /// <summary>Suppressed figures that some combination of the equations determines exactly (exact integer Gauss–Jordan elimination).</summary>
    public static List<string> RevealedByElimination(PublishedTable table)
    {
        var (known, equations, names) = Model(table);
        var unknowns = Enumerable.Range(0, known.Length).Where(k => known[k] is null).ToList();
        var rows = equations.Select(e =>
        {
            var row = new BigInteger[unknowns.Count];
            foreach (var (index, sign) in e)
            {
                var c = unknowns.IndexOf(index);
                if (c >= 0)
                {
                    row[c] = sign;
                }
            }

            return row;
        }).ToList();
        var pivotRow = 0;
        for (var c = 0; c < unknowns.Count && pivotRow < rows.Count; c++)
        {
            var found = Enumerable.Range(pivotRow, rows.Count - pivotRow).FirstOrDefault(r => !rows[r][c].IsZero, -1);
            if (found < 0)
            {
                continue;
            }

            (rows[pivotRow], rows[found]) = (rows[found], rows[pivotRow]);
            for (var r = 0; r < rows.Count; r++)
            {
                if (r != pivotRow && !rows[r][c].IsZero)
                {
                    var a = rows[pivotRow][c];
                    var b = rows[r][c];
                    rows[r] = [.. rows[r].Zip(rows[pivotRow], (x, y) => (x * a) - (y * b))];
                }
            }

            pivotRow++;
        }

        return [.. rows
            .Where(r => r.Count(x => !x.IsZero) == 1)
            .Select(r => names[unknowns[Array.FindIndex(r, x => !x.IsZero)]])];
    }

    private static (int?[] Known, List<List<(int Index, int Sign)>> Equations, List<string> Names) Model(PublishedTable table)
    {
        var rows = table.RowTotals.Count;
        var columns = table.ColumnTotals.Count;
        var figures = new List<PublishedFigure>();
        var names = new List<string>();
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                figures.Add(table.Cells[i][j]);
                names.Add($"cell[{i},{j}]");
            }
        }

        figures.AddRange(table.RowTotals);
        names.AddRange(Enumerable.Range(0, rows).Select(i => $"row total {i}"));
        figures.AddRange(table.ColumnTotals);
        names.AddRange(Enumerable.Range(0, columns).Select(j => $"column total {j}"));
        figures.Add(table.GrandTotal);
        names.Add("grand total");
        int Row(int i) => (rows * columns) + i;
        int Column(int j) => (rows * columns) + rows + j;
        var grand = figures.Count - 1;
        var equations = new List<List<(int, int)>>();
        for (var i = 0; i < rows; i++)
        {
            equations.Add([.. Enumerable.Range(0, columns).Select(j => ((i * columns) + j, 1)), (Row(i), -1)]);
        }

        for (var j = 0; j < columns; j++)
        {
            equations.Add([.. Enumerable.Range(0, rows).Select(i => ((i * columns) + j, 1)), (Column(j), -1)]);
        }

        equations.Add([.. Enumerable.Range(0, rows).Select(i => (Row(i), 1)), (grand, -1)]);
        equations.Add([.. Enumerable.Range(0, columns).Select(j => (Column(j), 1)), (grand, -1)]);
        return ([.. figures.Select(f => f.Value)], equations, names);
    }
}
