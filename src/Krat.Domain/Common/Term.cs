using NodaTime;

namespace Krat.Domain.Common;

/// <summary>
/// A period of whole days with an inclusive start (<see cref="Start"/>) and an optional inclusive end
/// (<see cref="End"/>); an open term (no end) runs on indefinitely. It is the open-ended form of a period:
/// NodaTime's <see cref="DateInterval"/> is the closed one (both ends inclusive), and <see cref="Of"/> /
/// <see cref="ToInterval"/> convert between them. Used for seats, representatives, contacts, partnerships and
/// service providers. A term never runs backwards: its end is never before its start. Equality is by value.
/// </summary>
public sealed record Term
{
    private Term(LocalDate start, LocalDate? end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The first day of the term.</summary>
    public LocalDate Start { get; private init; }

    /// <summary>The last day of the term, inclusive, or <see langword="null"/> while it is open.</summary>
    public LocalDate? End { get; private init; }

    /// <summary>Whether the term has no end yet.</summary>
    public bool IsOpen => End is null;

    /// <summary>The placeholder a constructor sets before the real term (or EF Core's values) replace it; never kept.</summary>
    internal static Term Unset => new(default, null);

    /// <summary>A term from a day on, with no end.</summary>
    /// <param name="start">The first day.</param>
    /// <returns>The open term.</returns>
    public static Term From(LocalDate start) => new(Require.Date(start, nameof(start)), null);

    /// <summary>A term between two days, both inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or <see langword="null"/> for an open term.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentException">The end is before the start.</exception>
    public static Term Between(LocalDate start, LocalDate? end)
    {
        Require.Date(start, nameof(start));
        if (end is { } last)
        {
            Periods.RequireOrdered(start, last, nameof(start), nameof(end));
        }

        return new Term(start, end);
    }

    /// <summary>The term that covers exactly the days of a closed period (its inclusive start and inclusive end).</summary>
    /// <param name="period">The closed period; both ends inclusive.</param>
    /// <returns>The closed term with the same first and last day.</returns>
    public static Term Of(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Between(period.Start, period.End);
    }

    /// <summary>
    /// The closed part of the term up to a day: from <see cref="Start"/> to the earlier of <see cref="End"/> and
    /// <paramref name="until"/>, both inclusive; an open term is closed on <paramref name="until"/>.
    /// </summary>
    /// <param name="until">The last day to include, inclusive; not before <see cref="Start"/>.</param>
    /// <returns>The closed period.</returns>
    /// <exception cref="ArgumentException"><paramref name="until"/> is before <see cref="Start"/>.</exception>
    public DateInterval ToInterval(LocalDate until)
    {
        Periods.RequireOrdered(Start, until, nameof(Start), nameof(until));
        return new DateInterval(Start, End is { } end && end < until ? end : until);
    }

    /// <summary>Whether the term covers a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ date ≤ <see cref="End"/> (or the term is open).</returns>
    public bool Contains(LocalDate date) => Start <= date && (End is null || date <= End.Value);

    /// <summary>Whether two terms share at least one day.</summary>
    /// <param name="other">The other term.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(Term other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (End is null || other.Start <= End.Value) && (other.End is null || Start <= other.End.Value);
    }

    /// <summary>The same term ended on a day.</summary>
    /// <param name="last">The last day, inclusive; not before <see cref="Start"/>.</param>
    /// <returns>The closed term.</returns>
    /// <exception cref="ArgumentException">The day is before the start.</exception>
    public Term EndOn(LocalDate last) => Between(Start, last);

    /// <inheritdoc />
    public override string ToString() => End is null ? $"{Start:yyyy-MM-dd}…" : $"{Start:yyyy-MM-dd}…{End:yyyy-MM-dd}";
}
