using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.People;
using Krat.Domain.Tests.Common;
using NodaTime;
using NodaTime.Testing;

namespace Krat.Domain.Tests.Meetings;

/// <summary>Held only from the start on, cancelled with a reason, rescheduled while planned, corrected while draft, frozen when approved.</summary>
public sealed class MeetingLifecycleTests
{
    private static readonly LocalDate Day = MeetingTestBody.Day;
    private readonly MeetingTestBody _body = new();

    [Fact]
    public void MarkHeld_Rejects_AMeetingThatHasNotStarted_InAlbanianAndEnglish()
    {
        var meeting = _body.Planned();

        var error = Rule.Broken("meeting.held-before-start", () => Fingerprint.Of(meeting), () => meeting.MarkHeld(meeting.StartsAt - Duration.FromMinutes(1)), "starts on 2024-10-31 10:00", "it is now 2024-10-31 09:59 in Tirana");

        Assert.Contains("fillon më 31.10.2024 10:00", error.Text.Albanian, StringComparison.Ordinal);
        Assert.Equal(MeetingState.Planned, meeting.State);
    }

    [Fact]
    public void MarkHeld_Accepts_TheStartItself_ReadInTirane()
    {
        var meeting = _body.Planned();
        var clock = new FakeClock(Instant.FromUtc(2024, 10, 31, 9, 0));

        meeting.MarkHeld(clock.GetCurrentInstant());

        Assert.Equal(MeetingState.Held, meeting.State);
        Assert.Equal(Day, Albania.Today(clock));
    }

    [Fact]
    public void Today_IsTheDateInTirane_NotInUtc()
    {
        var lateEvening = new FakeClock(Instant.FromUtc(2024, 10, 31, 23, 30));

        Assert.Equal(new LocalDate(2024, 11, 1), Albania.Today(lateEvening));
        Assert.Equal("Europe/Tirane", Albania.TimeZone.Id);
        Assert.Same(Albania.TimeZone, Meeting.TimeZone);
    }

    [Fact]
    public void Cancel_Requires_AReason_AndKeepsIt()
    {
        var meeting = _body.Planned();
        var before = Fingerprint.Of(meeting);

        var error = Assert.Throws<DomainArgumentException>(() => meeting.Cancel(" "));

        Assert.Equal("reason", error.ParamName);
        Assert.Equal("Kjo vlerë është e detyrueshme.", error.Text.Albanian);
        Assert.Equal(before, Fingerprint.Of(meeting));

        meeting.Cancel("Mungesë kuorumi");

        Assert.Equal(MeetingState.Cancelled, meeting.State);
        Assert.Equal("Mungesë kuorumi", meeting.CancellationReason);
    }

    [Fact]
    public void Reschedule_ChangesDateTimePlaceAndTitle_OfAPlannedMeeting()
    {
        var meeting = _body.Planned();

        meeting.Reschedule(new LocalDateTime(2024, 11, 4, 9, 0), new LocalDateTime(2024, 11, 4, 10, 30), "Bashkia Durrës", null);

        Assert.Equal(new LocalDate(2024, 11, 4), meeting.Date);
        Assert.Null(meeting.Title);
        Assert.Equal("bashkia durres", MeetingKeys.Search(meeting));
    }

    [Fact]
    public void CorrectDetails_CorrectsAHeldMeeting_WhileTheMinutesAreDraft()
    {
        var meeting = _body.Held();
        meeting.RecordAttendance(_body.Committee, _body.AllTitulars());
        meeting.RecordCommitment("Raport", _body.Seats[1].OrganisationId, Day.PlusDays(30));

        meeting.CorrectDetails(_body.Committee, new LocalDateTime(2024, 10, 30, 11, 0), new LocalDateTime(2024, 10, 30, 13, 0), "Bashkia Durrës", "Takimi i tetorit", Instant.FromUtc(2024, 11, 2, 8, 0));

        Assert.Equal(new LocalDate(2024, 10, 30), meeting.Date);
        Assert.Equal(Instant.FromUtc(2024, 10, 30, 10, 0), meeting.StartsAt);
        Assert.Equal("Bashkia Durrës", meeting.Place);
        Assert.Equal("Takimi i tetorit", meeting.Title);
        Assert.Contains("takimi i tetorit", MeetingKeys.Search(meeting), StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectDetails_Rejects_APlannedOrCancelledMeeting()
    {
        var planned = _body.Planned();
        var cancelled = _body.Planned();
        cancelled.Cancel("Mungesë kuorumi");
        var now = Instant.FromUtc(2025, 1, 1, 0, 0);

        var error = Rule.Broken("meeting.correct-only-held", () => Fingerprint.Of(planned), () => planned.CorrectDetails(_body.Committee, Day.At(new LocalTime(9, 0)), Day.At(new LocalTime(10, 0)), "Durrës", null, now), "reschedule it instead");
        Assert.Contains("riplanifikojeni", error.Text.Albanian, StringComparison.Ordinal);
        Rule.Broken("meeting.cancelled", () => Fingerprint.Of(cancelled), () => cancelled.CorrectDetails(_body.Committee, Day.At(new LocalTime(9, 0)), Day.At(new LocalTime(10, 0)), "Durrës", null, now), "was cancelled");
    }

    [Fact]
    public void CorrectDetails_Rejects_AStartInTheFuture()
    {
        var meeting = _body.Held();
        var now = meeting.EndsAt;

        var error = Rule.Broken("meeting.held-before-start", () => Fingerprint.Of(meeting), () => meeting.CorrectDetails(_body.Committee, Day.PlusDays(1).At(new LocalTime(10, 0)), Day.PlusDays(1).At(new LocalTime(11, 0)), "Durrës", null, now), "starts on 2024-11-01 10:00");

        Assert.Contains("01.11.2024 10:00", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectDetails_Rejects_ADayAfterACommitmentFallsDue()
    {
        var meeting = _body.Held();
        meeting.RecordCommitment("Raport", _body.Seats[1].OrganisationId, Day.PlusDays(1));
        var later = Day.PlusDays(2);

        var error = Rule.Broken("commitment.due-before-meeting", () => Fingerprint.Of(meeting), () => meeting.CorrectDetails(_body.Committee, later.At(new LocalTime(10, 0)), later.At(new LocalTime(11, 0)), "Durrës", null, Instant.FromUtc(2025, 1, 1, 0, 0)), "made on 2024-11-02", "due earlier, on 2024-11-01");

        Assert.Contains("01.11.2024", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectDetails_Rejects_ADayOnWhichARecordedSeatOrRepresentativeDidNotRun()
    {
        var meeting = _body.Held();
        var day = Day.PlusDays(-1);
        var seatGrantedLate = _body.Committee.GrantSeat(Krat.Domain.Organisations.OrganisationId.New(), CommitteeBody.Committee, SeatRole.Invited, false, Term.From(Day));
        meeting.RecordAttendance(_body.Committee, [SeatAttendance.Excused(seatGrantedLate.Id)]);
        var now = Instant.FromUtc(2025, 1, 1, 0, 0);

        Rule.Broken("attendance.seat-not-on-body", () => Fingerprint.Of(meeting), () => meeting.CorrectDetails(_body.Committee, day.At(new LocalTime(10, 0)), day.At(new LocalTime(11, 0)), "Durrës", null, now), "run on 2024-10-30");

        meeting.RemoveAttendance(seatGrantedLate.Id);
        var newTitular = Person.Register("Titullar", "i Ri");
        newTitular.Represent(_body.Seats[1].OrganisationId, Term.From(Day));
        _body.Committee.EndRepresentation(_body.Seats[1].Id, _body.Titulars[1], Day.PlusDays(-1));
        _body.Committee.AppointRepresentative(_body.Seats[1].Id, newTitular, RepresentationCapacity.Titular, Term.From(Day));
        meeting.RecordAttendance(_body.Committee, [SeatAttendance.Present(_body.Seats[1].Id, PresenceCapacity.Titular, newTitular.Id)]);

        Rule.Broken("attendance.not-a-representative", () => Fingerprint.Of(meeting), () => meeting.CorrectDetails(_body.Committee, day.At(new LocalTime(10, 0)), day.At(new LocalTime(11, 0)), "Durrës", null, now), "on 2024-10-30");
    }

    [Fact]
    public void CorrectDetails_Rejects_ApprovedMinutes()
    {
        var meeting = _body.Approved();

        Rule.Broken("minutes.approved", () => Fingerprint.Of(meeting), () => meeting.CorrectDetails(_body.Committee, Day.At(new LocalTime(9, 0)), Day.At(new LocalTime(10, 0)), "Durrës", null, meeting.EndsAt), "were approved on 2024-10-31");
    }

    [Fact]
    public void Collections_AreViews_ThatCannotBeCastBackAndChanged()
    {
        var meeting = _body.Approved();

        Assert.IsNotType<List<AgendaItem>>(meeting.Agenda, exactMatch: false);
        Assert.IsNotType<List<Attendance>>(meeting.Attendance, exactMatch: false);
        Assert.IsNotType<List<Guest>>(meeting.Guests, exactMatch: false);
        Assert.IsNotType<List<Decision>>(meeting.Decisions, exactMatch: false);
        Assert.IsNotType<List<Commitment>>(meeting.Commitments, exactMatch: false);
        var before = Fingerprint.Of(meeting);
        Assert.Throws<NotSupportedException>(() => ((IList<AgendaItem>)meeting.Agenda).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<Attendance>)meeting.Attendance).RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => ((ICollection<Guest>)meeting.Guests).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<Decision>)meeting.Decisions).RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => ((IList<Commitment>)meeting.Commitments).RemoveAt(0));
        Assert.Equal(before, Fingerprint.Of(meeting));
    }

    [Fact]
    public void ReviewCommitment_Rejects_AReviewAtAMeetingWhoseMinutesAreApproved()
    {
        var origin = _body.Approved(new LocalDate(2024, 6, 1));
        var commitment = origin.Commitments[0];
        var at = _body.Approved();

        var error = Rule.Broken("minutes.approved", () => Fingerprint.Of(origin), () => origin.ReviewCommitment(commitment.Id, at, CommitmentStatus.Done), "reviews at that meeting no longer change");

        Assert.Contains("shqyrtimet e angazhimeve", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectReview_And_WithdrawReview_WorkWhileTheReviewingMinutesAreDraft()
    {
        var origin = _body.Approved(new LocalDate(2024, 6, 1));
        var commitment = origin.Commitments[0];
        var september = _body.Held(new LocalDate(2024, 9, 1));
        var october = _body.Held();
        origin.ReviewCommitment(commitment.Id, september, CommitmentStatus.Open, "Në proces");
        origin.ReviewCommitment(commitment.Id, october, CommitmentStatus.Dropped);

        origin.CorrectReview(commitment.Id, october, CommitmentStatus.Done, "U realizua");

        Assert.Equal(CommitmentStatus.Done, commitment.Status);
        Assert.Equal("U realizua", commitment.Reviews[^1].Note);

        var error = Rule.Broken("commitment.review-not-last", () => Fingerprint.Of(origin), () => origin.WithdrawReview(commitment.Id, september), "reviewed again on 2024-10-31", "review of 2024-09-01");
        Assert.Contains("shqyrtimi i 01.09.2024", error.Text.Albanian, StringComparison.Ordinal);

        origin.WithdrawReview(commitment.Id, october);

        Assert.Equal(CommitmentStatus.Open, commitment.Status);
        Assert.Equal([september.Id], commitment.Reviews.Select(r => r.MeetingId));

        origin.WithdrawReview(commitment.Id, september);

        Assert.Equal(CommitmentStatus.Open, commitment.Status);
        Assert.Empty(commitment.Reviews);
        Assert.Throws<ArgumentException>(() => origin.WithdrawReview(commitment.Id, september));
    }

    [Fact]
    public void CorrectReview_And_WithdrawReview_Refuse_OnceTheReviewingMinutesAreApproved()
    {
        var origin = _body.Approved(new LocalDate(2024, 6, 1));
        var commitment = origin.Commitments[0];
        var at = _body.Held();
        origin.ReviewCommitment(commitment.Id, at, CommitmentStatus.Done);
        at.ApproveMinutes(Day, _body.Titulars[0]);

        Rule.Broken("minutes.approved", () => Fingerprint.Of(origin), () => origin.CorrectReview(commitment.Id, at, CommitmentStatus.Dropped, null), "were approved on 2024-10-31");
        Rule.Broken("minutes.approved", () => Fingerprint.Of(origin), () => origin.WithdrawReview(commitment.Id, at), "were approved on 2024-10-31");
    }

    [Fact]
    public void ApprovedMinutes_Refuse_EveryCorrection()
    {
        var meeting = _body.Approved();
        var item = meeting.Agenda[0];
        var guest = meeting.Guests[0];
        var decision = meeting.Decisions[0];
        var commitment = meeting.Commitments[0];
        var source = _body.Held(new LocalDate(2024, 6, 1));
        source.AddAgendaItem("Hapja");
        var actions = new Action[]
        {
            () => meeting.NestAgendaItem(item.Id, null),
            () => meeting.ReviseAgendaItem(item.Id, "Hapja e takimit", null, _body.Chair),
            () => meeting.RecordAttendance(_body.Committee, _body.AllTitulars()),
            () => meeting.RemoveAttendance(_body.Seats[0].Id),
            () => meeting.CorrectGuest(guest.Id, null, "Mësues", 3),
            () => meeting.RemoveGuest(guest.Id),
            () => meeting.CorrectDecision(decision.Id, DecisionKind.Other, "Tjetër"),
            () => meeting.RemoveDecision(decision.Id),
            () => meeting.CorrectCommitment(commitment.Id, "Tjetër", _body.Seats[1].OrganisationId, null),
            () => meeting.RemoveCommitment(commitment.Id),
        };

        foreach (var action in actions)
        {
            var error = Rule.Broken("minutes.approved", () => Fingerprint.Of(meeting), action, "were approved on 2024-10-31");
            Assert.Contains("miratuar më 31.10.2024", error.Text.Albanian, StringComparison.Ordinal);
        }

        Rule.Broken("agenda.copy", () => Fingerprint.Of(meeting), () => meeting.CopyAgendaFrom(source), "only into a planned meeting");
    }
}
