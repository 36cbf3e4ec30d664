using Krat.Domain.Activities;
using Krat.Domain.Plans;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;
using static Krat.Domain.Tests.Plans.PlanTestData;

namespace Krat.Domain.Tests.Plans;

public sealed class PlanProgressTests
{
    [Fact]
    public void MeasureProgress_CountsActivities_AndIndicatorTowardsTarget()
    {
        var (plan, _, indicator) = Draft();
        plan.RecordActual(Measure1, indicator, Year, 20);
        var activities = new List<Activity>
        {
            Planned(1, on: new LocalDate(2023, 10, 5), measure: Measure1),
            Planned(2, on: new LocalDate(2023, 10, 6), measure: Measure1),
            Planned(3, on: new LocalDate(2023, 11, 6), measure: Measure1),
            Planned(4, on: new LocalDate(2023, 10, 7), measure: Measure1),
            Planned(5, on: new LocalDate(2023, 10, 7), measure: Measure2),
        };
        activities[0].Complete(Activity.Days(new LocalDate(2023, 10, 5)), Reach.Of(10), Today);
        activities[1].Complete(Activity.Days(new LocalDate(2023, 10, 6)), Reach.Of(10), Today);
        activities[3].Cancel("Moti");

        var progress = MeasureProgress.Of(plan.FindMeasure(Measure1), activities, new LocalDate(2023, 10, 31));

        Assert.Equal(3, progress.PlannedActivities);
        Assert.Equal(2, progress.CompletedActivities);
        Assert.Equal(0, progress.OverdueActivities);
        Assert.Equal(2.0 / 3, progress.ActivityRatio!.Value, 6);
        Assert.Equal(0.5, progress.IndicatorRatio!.Value, 6); // baseline 10, target 30, actual 20
        Assert.Equal(((2.0 / 3) + 0.5) / 2, progress.Ratio!.Value, 6);
        Assert.False(progress.IsBehindSchedule);
    }

    [Fact]
    public void MeasureProgress_IsBehindSchedule_WithAnOverdueActivity()
    {
        var (plan, _, _) = Draft();
        var late = Planned(1, on: new LocalDate(2023, 10, 5), measure: Measure1);
        var progress = MeasureProgress.Of(plan.FindMeasure(Measure1), [late], new LocalDate(2023, 10, 10));
        Assert.Equal(1, progress.OverdueActivities);
        Assert.True(progress.IsBehindSchedule);
        Assert.False(MeasureProgress.Of(plan.FindMeasure(Measure1), [late], new LocalDate(2023, 10, 5)).IsBehindSchedule);
    }

    [Fact]
    public void MeasureProgress_IsBehindSchedule_WhenItsTimeframeEndedUnfinished_OrHalfPassedWithoutActivity()
    {
        var (plan, _, _) = Draft();
        var measure2 = plan.FindMeasure(Measure2); // 2023-03-01 … 2023-06-30
        Assert.False(MeasureProgress.Of(measure2, [], new LocalDate(2023, 4, 1)).IsBehindSchedule);
        Assert.True(MeasureProgress.Of(measure2, [], new LocalDate(2023, 5, 15)).IsBehindSchedule);
        var done = Planned(1, on: new LocalDate(2023, 5, 1), measure: Measure2);
        done.Complete(Activity.Days(new LocalDate(2023, 5, 1)), Reach.Of(5), Today);
        Assert.False(MeasureProgress.Of(measure2, [done], new LocalDate(2023, 7, 15)).IsBehindSchedule);
        var open = Planned(2, on: new LocalDate(2023, 8, 1), measure: Measure2);
        Assert.True(MeasureProgress.Of(measure2, [done, open], new LocalDate(2023, 7, 15)).IsBehindSchedule);
    }

    [Fact]
    public void IndicatorAchievement_RespectsTheDirection()
    {
        var plan = ActionPlan.Draft(KratDurres, "P", Year, id: PlanId);
        var objective = plan.AddObjective(Pillar.Protection, "O1", "T");
        plan.AddMeasure(objective.Id, "1", "T", Education, [], Year, Measure1);
        var lower = plan.AddIndicator(Measure1, IndicatorKind.Count, "Fëmijë në rrugë", baseline: 50, higherIsBetter: false);
        plan.SetTarget(Measure1, lower.Id, Year, 30);
        Assert.Equal(0, lower.Achievement(new LocalDate(2023, 6, 1))); // no actual yet
        plan.RecordActual(Measure1, lower.Id, Year, 40);
        Assert.Equal(0.5, lower.Achievement(new LocalDate(2023, 6, 1))!.Value, 6);
        plan.RecordActual(Measure1, lower.Id, Year, 25);
        Assert.Equal(1, lower.Achievement(new LocalDate(2023, 6, 1))!.Value, 6);
        plan.RecordActual(Measure1, lower.Id, Year, 70);
        Assert.Equal(0, lower.Achievement(new LocalDate(2023, 6, 1))!.Value, 6);
        Assert.Null(lower.Achievement(new LocalDate(2022, 12, 31)));
    }

    [Fact]
    public void PlanProgress_RollsUpToObjectivesAndPlan()
    {
        var (plan, objective, _) = Draft();
        var done = Planned(1, on: new LocalDate(2023, 5, 1), measure: Measure2);
        done.Complete(Activity.Days(new LocalDate(2023, 5, 1)), Reach.Of(5), Today);
        var elsewhere = Planned(2, on: new LocalDate(2023, 5, 1), measure: Measure3);

        var progress = PlanProgress.Of(plan, [done, elsewhere], new LocalDate(2023, 10, 31));

        var o1 = Assert.Single(progress.Objectives);
        Assert.Equal(objective, o1.ObjectiveId);
        Assert.Equal(["1.1", "1.2"], o1.Measures.Select(m => m.Code));
        // 1.1: no activity, indicator target without actual → 0; 1.2: one of one activities done → 1.
        Assert.Equal(0, o1.Measures[0].Ratio);
        Assert.Equal(1, o1.Measures[1].Ratio);
        Assert.Equal(0.5, o1.Ratio!.Value, 6);
        Assert.Equal(0.5, progress.Ratio!.Value, 6);
        Assert.Equal(1, progress.MeasuresBehindSchedule); // 1.1: most of the year passed without an activity
    }
}
