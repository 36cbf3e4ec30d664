using Ardalis.Specification;
using Krat.Domain.Committees;
using NodaTime;

namespace Krat.Domain.Meetings.Specifications;

/// <summary>
/// A committee's meetings whose day (in Europe/Tirane) falls in a period, optionally of one body, kind or
/// state, ordered by start then identity, one page at a time.
/// </summary>
public sealed class CommitteeMeetingsInPeriodSpec : Specification<Meeting>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="period">The period, both ends inclusive.</param>
    /// <param name="skip">How many meetings to skip (0 or more).</param>
    /// <param name="take">How many meetings to return (1 or more).</param>
    /// <param name="body">Only meetings of this body, when given.</param>
    /// <param name="kind">Only meetings of this kind, when given.</param>
    /// <param name="state">Only meetings in this state, when given.</param>
    public CommitteeMeetingsInPeriodSpec(CommitteeId committeeId, DateInterval period, int skip = 0, int take = 50, CommitteeBody? body = null, MeetingKind? kind = null, MeetingState? state = null)
        : this(committeeId, (period ?? throw new ArgumentNullException(nameof(period))).Start, period.End, skip, take, body, kind, state)
    {
    }

    // The query's closure holds the parameters only (no locals), so the SQL parameters keep their names.
    private CommitteeMeetingsInPeriodSpec(CommitteeId committeeId, LocalDate from, LocalDate to, int skip, int take, CommitteeBody? body, MeetingKind? kind, MeetingState? state)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        Query
            .Where(m => m.CommitteeId == committeeId && from <= m.Date && m.Date <= to)
            .Where(m => m.Body == body, body.HasValue)
            .Where(m => m.Kind == kind, kind.HasValue)
            .Where(m => m.State == state, state.HasValue)
            .OrderBy(m => m.StartsAt)
            .ThenBy(m => m.Id)
            .Skip(skip)
            .Take(take);
    }
}
