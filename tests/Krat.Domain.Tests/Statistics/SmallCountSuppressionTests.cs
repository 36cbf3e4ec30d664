using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Krat.Domain.Statistics;

namespace Krat.Domain.Tests.Statistics;

public sealed class SmallCountSuppressionTests
{
    private static IReadOnlyList<IReadOnlyList<int>> Table(params int[][] rows) => [.. rows.Select(r => (IReadOnlyList<int>)r)];

    private static string States(PublishedTable table) =>
        string.Join(" | ", table.Cells.Select(r => string.Join(" ", r.Select(f => f.Display))))
        + " || " + string.Join(" ", table.RowTotals.Select(f => f.Display))
        + " || " + string.Join(" ", table.ColumnTotals.Select(f => f.Display))
        + " || " + table.GrandTotal.Display;

    [Fact]
    public void Apply_ShowsEverything_WhenNoCountIsSmall()
    {
        var table = SmallCountSuppression.Apply(Table([10, 0], [7, 5]));
        Assert.Equal("10 0 | 7 5 || 10 12 || 17 5 || 22", States(table));
        Assert.All(table.Cells.SelectMany(r => r), f => Assert.Equal(SuppressionState.Shown, f.State));
    }

    [Fact]
    public void Apply_HidesASmallCount_AndEnoughOthersThatTotalsDoNotRevealIt()
    {
        var table = SmallCountSuppression.Apply(Table([3, 10], [8, 12]));
        Assert.Equal("<5 x | x x || 13 20 || 11 22 || 33", States(table));
        Assert.Equal(SuppressionState.PrimarySuppressed, table.Cells[0][0].State);
        Assert.Null(table.Cells[0][0].Value);
        Assert.Equal(SuppressionState.SecondarySuppressed, table.Cells[1][1].State);
    }

    [Fact]
    public void Apply_ChoosesTheSmallestOtherCell_ForSecondarySuppression()
    {
        var table = SmallCountSuppression.Apply(Table([2, 40, 9], [30, 50, 6]));
        Assert.Equal("<5 40 x | x 50 x || 51 86 || 32 90 15 || 137", States(table));
    }

    [Fact]
    public void Apply_ShowsZeros_AndHidesSmallTotals()
    {
        var table = SmallCountSuppression.Apply(Table([1, 0], [0, 0]));
        Assert.Equal("<5 0 | 0 0 || <5 0 || <5 0 || <5", States(table));
    }

    [Fact]
    public void Apply_WithAnotherThreshold_HidesCountsBelowIt()
    {
        var table = SmallCountSuppression.Apply(Table([9, 20], [12, 30]), threshold: 10);
        Assert.Equal("<10", table.Cells[0][0].Display);
        Assert.Equal(10, table.Threshold);
    }

    [Fact]
    public void Apply_Rejects_NegativeCountsAndRaggedTables()
    {
        Assert.Throws<ArgumentException>(() => SmallCountSuppression.Apply(Table([1, -1])));
        Assert.Throws<ArgumentException>(() => SmallCountSuppression.Apply(Table([1, 2], [3])));
        Assert.Throws<ArgumentException>(() => SmallCountSuppression.Apply(Table()));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallCountSuppression.Apply(Table([1]), threshold: 0));
    }

    [Fact]
    public void Checker_CatchesAnUnsafeTable()
    {
        // A table where only the small cell is hidden: the checker must find it, or the property below proves nothing.
        var unsafeTable = new PublishedTable(
            ["a"], [new("a", "a")], ["x", "y"], [new("x", "x"), new("y", "y")],
            [[new PublishedFigure(null, SuppressionState.PrimarySuppressed, "<5"), new PublishedFigure(10, SuppressionState.Shown, "10")]],
            [new PublishedFigure(13, SuppressionState.Shown, "13")],
            [new PublishedFigure(null, SuppressionState.PrimarySuppressed, "<5"), new PublishedFigure(10, SuppressionState.Shown, "10")],
            new PublishedFigure(13, SuppressionState.Shown, "13"),
            5);
        Assert.Contains("cell[0,0]", DisclosureChecker.RevealedBySubstitution(unsafeTable));
        Assert.Contains("cell[0,0]", DisclosureChecker.RevealedByElimination(unsafeTable));
    }

    private static Arbitrary<(int[][] Cells, int Threshold)> Tables()
    {
        var count = Gen.Frequency((3, Gen.Constant(0)), (4, Gen.Choose(1, 4)), (4, Gen.Choose(5, 40)));
        return Gen.Choose(1, 5).SelectMany(rows => Gen.Choose(1, 5).SelectMany(columns =>
                Gen.ArrayOf(Gen.ArrayOf(count, columns), rows)))
            .SelectMany(cells => Gen.Elements(3, 5, 5, 10).Select(threshold => (cells, threshold)))
            .ToArbitrary();
    }

    [Property(MaxTest = 400)]
    public Property Apply_NeverLetsAHiddenFigureBeDerived_AndShowsTrueValues()
    {
        return Prop.ForAll(Tables(), input =>
        {
            var (cells, threshold) = input;
            var table = SmallCountSuppression.Apply(Table(cells), threshold);
            var rows = cells.Length;
            var columns = cells[0].Length;
            var shownAreTrue = Enumerable.Range(0, rows).All(i => Enumerable.Range(0, columns).All(j =>
                table.Cells[i][j].Value is null || table.Cells[i][j].Value == cells[i][j]));
            var smallAreHidden = Enumerable.Range(0, rows).All(i => Enumerable.Range(0, columns).All(j =>
                cells[i][j] is 0 || cells[i][j] >= threshold || table.Cells[i][j].State == SuppressionState.PrimarySuppressed));
            var rowsSafe = Enumerable.Range(0, rows).All(i =>
                table.RowTotals[i].IsSuppressed || table.Cells[i].Count(f => f.IsSuppressed) != 1);
            var columnsSafe = Enumerable.Range(0, columns).All(j =>
                table.ColumnTotals[j].IsSuppressed || table.Cells.Count(r => r[j].IsSuppressed) != 1);
            var bySubstitution = DisclosureChecker.RevealedBySubstitution(table);
            var byElimination = DisclosureChecker.RevealedByElimination(table);
            return (shownAreTrue && smallAreHidden && rowsSafe && columnsSafe && bySubstitution.Count == 0 && byElimination.Count == 0)
                .Label($"table {string.Join(" / ", cells.Select(r => string.Join(",", r)))} t={threshold}: revealed {string.Join(", ", bySubstitution.Concat(byElimination))}");
        });
    }
}
