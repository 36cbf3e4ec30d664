using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Krat.Infrastructure.Conventions;

// The converters below store NodaTime values so that SQLite compares and sorts them as the types do in
// memory: ISO text with fixed-width fields (years 0001–9999) compares character by character in date
// order, and integers compare numerically. Range filters and ORDER BY therefore run in SQL.

/// <summary><see cref="LocalDate"/> as ISO text <c>uuuu-MM-dd</c>.</summary>
internal sealed class LocalDateConverter() : ValueConverter<LocalDate, string>(
    date => LocalDatePattern.Iso.Format(date),
    text => LocalDatePattern.Iso.Parse(text).Value)
{
    public const int Length = 10;
}

/// <summary>
/// <see cref="Instant"/> as an integer: 100-nanosecond ticks since the Unix epoch (1970-01-01T00:00:00Z),
/// <see cref="Instant.ToUnixTimeTicks"/>. Sub-tick precision is dropped.
/// </summary>
internal sealed class InstantConverter() : ValueConverter<Instant, long>(
    instant => instant.ToUnixTimeTicks(),
    ticks => Instant.FromUnixTimeTicks(ticks));

/// <summary>
/// <see cref="LocalDateTime"/> as ISO text <c>uuuu-MM-ddTHH:mm:ss</c> with an optional fraction of up to nine
/// digits and no trailing zeros: a missing or shorter fraction sorts first, so text order is time order.
/// </summary>
internal sealed class LocalDateTimeConverter() : ValueConverter<LocalDateTime, string>(
    value => LocalDateTimePattern.ExtendedIso.Format(value),
    text => LocalDateTimePattern.ExtendedIso.Parse(text).Value);

/// <summary><see cref="LocalTime"/> as ISO text <c>HH:mm:ss</c> with an optional fraction, ordered like <see cref="LocalDateTimeConverter"/>.</summary>
internal sealed class LocalTimeConverter() : ValueConverter<LocalTime, string>(
    value => LocalTimePattern.ExtendedIso.Format(value),
    text => LocalTimePattern.ExtendedIso.Parse(text).Value);

/// <summary><see cref="YearMonth"/> as ISO text <c>uuuu-MM</c>.</summary>
internal sealed class YearMonthConverter() : ValueConverter<YearMonth, string>(
    value => YearMonthPattern.Iso.Format(value),
    text => YearMonthPattern.Iso.Parse(text).Value)
{
    public const int Length = 7;
}

/// <summary><see cref="Duration"/> as integer 100-nanosecond ticks (<see cref="Duration.BclCompatibleTicks"/>).</summary>
internal sealed class DurationConverter() : ValueConverter<Duration, long>(
    value => value.BclCompatibleTicks,
    ticks => Duration.FromTicks(ticks));
