using NodaTime;

namespace Krat.Domain.Common;

/// <summary>
/// The window of days the domain accepts anywhere a date enters it (periods, seats, activities, meetings, plans,
/// statistics): by default 1 January 1990 to 31 December 2100, so that a mistyped year (1, 9999) is refused with a
/// clear message instead of being published. A host may widen or narrow it once at start-up with
/// <see cref="Configure"/>; the window is the same for every thread afterwards.
/// </summary>
public static class PlausibleDates
{
    /// <summary>The stable identifier of the rule.</summary>
    public const string Rule = "date.plausible";

    /// <summary>The first day accepted by default.</summary>
    public static readonly LocalDate DefaultEarliest = new(1990, 1, 1);

    /// <summary>The last day accepted by default.</summary>
    public static readonly LocalDate DefaultLatest = new(2100, 12, 31);

    private static DateInterval _window = new(DefaultEarliest, DefaultLatest);

    /// <summary>The first day accepted.</summary>
    public static LocalDate Earliest => _window.Start;

    /// <summary>The last day accepted (inclusive).</summary>
    public static LocalDate Latest => _window.End;

    /// <summary>Sets the window; call once when the host starts, before any aggregate is changed.</summary>
    /// <param name="earliest">The first day accepted.</param>
    /// <param name="latest">The last day accepted, not before <paramref name="earliest"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="latest"/> is before <paramref name="earliest"/>.</exception>
    public static void Configure(LocalDate earliest, LocalDate latest)
    {
        if (latest < earliest)
        {
            throw new ArgumentException($"The window of plausible dates cannot end ({latest:yyyy-MM-dd}) before it starts ({earliest:yyyy-MM-dd}).", nameof(latest));
        }

        _window = new DateInterval(earliest, latest);
    }

    /// <summary>Whether <paramref name="date"/> lies in the window (both ends included).</summary>
    /// <param name="date">The day to check.</param>
    /// <returns><see langword="true"/> when the domain accepts the day.</returns>
    public static bool Contains(LocalDate date) => _window.Contains(date);
}
