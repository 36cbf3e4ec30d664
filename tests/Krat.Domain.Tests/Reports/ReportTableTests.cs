using Krat.Domain.Common;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using NodaTime;

namespace Krat.Domain.Tests.Reports;

public sealed class ReportTableTests
{
    private static readonly Label[] TwoColumns = [new("A", "A"), new("B", "B")];

    [Fact]
    public void Table_Rejects_ARowWithTooFewCells()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportTable("t", new Label("T", "T"), TwoColumns, [[ReportCell.Of("x")]]));

        Assert.Contains("2 cells", error.Message);
    }

    [Fact]
    public void Table_Rejects_NoColumnsOrNoKey()
    {
        Assert.Throws<ArgumentException>(() => new ReportTable("t", new Label("T", "T"), [], []));
        Assert.Throws<ArgumentException>(() => new ReportTable(" ", new Label("T", "T"), TwoColumns, []));
    }

    [Fact]
    public void FigureCell_KeepsTheSuppressionState_AndHidesTheValue()
    {
        var hidden = ReportCell.Figure(PublishedFigure.Hidden);
        var shown = ReportCell.Figure(PublishedFigure.Shown(12));

        Assert.Equal((ReportCellKind.Figure, SuppressionState.Hidden, (decimal?)null, "x", true), (hidden.Kind, hidden.State, hidden.Value, hidden.Text.English, hidden.IsSuppressed));
        Assert.Equal((ReportCellKind.Figure, SuppressionState.Shown, (decimal?)12, "12", false), (shown.Kind, shown.State, shown.Value, shown.Text.Albanian, shown.IsSuppressed));
    }

    [Theory]
    [InlineData(2.0 / 3, "66.7%", 66.7)]
    [InlineData(1.0, "100.0%", 100.0)]
    [InlineData(0.0005, "0.1%", 0.1)]
    public void PercentCell_ShowsOneDecimal(double ratio, string text, double value)
    {
        var cell = ReportCell.Percent(ratio);

        Assert.Equal((text, (decimal)value), (cell.Text.English, cell.Value!.Value));
    }

    [Fact]
    public void NumberCell_DropsTrailingZeros_WhateverTheScaleItWasStoredWith()
    {
        Assert.Equal(ReportCell.Number(20m), ReportCell.Number(20.0m));
        Assert.Equal(("20", "-1.5"), (ReportCell.Number(20.00m).Text.English, ReportCell.Number(-1.50m).Text.English));
    }

    [Fact]
    public void Cells_ForUnknownsAreEmpty_AndCodesCarryBothLanguages()
    {
        Assert.Equal(string.Empty, ReportCell.Percent(null).Text.Albanian);
        Assert.Equal(string.Empty, ReportCell.Number(null).Text.English);
        Assert.Equal(string.Empty, ReportCell.Date(null).Text.English);
        Assert.Equal("2023-10-31", ReportCell.Date(new LocalDate(2023, 10, 31)).Text.Albanian);
        var code = ReportCell.Code(SuppressionState.Shown);
        Assert.Equal(("E shfaqur", "Shown"), (code.Text.Albanian, code.Text.English));
    }
}
