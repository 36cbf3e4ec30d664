using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using NodaTime;

namespace Krat.Domain.Tests.Meetings.Specifications;

public sealed class PublishedMeetingsInPeriodSpecTests
{
    private static readonly LocalDate From = new(2023, 1, 1);
    private static readonly LocalDate To = new(2023, 12, 31);

    private static Meeting Durres(int month, int day, CommitteeBody body = CommitteeBody.Committee) =>
        Meeting.Plan(new MeetingPlan { CommitteeId = DemoIds.KratDurres, Body = body, Kind = MeetingKind.Regular, Start = new LocalDateTime(2023, month, day, 10, 0), End = new LocalDateTime(2023, month, day, 11, 0), Place = "Prefektura e Qarkut Durrës" });

    [Fact]
    public void PublishedMeetings_ArePlannedCancelledOrApproved_NeverHeldWithDraftMinutes()
    {
        var scenario = DurresScenario.Build();
        var planned = Durres(12, 5);
        var cancelled = Durres(11, 14);
        cancelled.Cancel("Mungon kuorumi");
        var draft = Durres(11, 20);
        draft.MarkHeld(draft.EndsAt);
        var all = scenario.Meetings.Concat([planned, cancelled, draft]).ToList();

        var result = new PublishedMeetingsInPeriodSpec(DemoIds.KratDurres, new DateInterval(From, To)).Evaluate(all);

        Assert.Equal([scenario.AnnualAnalysisMeeting, scenario.ClosingMeeting, cancelled, planned], result);
    }

    [Fact]
    public void PublishedMeetings_FilterByBody_AndPage()
    {
        var scenario = DurresScenario.Build();
        var technical = Durres(11, 3, CommitteeBody.TechnicalTable);
        var all = scenario.Meetings.Append(technical).ToList();

        Assert.Equal([technical], new PublishedMeetingsInPeriodSpec(DemoIds.KratDurres, new DateInterval(From, To), body: CommitteeBody.TechnicalTable).Evaluate(all));
        Assert.Equal([scenario.ClosingMeeting], new PublishedMeetingsInPeriodSpec(DemoIds.KratDurres, new DateInterval(From, To), skip: 1, take: 1).Evaluate(all));
    }
}
