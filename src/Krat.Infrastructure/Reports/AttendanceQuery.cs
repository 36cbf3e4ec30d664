using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.People;
using Krat.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// Who attended the meetings of a period (<see cref="AttendanceReport"/>): counts per body and per institution grouped in SQL, the held meetings' entries row by row.
/// </summary>
internal sealed class AttendanceQuery : ReportQuery
{
    /// <summary>Creates the query on a context (scoped, like the context).</summary>
    /// <param name="db">The context; its committee scope applies.</param>
    public AttendanceQuery(KratDbContext db)
        : base(db)
    {
    }

    /// <inheritdoc cref="IReportService.AttendanceAsync" />
    public async Task<AttendanceReport> AttendanceAsync(CommitteeId committeeId, DateInterval period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (from, to) = (period.Start, period.End);
        var meetings = Db.Set<Meeting>().AsNoTracking().Where(m => m.CommitteeId == committeeId && m.Date >= from && m.Date <= to);
        var perBody = await meetings
            .GroupBy(m => new { m.Body, m.State })
            .Select(g => new { g.Key.Body, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var held = meetings.Where(m => m.State == MeetingState.Held);
        var perInstitution = await held
            .SelectMany(m => m.Attendance)
            .GroupBy(a => new { a.OrganisationId, a.Status })
            .Select(g => new { g.Key.OrganisationId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = await held
            .SelectMany(m => m.Attendance, (m, a) => new { MeetingId = m.Id, m.Date, m.StartsAt, m.Body, m.Kind, a.OrganisationId, a.Status, a.Capacity, a.PersonId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var organisations = await NamesAsync(perInstitution.Select(r => r.OrganisationId), cancellationToken).ConfigureAwait(false);
        List<PersonId> personIds = [.. entries.Where(e => e.PersonId.HasValue).Select(e => e.PersonId!.Value).Distinct()];
        var people = await Db.Set<Person>().AsNoTracking()
            .Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName })
            .ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken).ConfigureAwait(false);

        var bodies = perBody
            .GroupBy(r => r.Body)
            .OrderBy(g => g.Key)
            .Select(g => new BodyMeetings(
                g.Key,
                g.Where(r => r.State == MeetingState.Held).Sum(r => r.Count),
                g.Where(r => r.State == MeetingState.Planned).Sum(r => r.Count),
                g.Where(r => r.State == MeetingState.Cancelled).Sum(r => r.Count)))
            .ToList();
        var institutions = perInstitution
            .GroupBy(r => r.OrganisationId)
            .Select(g =>
            {
                var name = organisations.TryGetValue(g.Key, out var n) ? n : new OrganisationName(g.Key.ToString(), string.Empty);
                return (name.SortKey, Report: new InstitutionAttendance(
                    g.Key,
                    name.Name,
                    g.Where(r => r.Status == AttendanceStatus.Present).Sum(r => r.Count),
                    g.Where(r => r.Status == AttendanceStatus.Excused).Sum(r => r.Count),
                    g.Where(r => r.Status == AttendanceStatus.Absent).Sum(r => r.Count),
                    [.. entries
                        .Where(e => e.OrganisationId == g.Key)
                        .OrderBy(e => e.StartsAt).ThenBy(e => e.Body).ThenBy(e => e.MeetingId)
                        .Select(e => new AttendanceEntry(
                            e.MeetingId, e.Date, e.Body, e.Kind, e.Status, e.Capacity, e.PersonId,
                            e.PersonId is { } p && people.TryGetValue(p, out var full) ? full : null))]).WithEnglishName(name.EnglishName));
            })
            .OrderBy(x => x.SortKey, StringComparer.Ordinal).ThenBy(x => x.Report.OrganisationId)
            .Select(x => x.Report)
            .ToList();
        return new AttendanceReport(committeeId, period, bodies, institutions);
    }
}
