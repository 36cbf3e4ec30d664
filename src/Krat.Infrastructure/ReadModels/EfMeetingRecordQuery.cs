using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.ReadModels;

/// <summary>The EF Core <see cref="IMeetingRecordQuery"/>: <see cref="MeetingRecordSpec"/> without tracking, the seats' order, then the names.</summary>
/// <param name="context">The unit of work whose connection and committee scope the queries use.</param>
internal sealed class EfMeetingRecordQuery(KratDbContext context) : IMeetingRecordQuery
{
    /// <inheritdoc />
    public async Task<NamedMeetingRecord?> GetAsync(MeetingId meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await new EfReadRepository<Meeting>(context, SpecificationEvaluator.Default)
            .SingleOrDefaultAsync(new MeetingRecordSpec(meetingId), cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return null;
        }

        var committeeName = await context.Set<Committee>().AsNoTracking().IgnoreAutoIncludes()
            .Where(c => c.Id == meeting.CommitteeId).Select(c => c.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        List<SeatId> seatIds = [.. meeting.Attendance.Select(a => a.SeatId)];
        var seats = seatIds.Count == 0
            ? []
            : await context.Set<Seat>().AsNoTracking().IgnoreAutoIncludes()
                .Where(s => seatIds.Contains(s.Id))
                .Select(s => new SeatOrder(s.Id, s.Role, s.GrantOrder))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        var seatOrder = seats.ToDictionary(s => s.Id);

        var agenda = meeting.NumberedAgenda();
        var names = await Names.ReadAsync(
            context,
            meeting.Attendance.Select(a => a.OrganisationId)
                .Concat(meeting.Guests.Where(g => g.OrganisationId is not null).Select(g => g.OrganisationId!.Value))
                .Concat(meeting.Commitments.Select(c => c.OwnerId))
                .Concat(agenda.Where(i => i.Item.Presenter is not null).Select(i => i.Item.Presenter!.OrganisationId))
                .Concat(meeting.Chair is { } chair ? [chair.OrganisationId] : []),
            meeting.Attendance.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value)
                .Concat(agenda.Where(i => i.Item.Presenter is not null).Select(i => i.Item.Presenter!.PersonId))
                .Concat(meeting.Chair is { } chairPerson ? [chairPerson.PersonId] : []),
            cancellationToken).ConfigureAwait(false);

        NamedPersonForOrganisation? Named(PersonForOrganisation? who) =>
            who is null ? null : new NamedPersonForOrganisation(names.Of(who.PersonId), names.Of(who.OrganisationId));

        return new NamedMeetingRecord(
            meeting,
            committeeName,
            Named(meeting.Chair),
            [.. agenda.Select(i => new RecordAgendaItem(i, Named(i.Item.Presenter)))],
            [.. meeting.Attendance
                .Select(a => (Entry: a, Seat: seatOrder.GetValueOrDefault(a.SeatId, new SeatOrder(a.SeatId, SeatRole.Standing, int.MaxValue))))
                .OrderBy(a => a.Seat.Role)
                .ThenBy(a => a.Seat.GrantOrder)
                .ThenBy(a => a.Entry.SeatId.Value)
                .Select(a => new RecordAttendance(a.Entry, a.Seat.Role, names.Of(a.Entry.OrganisationId), a.Entry.PersonId is { } person ? names.Of(person) : null))],
            [.. meeting.Guests.OrderBy(g => g.Id).Select(g => new RecordGuest(g, g.OrganisationId is { } organisation ? names.Of(organisation) : null))],
            [.. meeting.Decisions.OrderBy(d => d.Number).Select(d => new RecordDecision(d))],
            [.. meeting.Commitments.OrderBy(c => c.Number).Select(c => new RecordCommitment(c, names.Of(c.OwnerId)))]);
    }

    private sealed record SeatOrder(SeatId Id, SeatRole Role, int GrantOrder);
}
