using Krat.Domain.Reports;
using NodaTime;

namespace Krat.Domain.Tests.Reports;

public sealed class ReportMathTests
{
    [Theory]
    [InlineData(1, 4, 0.25)]
    [InlineData(0, 3, 0.0)]
    [InlineData(3, 3, 1.0)]
    public void Ratio_DividesThePartByTheWhole(int part, int whole, double expected) =>
        Assert.Equal(expected, ReportMath.Ratio(part, whole)!.Value, 10);

    [Fact]
    public void Ratio_IsUnknown_WhenTheWholeIsZero() => Assert.Null(ReportMath.Ratio(0, 0));

    [Fact]
    public void Ratio_Rejects_NegativeCounts() => Assert.Throws<ArgumentOutOfRangeException>(() => ReportMath.Ratio(-1, 2));

    [Theory]
    [InlineData(4, 5, 0.25)]
    [InlineData(10, 5, -0.5)]
    [InlineData(7, 7, 0.0)]
    public void Change_IsRelativeToThePreviousFigure(int previous, int current, double expected) =>
        Assert.Equal(expected, ReportMath.Change(previous, current)!.Value, 10);

    [Fact]
    public void Change_IsUnknown_WithoutAPreviousFigure() => Assert.Null(ReportMath.Change(0, 12));

    [Theory]
    [InlineData(1, "2023-01-01", "2023-03-31")]
    [InlineData(2, "2023-04-01", "2023-06-30")]
    [InlineData(3, "2023-07-01", "2023-09-30")]
    [InlineData(4, "2023-10-01", "2023-12-31")]
    public void Quarter_RunsThreeWholeMonths(int quarter, string start, string end)
    {
        var period = ReportMath.Quarter(2023, quarter);

        Assert.Equal((start, end), (period.Start.ToString("uuuu-MM-dd", null), period.End.ToString("uuuu-MM-dd", null)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_Rejects_AQuarterOutsideOneToFour(int quarter) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportMath.Quarter(2023, quarter));

    [Fact]
    public void YearAndMonth_CoverTheirWholeDays()
    {
        Assert.Equal(365, ReportMath.Year(2023).Length);
        Assert.Equal(366, ReportMath.Year(2024).Length);
        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), ReportMath.Month(new YearMonth(2024, 2)));
    }

    [Fact]
    public void YearBefore_ShiftsDayForDay_AndTurnsTheTwentyNinthOfFebruaryIntoTheTwentyEighth()
    {
        Assert.Equal(new DateInterval(new LocalDate(2022, 10, 1), new LocalDate(2022, 10, 31)), ReportMath.YearBefore(new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31))));
        Assert.Equal(new DateInterval(new LocalDate(2023, 2, 1), new LocalDate(2023, 2, 28)), ReportMath.YearBefore(ReportMath.Month(new YearMonth(2024, 2))));
    }
}
