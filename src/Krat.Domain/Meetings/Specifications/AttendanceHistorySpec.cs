using Ardalis.Specification;
using Krat.Domain.Committees;
using Krat.Domain.Organisations;

namespace Krat.Domain.Meetings.Specifications;

/// <summary>
/// The attendance history of an organisation: the held meetings at which one of its seats has an
/// attendance entry (optionally only those where it was present, and of one committee), ordered by start
/// then identity, with the status, capacity and person recorded.
/// </summary>
public sealed class AttendanceHistorySpec : Specification<Meeting, OrganisationAttendance>
{
    /// <summary>Builds the query.</summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="committeeId">Only meetings of this committee, when given.</param>
    /// <param name="presentOnly">Only meetings at which the organisation was present.</param>
    public AttendanceHistorySpec(OrganisationId organisationId, CommitteeId? committeeId = null, bool presentOnly = false)
    {
        var anyStatus = !presentOnly;
        Query
            .Where(m => m.State == MeetingState.Held)
            .Where(m => m.Attendance.Any(a => a.OrganisationId == organisationId && (anyStatus || a.Status == AttendanceStatus.Present)))
            .Where(m => m.CommitteeId == committeeId, committeeId.HasValue)
            .OrderBy(m => m.StartsAt)
            .ThenBy(m => m.Id)
            .Select(m => new OrganisationAttendance(
                m.Id,
                m.CommitteeId,
                m.Body,
                m.Kind,
                m.Date,
                m.Attendance.Where(a => a.OrganisationId == organisationId).Select(a => a.Status).FirstOrDefault(),
                m.Attendance.Where(a => a.OrganisationId == organisationId).Select(a => a.Capacity).FirstOrDefault(),
                m.Attendance.Where(a => a.OrganisationId == organisationId).Select(a => a.PersonId).FirstOrDefault()));
    }
}
