using NodaTime;

namespace Krat.Domain.Reports;

/// <summary>Small pure calculations shared by the reports: ratios, changes and report periods.</summary>
public static class ReportMath
{
    /// <summary>A part of a whole as a ratio from 0 to 1.</summary>
    /// <param name="part">The part, 0 or more.</param>
    /// <param name="whole">The whole.</param>
    /// <returns>The ratio, or <see langword="null"/> when the whole is 0 (nothing to measure).</returns>
    public static double? Ratio(int part, int whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfNegative(whole);
        return whole == 0 ? null : (double)part / whole;
    }

    /// <summary>The relative change from a previous figure to a current one (0.25 for +25 %).</summary>
    /// <param name="previous">The earlier figure.</param>
    /// <param name="current">The current figure.</param>
    /// <returns>The change, or <see langword="null"/> when the previous figure is 0 (no base to compare with).</returns>
    public static double? Change(int previous, int current) =>
        previous == 0 ? null : (double)(current - previous) / previous;

    /// <summary>A calendar year as a period of days.</summary>
    /// <param name="year">The year.</param>
    /// <returns>1 January to 31 December, inclusive.</returns>
    public static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>A quarter of a calendar year as a period of days.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The three months of the quarter, inclusive.</returns>
    public static DateInterval Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new DateInterval(first, first.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>A month as a period of days.</summary>
    /// <param name="month">The month.</param>
    /// <returns>Its first to its last day, inclusive.</returns>
    public static DateInterval Month(YearMonth month) => month.ToDateInterval();

    /// <summary>
    /// The same period one year earlier, day for day; 29 February becomes 28 February (so the year before
    /// 2024-02-01…2024-02-29 is 2023-02-01…2023-02-28).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>The period a year earlier.</returns>
    public static DateInterval YearBefore(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new DateInterval(period.Start.PlusYears(-1), period.End.PlusYears(-1));
    }
}
