using Ardalis.Specification;
using Krat.Domain.Committees;
using NodaTime;

namespace Krat.Domain.Meetings.Specifications;

/// <summary>
/// The last held meeting of a committee body that started before an instant (the start of the meeting being
/// planned): where "start from the last meeting" copies the agenda from (<see cref="Meeting.CopyAgendaFrom"/>). The
/// latest start wins; between meetings that started at the same instant, the greater identity.
/// </summary>
public sealed class PreviousMeetingSpec : SingleResultSpecification<Meeting>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="body">The body that meets.</param>
    /// <param name="before">Only meetings that started before this instant.</param>
    public PreviousMeetingSpec(CommitteeId committeeId, CommitteeBody body, Instant before)
    {
        Query
            .Where(m => m.CommitteeId == committeeId && m.Body == body && m.State == MeetingState.Held && m.StartsAt < before)
            .OrderByDescending(m => m.StartsAt)
            .ThenByDescending(m => m.Id)
            .Take(1);
    }
}
