using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

// The secretary's corrections on real SQLite: a meeting changed through its verbs, saved through the repository and
// reloaded in a new context, is the meeting that was saved (every public property), and removed parts leave no row.
public sealed class MeetingRecordPersistenceTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Migrated();

    public MeetingRecordPersistenceTests()
    {
        using var context = _database.KratContext();
        KorceData.Build().Save(context);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AHeldMeeting_CorrectedPartByPart_RoundTrips()
    {
        string expected;
        await using (var context = _database.KratContext())
        {
            var repository = new EfRepository<Meeting>(context, SpecificationEvaluator.Default);
            var committee = await context.Set<Committee>().SingleAsync();
            var meeting = (await repository.FirstOrDefaultAsync(new MeetingRecordSpec(KorceData.ReviewMeeting)))!;
            var version = meeting.Version;
            var substitute = await context.Set<Person>().SingleAsync(p => p.Id == KorceData.Deputy);
            var seats = committee.SeatsOn(CommitteeBody.Committee, meeting.Date);

            meeting.CorrectDetails(committee, new LocalDateTime(2023, 7, 4, 10, 0), new LocalDateTime(2023, 7, 4, 11, 30), "Salla e Prefekturës", "Mbledhje e jashtëzakonshme për raportin", _database.Clock.GetCurrentInstant());
            meeting.RecordAttendance(committee, [SeatAttendance.Present(seats.Single(s => s.OrganisationId == KorceData.Prefecture).Id, PresenceCapacity.Titular, KorceData.Prefect), SeatAttendance.Present(seats.Single(s => s.OrganisationId == KorceData.Municipality).Id, PresenceCapacity.Substitute, substitute.Id)], [substitute]);
            var report = meeting.AddAgendaItem("Raporti");
            var schools = meeting.AddAgendaItem("Shkollat");
            meeting.NestAgendaItem(schools.Id, report.Id);
            var guest = meeting.RecordGuest(null, "Gazetarë", 2);
            meeting.CorrectGuest(guest.Id, KorceData.Municipality, "Gazetarë vendorë", 3);
            var first = meeting.RecordDecision(DecisionKind.Other, "E para");
            var second = meeting.RecordDecision(DecisionKind.Recommendation, "E dyta");
            meeting.RemoveDecision(first.Id);
            meeting.CorrectDecision(second.Id, DecisionKind.Recommendation, "Rekomandohet");
            var promise = meeting.RecordCommitment("Raport", KorceData.Municipality);
            meeting.CorrectCommitment(promise.Id, "Raport për shkollat", KorceData.Prefecture, new LocalDate(2023, 9, 30));
            await repository.UpdateAsync(meeting, version);
            await repository.SaveChangesAsync();
            expected = Projection.Of(meeting);
        }

        await using var reading = _database.KratContext();
        var stored = await reading.Set<Meeting>().AsNoTracking().SingleAsync(m => m.Id == KorceData.ReviewMeeting);
        Assert.Equal(expected, Projection.Of(stored));
        Assert.Equal(["1 Raporti", "1.1 Shkollat"], stored.NumberedAgenda().Select(l => $"{l.Number} {l.Item.Title}"));
        Assert.Equal(1L, _database.Scalar($"SELECT COUNT(*) FROM MeetingDecisions WHERE MeetingId = '{Upper(KorceData.ReviewMeeting)}'"));
        Assert.Equal(PresenceCapacity.Substitute, stored.Attendance.Single(a => a.PersonId == KorceData.Deputy).Capacity);
    }

    [Fact]
    public async Task RemovedParts_AndAWithdrawnReview_LeaveNoRow()
    {
        await using (var context = _database.KratContext())
        {
            var quarterly = await context.Set<Meeting>().SingleAsync(m => m.Id == KorceData.QuarterlyMeeting);
            var review = await context.Set<Meeting>().SingleAsync(m => m.Id == KorceData.ReviewMeeting);
            var committee = await context.Set<Committee>().SingleAsync();
            var seat = committee.SeatsOn(CommitteeBody.Committee, review.Date)[0];
            review.RecordAttendance(committee, [SeatAttendance.Excused(seat.Id)]);
            var guest = review.RecordGuest(null, "Gazetarë", 2);
            await context.SaveChangesAsync();

            quarterly.WithdrawReview(KorceData.Report, review);
            review.RemoveAttendance(seat.Id);
            review.RemoveGuest(guest.Id);
            await context.SaveChangesAsync();
        }

        var id = Upper(KorceData.ReviewMeeting);
        Assert.Equal(0L, _database.Scalar($"SELECT COUNT(*) FROM CommitmentReviews WHERE MeetingId = '{id}'"));
        Assert.Equal(0L, _database.Scalar($"SELECT COUNT(*) FROM MeetingAttendance WHERE MeetingId = '{id}'"));
        Assert.Equal(0L, _database.Scalar($"SELECT COUNT(*) FROM MeetingGuests WHERE MeetingId = '{id}'"));
        await using var reading = _database.KratContext();
        var stored = await reading.Set<Meeting>().SingleAsync(m => m.Id == KorceData.QuarterlyMeeting);
        Assert.Equal(CommitmentStatus.Open, stored.Commitments.Single().Status);
    }

    [Fact]
    public async Task ACancelledMeeting_KeepsItsReason_AndAPlannedOneCopiesAnAgenda()
    {
        var next = Meeting.Plan(new MeetingPlan { CommitteeId = KorceData.CommitteeId, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2023, 9, 20, 10, 0), End = new LocalDateTime(2023, 9, 20, 12, 0), Place = "Korçë" });
        string expected;
        await using (var context = _database.KratContext())
        {
            var quarterly = await context.Set<Meeting>().SingleAsync(m => m.Id == KorceData.QuarterlyMeeting);
            next.CopyAgendaFrom(quarterly, withPresenters: true);
            context.Add(next);
            await context.SaveChangesAsync();
            expected = Projection.Of(next);
        }

        await using var reading = _database.KratContext();
        var stored = await reading.Set<Meeting>().SingleAsync(m => m.Id == next.Id);
        Assert.Equal(expected, Projection.Of(stored));
        Assert.Equal(["1 Hapja e mbledhjes", "1.1 Përshëndetje nga kryetari", "2 Plani i veprimit 2023"], stored.NumberedAgenda().Select(l => $"{l.Number} {l.Item.Title}"));
        Assert.Equal("Mungon kuorumi; shtyhet për janar.", (await reading.Set<Meeting>().SingleAsync(m => m.Id == KorceData.CancelledMeeting)).CancellationReason);
    }

    private static string Upper(MeetingId id) => id.Value.ToString().ToUpperInvariant();
}
