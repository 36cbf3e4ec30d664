using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Meetings;

/// <summary>The attendance of a whole body in one step, all or nothing, and the sheet that shows every seat.</summary>
public sealed class MeetingAttendanceTests
{
    private static readonly LocalDate Day = MeetingTestBody.Day;

    [Fact]
    public void RecordAttendance_RecordsThirtySeats_InOneStep()
    {
        var body = new MeetingTestBody(members: 29);
        var meeting = body.Held();
        var entries = body.Seats.Select((s, i) => (i % 5) switch
        {
            0 => SeatAttendance.Present(s.Id, PresenceCapacity.Titular, body.Titulars[i]),
            1 => SeatAttendance.Present(s.Id, PresenceCapacity.Deputy, body.Deputies[i]),
            2 => SeatAttendance.Present(s.Id, PresenceCapacity.Substitute, body.Substitutes[i].Id),
            3 => SeatAttendance.Excused(s.Id),
            _ => SeatAttendance.Absent(s.Id),
        }).ToList();

        meeting.RecordAttendance(body.Committee, entries, body.Substitutes);

        Assert.Equal(30, body.Seats.Count);
        Assert.Equal(30, meeting.Attendance.Count);
        var sheet = meeting.AttendanceSheet(body.Committee);
        Assert.Equal((30, 30, 18, 0), (sheet.Seats, sheet.Recorded, sheet.Present, sheet.NotRecorded));
        Assert.Equal(body.Seats.Select(s => s.Id), sheet.Lines.Select(l => l.SeatId));
        Assert.All(sheet.Lines, l => Assert.Equal(body.Seats.Single(s => s.Id == l.SeatId).OrganisationId, l.Entry!.OrganisationId));
        Assert.Equal(entries.Select(e => (e.SeatId, e.Status, e.Capacity, e.PersonId)), sheet.Lines.Select(l => (l.SeatId, l.Entry!.Status, l.Entry.Capacity, l.Entry.PersonId)));
    }

    [Fact]
    public void RecordAttendance_IsAllOrNothing_WhenOneEntryBreaksARule()
    {
        var body = new MeetingTestBody(members: 29);
        var meeting = body.Held();
        meeting.RecordAttendance(body.Committee, [SeatAttendance.Absent(body.Seats[0].Id)]);
        var entries = body.AllTitulars().ToList();
        entries[17] = SeatAttendance.Present(body.Seats[17].Id, PresenceCapacity.Titular, body.Deputies[17]);

        var error = Rule.Broken("attendance.not-a-representative", () => Fingerprint.Of(meeting), () => meeting.RecordAttendance(body.Committee, entries), "record anyone else as a substitute");

        Assert.Contains("regjistrojeni si zëvendësues", error.Text.Albanian, StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Absent, Assert.Single(meeting.Attendance).Status);
    }

    [Fact]
    public void RecordAttendance_ReplacesOnlyTheSeatsGiven()
    {
        var body = new MeetingTestBody();
        var meeting = body.Held();
        meeting.RecordAttendance(body.Committee, body.AllTitulars());

        meeting.RecordAttendance(body.Committee, [SeatAttendance.Excused(body.Seats[1].Id)]);

        var sheet = meeting.AttendanceSheet(body.Committee);
        Assert.Equal([AttendanceStatus.Present, AttendanceStatus.Excused, AttendanceStatus.Present], sheet.Lines.Select(l => l.Entry!.Status));
        Assert.Equal(3, meeting.Attendance.Count);
    }

    [Fact]
    public void RecordAttendance_Rejects_ASubstituteWhoIsNotAPersonOfTheSeatsOrganisation()
    {
        var body = new MeetingTestBody();
        var meeting = body.Held();
        var stranger = Person.Register("Arben", "Hoxha");
        stranger.Represent(OrganisationId.New(), Krat.Domain.Common.Term.From(MeetingTestBody.Jan1));
        var formerStaff = Person.Register("Mira", "Kola");
        formerStaff.Represent(body.Seats[1].OrganisationId, Krat.Domain.Common.Term.Between(MeetingTestBody.Jan1, Day.PlusDays(-1)));

        foreach (var person in new[] { stranger, formerStaff })
        {
            var error = Rule.Broken("attendance.substitute-not-of-organisation", () => Fingerprint.Of(meeting), () => meeting.RecordAttendance(body.Committee, [SeatAttendance.Present(body.Seats[1].Id, PresenceCapacity.Substitute, person.Id)], [stranger, formerStaff]), "organisation holding the seat on 2024-10-31");
            Assert.Contains("organizatës që e mban vendin më 31.10.2024", error.Text.Albanian, StringComparison.Ordinal);
        }

        // A substitute the caller did not pass is not known to be of the organisation.
        Rule.Broken("attendance.substitute-not-of-organisation", () => Fingerprint.Of(meeting), () => meeting.RecordAttendance(body.Committee, [SeatAttendance.Present(body.Seats[1].Id, PresenceCapacity.Substitute, body.Substitutes[1].Id)]));

        meeting.RecordAttendance(body.Committee, [SeatAttendance.Present(body.Seats[1].Id, PresenceCapacity.Substitute, body.Substitutes[1].Id), SeatAttendance.Present(body.Seats[2].Id, PresenceCapacity.Substitute)], body.Substitutes);

        Assert.Equal(2, meeting.Attendance.Count);
    }

    [Fact]
    public void RecordAttendance_Rejects_SeatsOfTheOtherBody_UnknownSeats_AndSeatsThatDoNotRun()
    {
        var body = new MeetingTestBody();
        var later = body.Committee.GrantSeat(OrganisationId.New(), CommitteeBody.Committee, SeatRole.Invited, false, Term.From(Day.PlusDays(1)));
        var meeting = body.Held();

        Rule.Broken("attendance.seat-not-on-body", () => Fingerprint.Of(meeting), () => meeting.RecordAttendance(body.Committee, [SeatAttendance.Absent(body.Seats[0].Id), SeatAttendance.Absent(body.TechnicalSeat.Id)]), "Technical Table");
        Rule.Broken("attendance.seat-not-on-body", () => Fingerprint.Of(meeting), () => meeting.RecordAttendance(body.Committee, [SeatAttendance.Absent(later.Id)]), "that run on 2024-10-31");
        var error = Rule.Broken("attendance.seat-not-on-body", () => Fingerprint.Of(meeting), () => meeting.RecordAttendance(body.Committee, [SeatAttendance.Absent(SeatId.New())]), "The committee has no seat");
        Assert.Contains("Komiteti nuk ka vend", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordAttendance_Rejects_ASeatTwice_OrAnotherCommittee_WithNothingChanged()
    {
        var body = new MeetingTestBody();
        var meeting = body.Held();
        var before = Fingerprint.Of(meeting);

        Assert.Throws<ArgumentException>(() => meeting.RecordAttendance(body.Committee, [SeatAttendance.Absent(body.Seats[1].Id), SeatAttendance.Excused(body.Seats[1].Id)]));
        Assert.Throws<ArgumentException>(() => meeting.RecordAttendance(new MeetingTestBody().Committee, [SeatAttendance.Absent(body.Seats[1].Id)]));
        Assert.Equal(before, Fingerprint.Of(meeting));
    }

    [Fact]
    public void AttendanceSheet_ShowsTheSeatsNotYetRecorded()
    {
        var body = new MeetingTestBody();
        var meeting = body.Held();
        meeting.RecordAttendance(body.Committee, [SeatAttendance.Present(body.Seats[0].Id, PresenceCapacity.Titular, body.Titulars[0]), SeatAttendance.Absent(body.Seats[2].Id)]);

        var sheet = meeting.AttendanceSheet(body.Committee);

        Assert.Equal((3, 2, 1, 1), (sheet.Seats, sheet.Recorded, sheet.Present, sheet.NotRecorded));
        var missing = Assert.Single(sheet.Lines, l => !l.IsRecorded);
        Assert.Equal(body.Seats[1].Id, missing.SeatId);
        Assert.Equal([body.Titulars[1], body.Deputies[1]], missing.Seat.Representatives.Select(r => r.PersonId));
        Assert.Equal([Post.Chair], sheet.Lines[0].Seat.Posts);
        Assert.Empty(sheet.Lines[1].Seat.Posts);
    }

    [Fact]
    public void AttendanceSheet_KeepsAnEntryWhoseSeatNoLongerRunsOnTheDay()
    {
        var body = new MeetingTestBody();
        var meeting = body.Held();
        meeting.RecordAttendance(body.Committee, body.AllTitulars());
        body.Committee.EndSeat(body.Seats[2].Id, Day.PlusDays(-1));

        var sheet = meeting.AttendanceSheet(body.Committee);

        Assert.Equal(2, sheet.Seats);
        var stray = Assert.Single(sheet.Lines, l => !l.OnBody);
        Assert.Equal(body.Seats[2].Id, stray.SeatId);
        Assert.True(stray.IsRecorded);
        Assert.Empty(stray.Seat.Representatives);
        Assert.Equal(Day.PlusDays(-1), stray.Seat.Term.End);
    }

    [Fact]
    public void RemoveAttendance_MakesTheSeatNotRecordedAgain()
    {
        var body = new MeetingTestBody();
        var meeting = body.Held();
        meeting.RecordAttendance(body.Committee, body.AllTitulars());

        meeting.RemoveAttendance(body.Seats[1].Id);

        Assert.Equal(1, meeting.AttendanceSheet(body.Committee).NotRecorded);
        var before = Fingerprint.Of(meeting);
        Assert.Throws<ArgumentException>(() => meeting.RemoveAttendance(body.Seats[1].Id));
        Assert.Equal(before, Fingerprint.Of(meeting));
    }

    [Fact]
    public void AttendanceSheet_DescribesEachSeat_AsTheRosterSpecificationDoes()
    {
        var body = new MeetingTestBody(members: 4);
        body.Committee.AssignPost(body.Seats[2].Id, Post.Secretary, Term.From(MeetingTestBody.Jan1));
        var meeting = body.Held();

        var sheet = meeting.AttendanceSheet(body.Committee);
        var roster = new SeatsOnDateSpec(body.Committee.Id, CommitteeBody.Committee, Day).Evaluate([body.Committee]).Single();

        Assert.Equal(roster.Seats.OrderBy(s => s.SeatId).Select(Describe), sheet.Lines.Select(l => l.Seat).OrderBy(s => s.SeatId).Select(Describe));
    }

    private static string Describe(SeatOnDate seat) =>
        $"{seat.SeatId} {seat.OrganisationId} {seat.Role} {seat.Votes} {seat.Term.Start} {seat.Term.End} {string.Join('+', seat.Posts)} {string.Join('+', seat.Representatives.Select(r => $"{r.PersonId}:{r.Capacity}:{r.Term.Start}:{r.Term.End}"))}";
}
