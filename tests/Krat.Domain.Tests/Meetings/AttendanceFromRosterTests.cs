using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Meetings;

// Attendance recorded from a roster (ids only, as SeatsOnDateSpec reads it) and a seat id follows the same rules as
// attendance recorded from a loaded seat, and records the same entries.
public sealed class AttendanceFromRosterTests
{
    private static readonly LocalDate Jan1 = new(2024, 1, 1);
    private static readonly LocalDate Day = new(2024, 10, 31);
    private readonly OrganisationId _prefecture = OrganisationId.New();
    private readonly OrganisationId _police = OrganisationId.New();
    private readonly PersonId _prefect = PersonId.New();
    private readonly PersonId _deputy = PersonId.New();
    private readonly Committee _committee;
    private readonly Seat _chairSeat;
    private readonly Seat _policeSeat;
    private readonly Seat _endedSeat;
    private readonly Seat _technicalSeat;

    public AttendanceFromRosterTests()
    {
        _committee = Committee.Establish(CountyCode.From("AL-02"), "KRAT Durrës");
        _chairSeat = _committee.GrantSeat(_prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        _committee.AssignPost(_chairSeat.Id, Post.Chair, Term.From(Jan1));
        var prefect = Person.Register("Emiljan", "Jani", id: _prefect);
        prefect.Represent(_prefecture, Term.From(Jan1));
        var deputy = Person.Register("Arta", "Dobi", id: _deputy);
        deputy.Represent(_prefecture, Term.From(Jan1));
        _committee.AppointRepresentative(_chairSeat.Id, prefect, RepresentationCapacity.Titular, Term.From(Jan1));
        _committee.AppointRepresentative(_chairSeat.Id, deputy, RepresentationCapacity.Deputy, Term.From(Jan1));
        _committee.Constitute(Jan1);
        _policeSeat = _committee.GrantSeat(_police, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        _endedSeat = _committee.GrantSeat(OrganisationId.New(), CommitteeBody.Committee, SeatRole.Invited, false, Term.From(Jan1));
        _committee.EndSeat(_endedSeat.Id, Day.PlusDays(-1));
        _technicalSeat = _committee.GrantSeat(_police, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(Jan1));
    }

    private Meeting Held()
    {
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = Day.At(new LocalTime(10, 0)), End = Day.At(new LocalTime(12, 0)), Place = "Prefektura e Qarkut Durrës" });
        meeting.MarkHeld(meeting.EndsAt);
        return meeting;
    }

    private CommitteeRoster RosterOn(LocalDate date, CommitteeBody body = CommitteeBody.Committee) =>
        new(_committee.Id, _committee.Name, body, date, [.. _committee.SeatsOn(body, date).Select(s => SeatOnDate.Of(s, date))]);

    private static IEnumerable<(SeatId, OrganisationId, AttendanceStatus, PresenceCapacity?, PersonId?)> Entries(Meeting meeting) =>
        meeting.Attendance.Select(a => (a.SeatId, a.OrganisationId, a.Status, a.Capacity, a.PersonId)).OrderBy(e => e.SeatId.Value);

    [Fact]
    public void FromTheRoster_RecordsTheSameEntries_AsFromTheLoadedSeats()
    {
        var fromSeats = Held();
        var fromRoster = Held();
        var roster = RosterOn(Day);

        fromSeats.RecordPresent(_chairSeat, PresenceCapacity.Deputy, _deputy);
        fromSeats.RecordExcused(_policeSeat);
        fromRoster.RecordPresent(roster, _chairSeat.Id, PresenceCapacity.Deputy, _deputy);
        fromRoster.RecordExcused(roster, _policeSeat.Id);

        Assert.Equal(Entries(fromSeats), Entries(fromRoster));
        Assert.Equal(_prefecture, fromRoster.Attendance.Single(a => a.SeatId == _chairSeat.Id).OrganisationId);
    }

    [Fact]
    public void FromTheRoster_ALaterEntryReplacesTheSeatsEarlierOne()
    {
        var meeting = Held();
        var roster = RosterOn(Day);

        meeting.RecordPresent(roster, _policeSeat.Id, PresenceCapacity.Substitute, PersonId.New());
        meeting.RecordAbsent(roster, _policeSeat.Id);

        Assert.Equal(AttendanceStatus.Absent, Assert.Single(meeting.Attendance).Status);
    }

    [Fact]
    public void FromTheRoster_RefusesASeatOfTheOtherBody()
    {
        var meeting = Held();
        var roster = RosterOn(Day);

        Rule.Broken("attendance.seat-not-on-body", () => Fingerprint.Of(meeting), () => meeting.RecordPresent(roster, _technicalSeat.Id, PresenceCapacity.Titular), "that run on 2024-10-31");
    }

    [Fact]
    public void FromTheRoster_RefusesASeatThatNoLongerRunsOnTheDay()
    {
        var meeting = Held();
        var roster = RosterOn(Day);

        Rule.Broken("attendance.seat-not-on-body", () => Fingerprint.Of(meeting), () => meeting.RecordAbsent(roster, _endedSeat.Id), "that run on 2024-10-31");
    }

    [Fact]
    public void FromTheRoster_RefusesATitularWhoIsNotAppointedToTheSeat()
    {
        var meeting = Held();
        var roster = RosterOn(Day);

        Rule.Broken("attendance.not-a-representative", () => Fingerprint.Of(meeting), () => meeting.RecordPresent(roster, _policeSeat.Id, PresenceCapacity.Titular, _prefect), "record anyone else as a substitute");
        Rule.Broken("attendance.not-a-representative", () => Fingerprint.Of(meeting), () => meeting.RecordPresent(roster, _chairSeat.Id, PresenceCapacity.Titular, _deputy), "record anyone else as a substitute");
    }

    [Fact]
    public void FromTheRoster_RefusesAPlannedMeeting()
    {
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = Day.At(new LocalTime(10, 0)), End = Day.At(new LocalTime(12, 0)), Place = "Prefektura e Qarkut Durrës" });

        Rule.Broken("meeting.not-held", () => Fingerprint.Of(meeting), () => meeting.RecordPresent(RosterOn(Day), _chairSeat.Id, PresenceCapacity.Titular, _prefect), "only for a held meeting");
    }

    [Fact]
    public void ARosterOfAnotherDayOrBody_IsRefused_AndNothingIsRecorded()
    {
        var meeting = Held();

        Assert.Throws<ArgumentException>(() => meeting.RecordPresent(RosterOn(Day.PlusDays(-1)), _chairSeat.Id, PresenceCapacity.Titular, _prefect));
        Assert.Throws<ArgumentException>(() => meeting.RecordPresent(RosterOn(Day, CommitteeBody.TechnicalTable), _technicalSeat.Id, PresenceCapacity.Titular));
        Assert.Empty(meeting.Attendance);
    }
}
