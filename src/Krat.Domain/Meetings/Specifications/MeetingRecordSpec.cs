using Ardalis.Specification;

namespace Krat.Domain.Meetings.Specifications;

/// <summary>One meeting with its whole record: agenda, attendance, guests, decisions, commitments and their reviews.</summary>
public sealed class MeetingRecordSpec : SingleResultSpecification<Meeting>
{
    /// <summary>Builds the query.</summary>
    /// <param name="meetingId">The meeting.</param>
    public MeetingRecordSpec(MeetingId meetingId)
    {
        Query
            .Where(m => m.Id == meetingId)
            .Include(m => m.Agenda)
            .Include(m => m.Attendance)
            .Include(m => m.Guests)
            .Include(m => m.Decisions)
            .Include(m => m.Commitments)
                .ThenInclude(c => c.Reviews)
            .AsSplitQuery();
    }
}
