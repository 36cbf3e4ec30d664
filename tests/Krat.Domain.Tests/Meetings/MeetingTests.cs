using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Meetings;

public sealed class MeetingTests
{
    private static readonly LocalDate Jan1 = new(2024, 1, 1);
    private static readonly LocalDate Day = new(2024, 10, 31);
    private readonly OrganisationId _prefecture = OrganisationId.New();
    private readonly OrganisationId _police = OrganisationId.New();
    private readonly PersonId _prefect = PersonId.New();
    private readonly Committee _committee;
    private readonly Seat _chairSeat;
    private readonly Seat _policeSeat;
    private readonly Seat _technicalSeat;

    public MeetingTests()
    {
        _committee = Committee.Establish(CountyCode.From("AL-02"), "KRAT Durrës");
        _chairSeat = _committee.GrantSeat(_prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        _committee.AssignPost(_chairSeat.Id, Post.Chair, Term.From(Jan1));
        var prefect = Person.Register("Emiljan", "Jani", id: _prefect);
        prefect.Represent(_prefecture, Term.From(Jan1));
        _committee.AppointRepresentative(_chairSeat.Id, prefect, RepresentationCapacity.Titular, Term.From(Jan1));
        _committee.Constitute(Jan1);
        _policeSeat = _committee.GrantSeat(_police, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        _technicalSeat = _committee.GrantSeat(_police, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(Jan1));
    }

    private Meeting Planned() =>
        Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.CampaignClosing, Start = Day.At(new LocalTime(10, 0)), End = Day.At(new LocalTime(12, 0)), Place = "Prefektura e Qarkut Durrës", Title = "Takim mbyllës" });

    private Meeting Held()
    {
        var meeting = Planned();
        meeting.MarkHeld(meeting.EndsAt);
        return meeting;
    }

    private Meeting Approved()
    {
        var meeting = Held();
        meeting.AddAgendaItem("Hapja");
        meeting.RecordPresent(_chairSeat, PresenceCapacity.Titular, _prefect);
        meeting.RecordCommitment("Partneritet", _prefecture);
        meeting.ApproveMinutes(Day, _prefect);
        return meeting;
    }

    [Fact]
    public void Plan_StoresInstants_AndShowsTheTimesInTirane()
    {
        var meeting = Planned();

        Assert.Equal(Instant.FromUtc(2023 + 1, 10, 31, 9, 0), meeting.StartsAt);
        Assert.Equal(new LocalDateTime(2024, 10, 31, 12, 0), meeting.End.LocalDateTime);
        Assert.Equal("Europe/Tirane", meeting.Start.Zone.Id);
        Assert.Equal(Day, meeting.Date);
        Assert.Equal(MeetingState.Planned, meeting.State);
        Assert.Equal(MinutesStatus.Draft, meeting.Minutes);
        Assert.Equal(_committee.Id, meeting.CommitteeId);
    }

    [Fact]
    public void Plan_UsesSummerTimeInTirane()
    {
        var summer = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2024, 7, 1, 10, 0), End = new LocalDateTime(2024, 7, 1, 11, 0), Place = "Durrës" });

        Assert.Equal(Instant.FromUtc(2024, 7, 1, 8, 0), summer.StartsAt);
    }

    [Fact]
    public void Plan_Rejects_EndNotAfterStart()
    {
        var error = Assert.Throws<Krat.Domain.Common.DomainException>(() =>
            Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = Day.At(new LocalTime(10, 0)), End = Day.At(new LocalTime(10, 0)), Place = "Durrës" }));

        Assert.Equal("meeting.end-after-start", error.Rule);
        Assert.Contains("2024-10-31 10:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reschedule_Rejects_HeldMeeting()
    {
        var meeting = Held();

        Rule.Broken("meeting.reschedule-only-planned", () => Fingerprint.Of(meeting), () => meeting.Reschedule(Day.At(new LocalTime(11, 0)), Day.At(new LocalTime(12, 0)), "Durrës", null), "Only a planned meeting");
    }

    [Fact]
    public void Reschedule_Rejects_EndNotAfterStart()
    {
        var meeting = Planned();

        Rule.Broken("meeting.end-after-start", () => Fingerprint.Of(meeting), () => meeting.Reschedule(Day.At(new LocalTime(12, 0)), Day.At(new LocalTime(11, 0)), "Durrës", null));
    }

    [Fact]
    public void Reschedule_MovesAPlannedMeeting()
    {
        var meeting = Planned();

        meeting.Reschedule(new LocalDateTime(2024, 11, 4, 9, 0), new LocalDateTime(2024, 11, 4, 10, 30), "Bashkia Durrës", "Mbledhje e shtyrë");

        Assert.Equal(new LocalDate(2024, 11, 4), meeting.Date);
        Assert.Equal("Bashkia Durrës", meeting.Place);
        Assert.Contains("bashkia durres", MeetingKeys.Search(meeting), StringComparison.Ordinal);
    }

    [Fact]
    public void MarkHeld_Rejects_CancelledMeeting()
    {
        var meeting = Planned();
        meeting.Cancel("Mungesë kuorumi");

        Rule.Broken("meeting.state-transition", () => Fingerprint.Of(meeting), () => meeting.MarkHeld(meeting.EndsAt), "cancelled cannot become held");
    }

    [Fact]
    public void Cancel_Rejects_HeldMeeting()
    {
        var meeting = Held();

        Rule.Broken("meeting.state-transition", () => Fingerprint.Of(meeting), () => meeting.Cancel("Vonë"), "held cannot become cancelled");
    }

    [Fact]
    public void AddAgendaItem_Rejects_CancelledMeeting()
    {
        var meeting = Planned();
        meeting.Cancel("Mungesë kuorumi");

        Rule.Broken("meeting.cancelled", () => Fingerprint.Of(meeting), () => meeting.AddAgendaItem("Hapja"), "was cancelled");
    }

    [Fact]
    public void Agenda_NestsAndNumbersItems_AndRenumbersOnMoveAndRemove()
    {
        var meeting = Planned();
        var opening = meeting.AddAgendaItem("Hapja");
        var report = meeting.AddAgendaItem("Raporti");
        var sub1 = meeting.AddAgendaItem("Aktivitetet në shkolla", parentId: report.Id);
        meeting.AddAgendaItem("Aktivitetet në media", parentId: report.Id);
        meeting.AddAgendaItem("Të ndryshme");

        Assert.Equal(["1 Hapja", "2 Raporti", "2.1 Aktivitetet në shkolla", "2.2 Aktivitetet në media", "3 Të ndryshme"], meeting.AgendaInOrder().Select(i => $"{i.Key} {i.Value.Title}"));

        meeting.MoveAgendaItem(opening.Id, 3);
        meeting.RemoveAgendaItem(sub1.Id);

        Assert.Equal(["1 Raporti", "1.1 Aktivitetet në media", "2 Të ndryshme", "3 Hapja"], meeting.AgendaInOrder().Select(i => $"{i.Key} {i.Value.Title}"));

        meeting.RemoveAgendaItem(report.Id);

        Assert.Equal(["1 Të ndryshme", "2 Hapja"], meeting.AgendaInOrder().Select(i => $"{i.Key} {i.Value.Title}"));
        Assert.Equal(2, meeting.Agenda.Count);
    }

    [Fact]
    public void RecordPresent_Rejects_PlannedMeeting()
    {
        var meeting = Planned();

        Rule.Broken("meeting.not-held", () => Fingerprint.Of(meeting), () => meeting.RecordPresent(_chairSeat, PresenceCapacity.Titular, _prefect), "only for a held meeting");
    }

    [Fact]
    public void RecordPresent_Rejects_SeatOfTheOtherBody()
    {
        var meeting = Held();

        Rule.Broken("attendance.seat-not-on-body", () => Fingerprint.Of(meeting), () => meeting.RecordPresent(_technicalSeat, PresenceCapacity.Titular), "Technical Table");
    }

    [Fact]
    public void RecordPresent_Rejects_SeatThatDoesNotRunOnTheDay()
    {
        var later = _committee.GrantSeat(OrganisationId.New(), CommitteeBody.Committee, SeatRole.Invited, false, Term.From(Day.PlusDays(1)));
        var meeting = Held();

        Rule.Broken("attendance.seat-not-on-body", () => Fingerprint.Of(meeting), () => meeting.RecordExcused(later), "2024-11-01");
    }

    [Fact]
    public void RecordPresent_Rejects_SeatOfAnotherCommittee()
    {
        var other = Committee.Establish(CountyCode.From("AL-01"), "KRAT Berat");
        var seat = other.GrantSeat(_police, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        var meeting = Held();

        Rule.Broken("attendance.seat-not-on-body", () => Fingerprint.Of(meeting), () => meeting.RecordAbsent(seat));
    }

    [Fact]
    public void RecordPresent_Rejects_TitularWhoIsNotAppointed()
    {
        var meeting = Held();

        Rule.Broken("attendance.not-a-representative", () => Fingerprint.Of(meeting), () => meeting.RecordPresent(_policeSeat, PresenceCapacity.Titular, _prefect), "record anyone else as a substitute");
    }

    [Fact]
    public void RecordPresent_ReplacesTheSeatsEarlierEntry()
    {
        var meeting = Held();
        meeting.RecordAbsent(_policeSeat);

        meeting.RecordPresent(_policeSeat, PresenceCapacity.Substitute, PersonId.New());

        var entry = Assert.Single(meeting.Attendance);
        Assert.Equal(AttendanceStatus.Present, entry.Status);
        Assert.Equal(_police, entry.OrganisationId);
    }

    [Fact]
    public void RecordGuest_Rejects_PlannedMeeting()
    {
        var meeting = Planned();

        Rule.Broken("meeting.not-held", () => Fingerprint.Of(meeting), () => meeting.RecordGuest(null, "Nxënës", 20));
    }

    [Fact]
    public void RecordGuest_Rejects_EntryWithoutOrganisationOrDescription()
    {
        var meeting = Held();

        Assert.Throws<DomainArgumentException>(() => meeting.RecordGuest(null, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => meeting.RecordGuest(null, "Nxënës", 0));
        Assert.Empty(meeting.Guests);
    }

    [Fact]
    public void RecordDecision_Rejects_PlannedMeeting()
    {
        var meeting = Planned();

        Rule.Broken("meeting.not-held", () => Fingerprint.Of(meeting), () => meeting.RecordDecision(DecisionKind.ApprovePlan, "Miratohet plani"));
    }

    [Fact]
    public void RecordDecision_Rejects_DuplicateIdentity_AndNumbersDecisions()
    {
        var meeting = Held();
        var first = meeting.RecordDecision(DecisionKind.ApprovePlan, "Miratohet plani");
        var second = meeting.RecordDecision(DecisionKind.Recommendation, "Rekomandohet");

        Rule.Broken("meeting.duplicate-id", () => Fingerprint.Of(meeting), () => meeting.RecordDecision(DecisionKind.Other, "Tjetër", first.Id));
        Assert.Equal([1, 2], new[] { first.Number, second.Number });
    }

    [Fact]
    public void RecordCommitment_Rejects_DueBeforeTheMeeting()
    {
        var meeting = Held();

        Rule.Broken("commitment.due-before-meeting", () => Fingerprint.Of(meeting), () => meeting.RecordCommitment("Raport", _police, Day.PlusDays(-1)), "2024-10-30");
    }

    [Fact]
    public void RecordCommitment_Rejects_PlannedMeeting()
    {
        var meeting = Planned();

        Rule.Broken("meeting.not-held", () => Fingerprint.Of(meeting), () => meeting.RecordCommitment("Raport", _police));
    }

    [Fact]
    public void Commitment_IsOverdue_OnlyWhenOpenAndDueBeforeTheDay()
    {
        var meeting = Held();
        var commitment = meeting.RecordCommitment("Raport", _police, new LocalDate(2024, 11, 30));

        Assert.False(commitment.IsOverdueOn(new LocalDate(2024, 11, 30)));
        Assert.True(commitment.IsOverdueOn(new LocalDate(2024, 12, 1)));
    }

    [Fact]
    public void ApprovedMinutes_Refuse_EveryChangeToTheRecord()
    {
        var meeting = Approved();
        var item = meeting.Agenda[0];
        var actions = new Action[]
        {
            () => meeting.AddAgendaItem("Pikë e re"),
            () => meeting.ReviseAgendaItem(item.Id, "Titull", null, null),
            () => meeting.MoveAgendaItem(item.Id, 1),
            () => meeting.RemoveAgendaItem(item.Id),
            () => meeting.RecordPresent(_policeSeat, PresenceCapacity.Substitute),
            () => meeting.RecordExcused(_policeSeat),
            () => meeting.RecordAbsent(_policeSeat),
            () => meeting.RecordGuest(null, "Nxënës"),
            () => meeting.RecordDecision(DecisionKind.Other, "Tjetër"),
            () => meeting.RecordCommitment("Tjetër", _police),
            () => meeting.SetChair(PersonForOrganisation.Of(_prefect, _prefecture)),
            () => meeting.ApproveMinutes(Day, _prefect),
        };

        foreach (var action in actions)
        {
            Rule.Broken("minutes.approved", () => Fingerprint.Of(meeting), action, "were approved on 2024-10-31");
        }
    }

    [Fact]
    public void ApproveMinutes_Rejects_PlannedMeeting()
    {
        var meeting = Planned();

        Rule.Broken("meeting.not-held", () => Fingerprint.Of(meeting), () => meeting.ApproveMinutes(Day, _prefect));
    }

    [Fact]
    public void ApproveMinutes_Rejects_DayBeforeTheMeeting()
    {
        var meeting = Held();

        Rule.Broken("minutes.before-meeting", () => Fingerprint.Of(meeting), () => meeting.ApproveMinutes(Day.PlusDays(-1), _prefect), "2024-10-30");
    }

    [Fact]
    public void ReviewCommitment_AtALaterMeeting_ChangesTheStatus_EvenAfterApproval()
    {
        var origin = Approved();
        var commitment = origin.Commitments[0];
        var later = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2025, 2, 1, 10, 0), End = new LocalDateTime(2025, 2, 1, 11, 0), Place = "Durrës" });
        later.MarkHeld(later.EndsAt);

        var review = origin.ReviewCommitment(commitment.Id, later, CommitmentStatus.Done, "U realizua");

        Assert.Equal(CommitmentStatus.Done, commitment.Status);
        Assert.Equal(later.Id, review.MeetingId);
        Assert.Equal(new LocalDate(2025, 2, 1), review.Date);
    }

    [Fact]
    public void ReviewCommitment_Rejects_EarlierOrSameOrUnheldOrForeignMeeting()
    {
        var origin = Approved();
        var commitment = origin.Commitments[0];
        var earlier = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2024, 6, 1, 10, 0), End = new LocalDateTime(2024, 6, 1, 11, 0), Place = "Durrës" });
        earlier.MarkHeld(earlier.EndsAt);
        var planned = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2025, 2, 1, 10, 0), End = new LocalDateTime(2025, 2, 1, 11, 0), Place = "Durrës" });
        var foreign = Meeting.Plan(new MeetingPlan { CommitteeId = CommitteeId.New(), Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2025, 2, 1, 10, 0), End = new LocalDateTime(2025, 2, 1, 11, 0), Place = "Berat" });
        foreign.MarkHeld(foreign.EndsAt);

        foreach (var at in new[] { earlier, origin, planned, foreign })
        {
            Rule.Broken("commitment.review-at-later-meeting", () => Fingerprint.Of(origin), () => origin.ReviewCommitment(commitment.Id, at, CommitmentStatus.Done), "later held meeting");
        }
    }

    [Fact]
    public void ReviewCommitment_Rejects_SecondReviewAtTheSameOrAnEarlierMeeting()
    {
        var origin = Approved();
        var commitment = origin.Commitments[0];
        var december = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2024, 12, 1, 10, 0), End = new LocalDateTime(2024, 12, 1, 11, 0), Place = "Durrës" });
        december.MarkHeld(december.EndsAt);
        var february = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2025, 2, 1, 10, 0), End = new LocalDateTime(2025, 2, 1, 11, 0), Place = "Durrës" });
        february.MarkHeld(february.EndsAt);
        origin.ReviewCommitment(commitment.Id, february, CommitmentStatus.Open, "Në proces");

        Rule.Broken("commitment.review-at-later-meeting", () => Fingerprint.Of(origin), () => origin.ReviewCommitment(commitment.Id, february, CommitmentStatus.Done), "last reviewed on 2025-02-01");
        Rule.Broken("commitment.review-at-later-meeting", () => Fingerprint.Of(origin), () => origin.ReviewCommitment(commitment.Id, december, CommitmentStatus.Done));
    }

    [Fact]
    public void ReviewCommitment_Rejects_ClosedCommitment()
    {
        var origin = Approved();
        var commitment = origin.Commitments[0];
        var first = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2024, 12, 1, 10, 0), End = new LocalDateTime(2024, 12, 1, 11, 0), Place = "Durrës" });
        first.MarkHeld(first.EndsAt);
        var second = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2025, 2, 1, 10, 0), End = new LocalDateTime(2025, 2, 1, 11, 0), Place = "Durrës" });
        second.MarkHeld(second.EndsAt);
        origin.ReviewCommitment(commitment.Id, first, CommitmentStatus.Dropped);

        Rule.Broken("commitment.closed", () => Fingerprint.Of(origin), () => origin.ReviewCommitment(commitment.Id, second, CommitmentStatus.Open), "already dropped");
    }

    [Fact]
    public void RecordCommitment_Rejects_DuplicateIdentity()
    {
        var meeting = Held();
        var first = meeting.RecordCommitment("Raport", _police);

        Rule.Broken("meeting.duplicate-id", () => Fingerprint.Of(meeting), () => meeting.RecordCommitment("Tjetër", _police, id: first.Id), first.Id.ToString());
    }

    [Fact]
    public void ChairAndPresenters_AreCopied_SoNoValueObjectIsSharedBetweenOwners()
    {
        var meeting = Planned();
        var prefect = PersonForOrganisation.Of(_prefect, _prefecture);

        meeting.SetChair(prefect);
        var item = meeting.AddAgendaItem("Hapja", presenter: prefect);

        Assert.Equal(prefect, meeting.Chair);
        Assert.Equal(prefect, item.Presenter);
        Assert.NotSame(prefect, meeting.Chair);
        Assert.NotSame(meeting.Chair, item.Presenter);
    }
}
