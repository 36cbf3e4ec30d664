using Ardalis.Specification;
using Krat.Domain.Committees;
using NodaTime;

namespace Krat.Domain.Meetings.Specifications;

/// <summary>
/// The meetings of a committee that the public may know of, whose day (in Europe/Tirane) falls in a period:
/// planned and cancelled meetings (their time and place), and held meetings whose minutes are approved. Held
/// meetings with draft minutes are left out until the minutes are approved. Optionally of one body; ordered by
/// start then identity, one page at a time.
/// </summary>
public sealed class PublishedMeetingsInPeriodSpec : Specification<Meeting>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="period">The period, both ends inclusive.</param>
    /// <param name="skip">How many meetings to skip (0 or more).</param>
    /// <param name="take">How many meetings to return (1 or more).</param>
    /// <param name="body">Only meetings of this body, when given.</param>
    public PublishedMeetingsInPeriodSpec(CommitteeId committeeId, DateInterval period, int skip = 0, int take = 50, CommitteeBody? body = null)
        : this(committeeId, (period ?? throw new ArgumentNullException(nameof(period))).Start, period.End, skip, take, body)
    {
    }

    // The query's closure holds the parameters only (no locals), so the SQL parameters keep their names.
    private PublishedMeetingsInPeriodSpec(CommitteeId committeeId, LocalDate from, LocalDate to, int skip, int take, CommitteeBody? body)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        Query
            .Where(m => m.CommitteeId == committeeId && from <= m.Date && m.Date <= to)
            .Where(m => m.State == MeetingState.Planned || m.State == MeetingState.Cancelled || m.Minutes == MinutesStatus.Approved)
            .Where(m => m.Body == body, body.HasValue)
            .OrderBy(m => m.StartsAt)
            .ThenBy(m => m.Id)
            .Skip(skip)
            .Take(take);
    }
}
