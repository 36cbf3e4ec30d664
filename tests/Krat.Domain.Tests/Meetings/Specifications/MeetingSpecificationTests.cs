using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Meetings.Specifications;

public sealed class MeetingSpecificationTests
{
    private static readonly LocalDate From = new(2024, 1, 1);
    private static readonly LocalDate To = new(2024, 12, 31);
    private readonly GovernanceTestData _data = new();

    private IReadOnlyList<Meeting> SameTimeInIdOrder => [.. new[] { _data.SameTimeA, _data.SameTimeB }.OrderBy(m => m.Id)];

    [Fact]
    public void MeetingsInPeriod_AreOrderedByStartThenIdentity()
    {
        var result = new CommitteeMeetingsInPeriodSpec(_data.Berat.Id, new DateInterval(From, To)).Evaluate(_data.Meetings);

        Assert.Equal(
            [_data.February, _data.TechnicalMarch, _data.June, .. SameTimeInIdOrder, _data.Cancelled, _data.October],
            result);
    }

    [Fact]
    public void MeetingsInPeriod_PagesWithSkipAndTake()
    {
        var result = new CommitteeMeetingsInPeriodSpec(_data.Berat.Id, new DateInterval(From, To), skip: 2, take: 3).Evaluate(_data.Meetings);

        Assert.Equal([_data.June, .. SameTimeInIdOrder], result);
    }

    [Fact]
    public void MeetingsInPeriod_IncludesBothEndDays()
    {
        var result = new CommitteeMeetingsInPeriodSpec(_data.Berat.Id, new DateInterval(new LocalDate(2024, 6, 20), new LocalDate(2024, 9, 5))).Evaluate(_data.Meetings);

        Assert.Equal([_data.June, .. SameTimeInIdOrder], result);
    }

    [Fact]
    public void MeetingsInPeriod_FiltersByBodyKindAndState()
    {
        Assert.Equal([_data.TechnicalMarch], new CommitteeMeetingsInPeriodSpec(_data.Berat.Id, new DateInterval(From, To), body: CommitteeBody.TechnicalTable).Evaluate(_data.Meetings));
        Assert.Equal([_data.October], new CommitteeMeetingsInPeriodSpec(_data.Berat.Id, new DateInterval(From, To), kind: MeetingKind.CampaignClosing).Evaluate(_data.Meetings));
        Assert.Equal(
            [_data.February, _data.TechnicalMarch, _data.June, _data.October],
            new CommitteeMeetingsInPeriodSpec(_data.Berat.Id, new DateInterval(From, To), state: MeetingState.Held).Evaluate(_data.Meetings));
        Assert.Equal([_data.KorceMay], new CommitteeMeetingsInPeriodSpec(_data.Korce.Id, new DateInterval(From, To)).Evaluate(_data.Meetings));
    }

    [Fact]
    public void MeetingsInPeriod_Rejects_NegativeSkipAndEmptyPage()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommitteeMeetingsInPeriodSpec(_data.Berat.Id, new DateInterval(From, To), skip: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommitteeMeetingsInPeriodSpec(_data.Berat.Id, new DateInterval(From, To), take: 0));
    }

    [Fact]
    public void MeetingRecord_FindsOneMeetingWithItsRecord()
    {
        var meeting = new MeetingRecordSpec(_data.February.Id).Evaluate(_data.Meetings).Single();

        Assert.Same(_data.February, meeting);
        Assert.Equal(3, meeting.Commitments.Count);
        Assert.Empty(new MeetingRecordSpec(MeetingId.New()).Evaluate(_data.Meetings));
    }

    [Fact]
    public void OpenCommitments_OnADay_AreTheOpenOnesOfEarlierMeetings_WithOverdueFlags_OneLineEach()
    {
        var result = new OpenCommitmentsByOwnerSpec(_data.Berat.Id, new LocalDate(2024, 11, 1)).Evaluate(_data.Meetings).ToList();

        Assert.Equal(
            [
                $"{_data.February.Id}:2:{_data.ReportOpenOverdue.Id}:True",
                $"{_data.February.Id}:3:{_data.OngoingOpen.Id}:False",
                $"{_data.June.Id}:1:{_data.PoliceDueLater.Id}:False",
                $"{_data.October.Id}:1:{_data.LatestOpen.Id}:False",
            ],
            result.Select(c => $"{c.MeetingId}:{c.Number}:{c.CommitmentId}:{c.Overdue}"));
    }

    [Fact]
    public void OpenCommitments_Lines_CarryTheirMeeting()
    {
        var line = new OpenCommitmentsByOwnerSpec(_data.Berat.Id, new LocalDate(2024, 11, 1)).Evaluate(_data.Meetings).First();

        Assert.Equal(_data.February.Id, line.MeetingId);
        Assert.Equal(new LocalDate(2024, 2, 15), line.MeetingDate);
        Assert.Equal(MeetingKind.AnnualAnalysis, line.MeetingKind);
        Assert.Equal(_data.February.StartsAt, line.MeetingStartsAt);
        Assert.Equal("Raport tremujor", line.What);
        Assert.Equal(_data.Prefecture, line.OwnerId);
        Assert.Equal(new LocalDate(2024, 4, 30), line.Due);
    }

    [Fact]
    public void OpenCommitments_PostProcessing_OrdersLinesByMeetingStartIdentityAndNumber()
    {
        var spec = new OpenCommitmentsByOwnerSpec(_data.Berat.Id, new LocalDate(2024, 11, 1));
        var lines = spec.Evaluate(_data.Meetings).ToList();

        var reordered = spec.PostProcessingAction!(Enumerable.Reverse(lines)).ToList();

        Assert.Equal(lines, reordered);
        Assert.Equal(lines.Select(l => (l.MeetingStartsAt, l.MeetingId, l.Number)).Order(), lines.Select(l => (l.MeetingStartsAt, l.MeetingId, l.Number)));
    }

    [Fact]
    public void OpenCommitments_GroupByMeeting_GivesEachMeetingWithItsCommitmentsByNumber()
    {
        var result = MeetingCommitments.Group(new OpenCommitmentsByOwnerSpec(_data.Berat.Id, new LocalDate(2024, 11, 1)).Evaluate(_data.Meetings));

        Assert.Equal([_data.February.Id, _data.June.Id, _data.October.Id], result.Select(m => m.MeetingId));
        Assert.Equal([new LocalDate(2024, 2, 15), new LocalDate(2024, 6, 20), new LocalDate(2024, 10, 31)], result.Select(m => m.Date));
        Assert.Equal([MeetingKind.AnnualAnalysis, MeetingKind.Regular, MeetingKind.CampaignClosing], result.Select(m => m.Kind));
        Assert.Equal([_data.ReportOpenOverdue.Id, _data.OngoingOpen.Id], result[0].Commitments.Select(c => c.CommitmentId));
        Assert.Equal([_data.PoliceDueLater.Id], result[1].Commitments.Select(c => c.CommitmentId));
        Assert.Equal([_data.LatestOpen.Id], result[2].Commitments.Select(c => c.CommitmentId));
        Assert.Empty(MeetingCommitments.Group([]));
    }

    [Fact]
    public void OpenCommitments_LeaveOutMeetingsAfterTheDay()
    {
        var result = new OpenCommitmentsByOwnerSpec(_data.Berat.Id, new LocalDate(2024, 6, 25)).Evaluate(_data.Meetings).ToList();

        Assert.Equal(
            [_data.ReportOpenOverdue.Id, _data.OngoingOpen.Id, _data.PoliceDueLater.Id],
            result.Select(c => c.CommitmentId));
        Assert.DoesNotContain(result, c => c.MeetingId == _data.October.Id);
    }

    [Fact]
    public void OpenCommitments_ByOwner_AndOverdueOnly()
    {
        var police = new OpenCommitmentsByOwnerSpec(_data.Berat.Id, new LocalDate(2024, 11, 1), _data.Police).Evaluate(_data.Meetings).ToList();
        var overdue = new OpenCommitmentsByOwnerSpec(_data.Berat.Id, new LocalDate(2024, 11, 1), overdueOnly: true).Evaluate(_data.Meetings).ToList();
        var korce = new OpenCommitmentsByOwnerSpec(_data.Korce.Id, new LocalDate(2024, 11, 1), _data.Police, overdueOnly: true).Evaluate(_data.Meetings).ToList();

        Assert.Equal([_data.PoliceDueLater.Id], police.Select(c => c.CommitmentId));
        Assert.Equal([_data.ReportOpenOverdue.Id], overdue.Select(c => c.CommitmentId));
        Assert.Equal([_data.KorceOpen.Id], korce.Select(c => c.CommitmentId));
        Assert.Equal([_data.KorceMay.Id], korce.Select(c => c.MeetingId));
    }

    [Fact]
    public void AttendanceHistory_ListsHeldMeetingsOfAnOrganisationAcrossCommittees_InDateOrder()
    {
        var result = new AttendanceHistorySpec(_data.Police).Evaluate(_data.Meetings).ToList();

        Assert.Equal(
            [$"{_data.February.Id}:Present:Substitute", $"{_data.KorceMay.Id}:Present:Titular", $"{_data.June.Id}:Excused:", $"{_data.October.Id}:Present:Titular"],
            result.Select(a => $"{a.MeetingId}:{a.Status}:{a.Capacity}"));
        Assert.Equal(_data.Officer, result[3].PersonId);
    }

    [Fact]
    public void AttendanceHistory_PresentOnly_AndOneCommittee()
    {
        Assert.Equal(
            [_data.February.Id, _data.KorceMay.Id, _data.October.Id],
            new AttendanceHistorySpec(_data.Police, presentOnly: true).Evaluate(_data.Meetings).Select(a => a.MeetingId));
        Assert.Equal(
            [_data.February.Id, _data.June.Id, _data.October.Id],
            new AttendanceHistorySpec(_data.Police, _data.Berat.Id).Evaluate(_data.Meetings).Select(a => a.MeetingId));
        Assert.Equal(
            [_data.TechnicalMarch.Id, _data.June.Id, _data.October.Id],
            new AttendanceHistorySpec(_data.Ngo).Evaluate(_data.Meetings).Select(a => a.MeetingId));
        Assert.Empty(new AttendanceHistorySpec(_data.School).Evaluate(_data.Meetings));
    }
}
