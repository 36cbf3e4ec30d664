using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using NodaTime;

namespace Krat.Domain.Tests.Meetings.Specifications;

/// <summary>Planning or holding a meeting lists the body's open commitments from earlier meetings, and what it reviewed.</summary>
public sealed class CommitmentsToReviewSpecTests
{
    private readonly MeetingTestBody _body = new();
    private readonly Meeting _february;
    private readonly Meeting _june;
    private readonly Meeting _technical;
    private readonly Meeting _december;
    private readonly Commitment _report;
    private readonly Commitment _training;
    private readonly Commitment _doneInJune;

    public CommitmentsToReviewSpecTests()
    {
        _february = _body.Held(new LocalDate(2024, 2, 15));
        _report = _february.RecordCommitment("Raport tremujor", _body.Seats[0].OrganisationId, new LocalDate(2024, 4, 30));
        _doneInJune = _february.RecordCommitment("Takim me shkollat", _body.Seats[1].OrganisationId);
        _february.ApproveMinutes(_february.Date, _body.Titulars[0]);
        _june = _body.Held(new LocalDate(2024, 6, 20));
        _training = _june.RecordCommitment("Trajnim", _body.Seats[2].OrganisationId, new LocalDate(2024, 12, 31));
        _february.ReviewCommitment(_doneInJune.Id, _june, CommitmentStatus.Done, "U mbajt");
        var march = new LocalDate(2024, 3, 10);
        _technical = Meeting.Plan(new MeetingPlan { CommitteeId = _body.Committee.Id, Body = CommitteeBody.TechnicalTable, Kind = MeetingKind.Regular, Start = march.At(new LocalTime(11, 0)), End = march.At(new LocalTime(12, 0)), Place = "Salla" });
        _technical.MarkHeld(_technical.EndsAt);
        _technical.RecordCommitment("Tryeza teknike", _body.Seats[1].OrganisationId);
        _december = _body.Held(new LocalDate(2024, 12, 5));
        _december.RecordCommitment("Më vonë", _body.Seats[1].OrganisationId);
    }

    private Meeting[] All(Meeting at) => [_december, at, _technical, _june, _february];

    [Fact]
    public void APlannedMeeting_Lists_TheOpenCommitmentsOfTheBodysEarlierMeetings_InOrder()
    {
        var october = _body.Planned();

        var lines = new CommitmentsToReviewSpec(october).Evaluate(All(october)).ToList();

        Assert.Equal([_report.Id, _training.Id], lines.Select(l => l.CommitmentId));
        Assert.Equal([_february.Id, _june.Id], lines.Select(l => l.MeetingId));
        Assert.All(lines, l => Assert.False(l.ReviewedHere));
        Assert.Equal([true, false], lines.Select(l => l.IsOverdueOn(october.Date)));
        Assert.Equal(("Raport tremujor", new LocalDate(2024, 2, 15), MeetingKind.CampaignClosing), (lines[0].What, lines[0].MeetingDate, lines[0].MeetingKind));
    }

    [Fact]
    public void AHeldMeeting_KeepsListing_WhatItReviewed_WithTheStatusAndNoteItLeft()
    {
        var october = _body.Held();
        _february.ReviewCommitment(_report.Id, october, CommitmentStatus.Done, "U dorëzua");
        _june.ReviewCommitment(_training.Id, october, CommitmentStatus.Open, "Në proces");

        var lines = new CommitmentsToReviewSpec(october).Evaluate(All(october)).ToList();

        Assert.Equal(
            [(_report.Id, CommitmentStatus.Done, (CommitmentStatus?)CommitmentStatus.Done, "U dorëzua"), (_training.Id, CommitmentStatus.Open, CommitmentStatus.Open, "Në proces")],
            lines.Select(l => (l.CommitmentId, l.Status, l.ReviewedHereStatus, l.ReviewedHereNote)));
    }

    [Fact]
    public void TheDecemberMeeting_NoLongerLists_WhatOctoberClosed()
    {
        var october = _body.Held();
        _february.ReviewCommitment(_report.Id, october, CommitmentStatus.Dropped);

        var lines = new CommitmentsToReviewSpec(_december).Evaluate(All(october)).ToList();

        Assert.Equal([_training.Id], lines.Select(l => l.CommitmentId));
    }

    [Fact]
    public void PreviousMeeting_IsTheLastHeldMeetingOfTheSameBody_BeforeTheStart()
    {
        var october = _body.Planned();
        var cancelled = _body.Planned(new LocalDate(2024, 9, 1));
        cancelled.Cancel("Mungesë kuorumi");
        Meeting[] meetings = [_december, october, cancelled, _technical, _june, _february];

        Assert.Same(_june, new PreviousMeetingSpec(_body.Committee.Id, CommitteeBody.Committee, october.StartsAt).Evaluate(meetings).Single());
        Assert.Same(_technical, new PreviousMeetingSpec(_body.Committee.Id, CommitteeBody.TechnicalTable, october.StartsAt).Evaluate(meetings).Single());
        Assert.Same(_february, new PreviousMeetingSpec(_body.Committee.Id, CommitteeBody.Committee, _june.StartsAt).Evaluate(meetings).Single());
        Assert.Empty(new PreviousMeetingSpec(_body.Committee.Id, CommitteeBody.Committee, _february.StartsAt).Evaluate(meetings));
    }
}
