using NodaTime;

namespace Krat.Domain.Plans;

/// <summary>
/// A target or actual value of an indicator for a period of days (inclusive), such as the year 2023 or its first
/// quarter. Count and percentage indicators carry an <see cref="Amount"/>; qualitative indicators carry a
/// <see cref="Text"/>. Equality is by value.
/// </summary>
public sealed record IndicatorValue
{
    /// <summary>The longest text accepted.</summary>
    public const int MaxTextLength = 500;

    internal IndicatorValue(LocalDate periodStart, LocalDate periodEnd, decimal? amount, string? text)
    {
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Amount = amount;
        Text = text;
    }

    /// <summary>The period the value is for, both ends inclusive.</summary>
    public DateInterval Period => new(PeriodStart, PeriodEnd);

    /// <summary>The first day of the period (stored as <c>PeriodStart</c>).</summary>
    internal LocalDate PeriodStart { get; private init; }

    /// <summary>The last day of the period, inclusive (stored as <c>PeriodEnd</c>).</summary>
    internal LocalDate PeriodEnd { get; private init; }

    /// <summary>The number, for count (whole, ≥ 0) and percentage (0–100) indicators.</summary>
    public decimal? Amount { get; private init; }

    /// <summary>The described value of a qualitative indicator, or a note on a number.</summary>
    public string? Text { get; private init; }

    /// <inheritdoc />
    public override string ToString() => $"{PeriodStart:yyyy-MM-dd}…{PeriodEnd:yyyy-MM-dd}: {Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Text}";
}
