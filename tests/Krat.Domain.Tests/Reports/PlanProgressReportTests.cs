using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Plans;
using Krat.Domain.Reports;
using NodaTime;

namespace Krat.Domain.Tests.Reports;

public sealed class PlanProgressReportTests
{
    private static readonly LocalDate Day = DurresScenario.ClosingDay;

    [Fact]
    public void EveryMeasure_CountsItsOwnActivities_AsTheDomainDoes()
    {
        var scenario = DurresScenario.Build();

        var report = PlanProgressReport.Of(scenario.ActionPlan2023, scenario.Activities, Day, ReportAudience.Committee);

        Assert.Equal(scenario.ActionPlan2023.Measures.Select(m => m.Code), report.Measures.Select(m => m.Measure.Code));
        foreach (var line in report.Measures)
        {
            var own = scenario.Activities.Where(a => a.MeasureId == line.Measure.MeasureId && a.Status != ActivityStatus.Cancelled).ToList();
            Assert.Equal(own.Count, line.Progress.PlannedActivities);
            Assert.Equal(own.Count(a => a.Status == ActivityStatus.Completed && a.ActualStart <= Day), line.Progress.CompletedActivities);
            Assert.Equal(MeasureProgress.Of(scenario.ActionPlan2023.FindMeasure(line.Measure.MeasureId), scenario.Activities, Day), line.Progress);
        }
    }

    [Fact]
    public void MeasuresWithoutActivity_AreThoseNoActivityImplements()
    {
        var scenario = DurresScenario.Build();
        var implemented = scenario.Activities.Where(a => a.Status != ActivityStatus.Cancelled && a.MeasureId.HasValue).Select(a => a.MeasureId!.Value).ToHashSet();

        var report = PlanProgressReport.Of(scenario.ActionPlan2023, scenario.Activities, Day, ReportAudience.Committee);

        var expected = scenario.ActionPlan2023.Measures.Where(m => !implemented.Contains(m.Id)).Select(m => m.Code);
        Assert.Equal(expected, report.MeasuresWithoutActivity.Select(m => m.Measure.Code));
        Assert.NotEmpty(report.MeasuresWithoutActivity);
    }

    [Fact]
    public void Pillars_RollUpTheirMeasures()
    {
        var scenario = DurresScenario.Build();
        var plan = scenario.ActionPlan2023;

        var report = PlanProgressReport.Of(plan, scenario.Activities, Day, ReportAudience.Committee);

        var pillarOf = plan.Objectives.ToDictionary(o => o.Id, o => o.Pillar);
        foreach (var pillar in report.Pillars)
        {
            var measures = plan.Measures.Where(m => pillarOf[m.ObjectiveId] == pillar.Pillar).ToList();
            var progress = measures.Select(m => MeasureProgress.Of(m, scenario.Activities, Day)).ToList();
            var ratios = progress.Where(p => p.Ratio.HasValue).Select(p => p.Ratio!.Value).ToList();
            Assert.Equal(measures.Count, pillar.Measures);
            Assert.Equal(progress.Sum(p => p.PlannedActivities), pillar.PlannedActivities);
            Assert.Equal(progress.Sum(p => p.CompletedActivities), pillar.CompletedActivities);
            Assert.Equal(progress.Count(p => p.IsBehindSchedule), pillar.MeasuresBehindSchedule);
            Assert.Equal(ratios.Count == 0 ? null : ratios.Average(), pillar.Ratio);
        }

        Assert.Equal(plan.Objectives.Select(o => o.Pillar).Distinct().Order(), report.Pillars.Select(p => p.Pillar));
    }

    [Fact]
    public void Indicators_ShowTheTargetInForce_AndItsActual()
    {
        var scenario = DurresScenario.Build();
        var plan = scenario.ActionPlan2023;

        var report = PlanProgressReport.Of(plan, scenario.Activities, Day, ReportAudience.Committee);

        foreach (var (line, measure) in report.Measures.Zip(plan.Measures))
        {
            Assert.Equal(measure.Indicators.Count, line.Indicators.Count);
            foreach (var (shown, indicator) in line.Indicators.Zip(measure.Indicators))
            {
                var target = indicator.Targets.Where(t => t.PeriodStart <= Day).MaxBy(t => t.PeriodStart);
                var actual = indicator.Actuals.FirstOrDefault(a => target is not null && a.PeriodStart == target.PeriodStart && a.PeriodEnd == target.PeriodEnd);
                Assert.Equal((target?.Amount, target?.Text, actual?.Amount, actual?.Text, indicator.Achievement(Day)), (shown.Target, shown.TargetText, shown.Actual, shown.ActualText, shown.Achievement));
            }
        }
    }

    [Fact]
    public void Tables_HaveOneRowPerMeasure_PerIndicator_AndPerPillarPlusThePlan()
    {
        var scenario = DurresScenario.Build();

        var tables = PlanProgressReport.Of(scenario.ActionPlan2023, scenario.Activities, Day, ReportAudience.Committee).ToTables();

        Assert.Equal(["plan-measures", "plan-indicators", "plan-pillars"], tables.Select(t => t.Key));
        Assert.Equal(scenario.ActionPlan2023.Measures.Count, tables[0].Rows.Count);
        Assert.Equal(scenario.ActionPlan2023.Measures.Sum(m => m.Indicators.Count), tables[1].Rows.Count);
        Assert.Equal(scenario.ActionPlan2023.Objectives.Select(o => o.Pillar).Distinct().Count() + 1, tables[2].Rows.Count);
    }
}
