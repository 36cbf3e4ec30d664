using Krat.Demo.Durres;
using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Meetings;
using Krat.Domain.Statistics;
using NodaTime;

namespace Krat.Domain.Tests.History;

/// <summary>
/// The demo's history runs up to the day it is seeded on: nothing before it is still planned, statistics are
/// published only once their day has come, and the same seed and day give the same data.
/// </summary>
public sealed class DemoHistoryUpToTodayTests
{
    private static readonly LocalDate Today = new(2026, 12, 4);

    private static readonly Lazy<GeneratedHistory> History = new(() => DurresDemoHistory.Build(DurresScenario.Build(), otherCounties: true, today: Today));

    [Fact]
    public void History_RunsToTheEndOfTodaysYear_ForEveryCommitteeIncludingDurres()
    {
        var history = History.Value;
        var meetings = history.Meetings().ToList();
        var activities = history.Activities().ToList();

        Assert.Equal(new LocalDate(2026, 12, 31), history.Options.To);
        Assert.Equal(Today, history.Options.EffectiveToday);
        foreach (var year in new[] { 2023, 2024, 2025, 2026 })
        {
            Assert.Contains(meetings, m => m.CommitteeId == DemoIds.KratDurres && m.Date.Year == year);
            Assert.Contains(activities, a => a.CommitteeId == DemoIds.KratDurres && a.PlannedStart.Year == year);
            Assert.Equal(12, meetings.Where(m => m.Date.Year == year).Select(m => m.CommitteeId).Distinct().Count());
        }

        // KRAT Durrës gets a plan, an October campaign and an annual meeting that approves the plan in each later year.
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var plan = Assert.Single(history.ActionPlans, p => p.CommitteeId == DemoIds.KratDurres && p.Start.Year == year);
            Assert.Contains(history.Campaigns, c => c.CommitteeId == DemoIds.KratDurres && c.Start == new LocalDate(year, 10, 1));
            Assert.Contains(meetings, m => m.CommitteeId == DemoIds.KratDurres && m.Kind == MeetingKind.AnnualAnalysis && m.Date.Year == year && m.Decisions.Any(d => d.Id == plan.ApprovedBy));
        }
    }

    [Fact]
    public void NothingBeforeToday_IsStillPlanned_AndNothingAfterItHappened()
    {
        var history = History.Value;
        var meetings = history.Meetings().ToList();
        var activities = history.Activities().ToList();
        var window = Today.PlusDays(-DurresDemoHistory.PendingWindowDays);

        Assert.All(meetings, m => Assert.Equal(m.Date > Today, m.State == MeetingState.Planned));
        Assert.DoesNotContain(meetings, m => m.State == MeetingState.Held && m.Minutes == MinutesStatus.Draft && m.Date.PlusDays(15) < window);
        Assert.DoesNotContain(activities, a => a.Status == ActivityStatus.Planned && a.EffectiveDate < window);
        Assert.All(activities.Where(a => a.Status == ActivityStatus.Completed), a => Assert.True(a.EffectiveDate <= Today));

        // Some recent work still waits for the secretariat, and the rest of the year is ahead.
        Assert.Contains(activities, a => a.Status == ActivityStatus.Planned && a.EffectiveDate > Today);
        Assert.Contains(meetings, m => m.State == MeetingState.Planned);
    }

    [Fact]
    public void Statistics_ArePublishedAFortnightAfterTheirPeriod_AndStayDraftsUntilThen()
    {
        var statistics = History.Value.VictimStatistics;

        Assert.All(statistics, s => Assert.Equal(s.PeriodEnd.PlusDays(15) <= Today, s.Status == StatisticsStatus.Published));
        Assert.Contains(statistics, s => s.Status == StatisticsStatus.Draft && s.PeriodStart.Year == 2026);
        Assert.Contains(statistics, s => s.Status == StatisticsStatus.Published && s.PeriodStart.Year == 2025 && s.CommitteeId == DemoIds.KratDurres);
    }

    [Fact]
    public void SameSeedAndDay_GiveTheSameHistory_AnotherDayAnother()
    {
        var first = HistoryProjection.Of(History.Value);
        var again = HistoryProjection.Of(DurresDemoHistory.Build(DurresScenario.Build(), otherCounties: true, today: Today));
        var later = HistoryProjection.Of(DurresDemoHistory.Build(DurresScenario.Build(), otherCounties: true, today: Today.PlusDays(40)));

        Assert.Equal(first, again);
        Assert.NotEqual(first, later);
    }

    [Fact]
    public void WithoutADay_OrWithOneBeforeTheScenario_TheHistoryEndsWith2023AsOfTheClosingDay()
    {
        var scenario = DurresScenario.Build();

        var reference = DurresDemoHistory.Build(scenario, today: new LocalDate(2023, 1, 1));

        Assert.Equal(DurresScenario.ClosingDay, reference.Options.EffectiveToday);
        Assert.Equal(new LocalDate(2023, 12, 31), reference.Options.To);
        Assert.Equal(HistoryProjection.Of(DurresDemoHistory.Build(scenario)), HistoryProjection.Of(reference));
        Assert.All(reference.Meetings(), m => Assert.Equal(2023, m.Date.Year));
    }

    [Fact]
    public void CatchUp_CompletesWhatTheScenarioLeftPlanned_OnlyOnceItIsLongPast()
    {
        var reference = DurresScenario.Build();
        var later = DurresScenario.Build();
        var planned = reference.Activities.Where(a => a.Status == ActivityStatus.Planned).Select(a => a.Id).ToList();

        DurresDemoHistory.CatchUp(reference, DurresScenario.ClosingDay);
        DurresDemoHistory.CatchUp(later, Today);

        Assert.NotEmpty(planned);
        Assert.Equal(planned, reference.Activities.Where(a => a.Status == ActivityStatus.Planned).Select(a => a.Id));
        Assert.DoesNotContain(later.Activities, a => a.Status == ActivityStatus.Planned);
        Assert.All(later.Activities.Where(a => planned.Contains(a.Id)), a => Assert.Equal(ActivityStatus.Completed, a.Status));
    }
}
