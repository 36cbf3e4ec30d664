using Krat.Domain.Common;
using Krat.Domain.Plans;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;
using static Krat.Domain.Tests.Plans.PlanTestData;

namespace Krat.Domain.Tests.Plans;

public sealed class ActionPlanTests
{
    [Fact]
    public void Draft_Rejects_APeriodThatRunsBackwards_AndALongNationalPlan()
    {
        Assert.Throws<DomainArgumentException>(() => ActionPlan.Draft(PlanId, KratDurres, "P", YearEnd, YearStart));
        Assert.Throws<DomainArgumentException>(() => ActionPlan.Draft(PlanId, KratDurres, "P", YearStart, YearEnd, new string('x', ActionPlan.MaxNationalPlanLength + 1)));
    }

    [Fact]
    public void AddObjective_Rejects_ADuplicateCode_IgnoringCase()
    {
        var (plan, _, _) = Draft();
        var before = State(plan);
        var error = Assert.Throws<DomainException>(() => plan.AddObjective(Pillar.Protection, "o1", "Tjetër"));
        Assert.Equal("plan.objective-code-unique", error.Rule);
        Assert.Equal("The plan \"Plani 2023\" already has an objective with code o1.", error.Message);
        Assert.Equal(before, State(plan));
    }

    [Fact]
    public void AddMeasure_Rejects_ADuplicateCode()
    {
        var (plan, objective, _) = Draft();
        var before = State(plan);
        var error = Assert.Throws<DomainException>(() => plan.AddMeasure(Measure3, objective, "1.1", "Tjetër", Police, [], YearStart, YearEnd));
        Assert.Equal("plan.measure-code-unique", error.Rule);
        Assert.Equal(before, State(plan));
    }

    [Fact]
    public void AddMeasure_Rejects_ATimeframeOutsideThePlan_NamingBothPeriods()
    {
        var (plan, objective, _) = Draft();
        var error = Assert.Throws<DomainException>(() => plan.AddMeasure(Measure3, objective, "1.3", "Vonë", Police, [], new LocalDate(2023, 6, 1), new LocalDate(2024, 1, 31)));
        Assert.Equal("plan.measure-within-period", error.Rule);
        Assert.Equal("Measure 1.3 runs 2023-06-01…2024-01-31, outside the plan's period 2023-01-01…2023-12-31.", error.Message);
    }

    [Fact]
    public void AddMeasure_Rejects_TheLeadAsSupporting_AndAnUnknownObjective()
    {
        var (plan, objective, _) = Draft();
        Assert.Equal("plan.lead-not-supporting", Assert.Throws<DomainException>(() => plan.AddMeasure(Measure3, objective, "1.3", "T", Police, [Police], YearStart, YearEnd)).Rule);
        Assert.Throws<ArgumentException>(() => plan.AddMeasure(Measure3, Guid.NewGuid(), "1.3", "T", Police, [], YearStart, YearEnd));
    }

    [Fact]
    public void Edit_Rejects_APeriodThatNoLongerHoldsAMeasure()
    {
        var (plan, _, _) = Draft();
        var before = State(plan);
        var error = Assert.Throws<DomainException>(() => plan.Edit("Plani", new LocalDate(2023, 4, 1), YearEnd, null));
        Assert.Equal("plan.measure-within-period", error.Rule);
        Assert.Equal(before, State(plan));
    }

    [Fact]
    public void Indicators_CheckValuesByKind()
    {
        var (plan, _, indicator) = Draft();
        Assert.Throws<DomainArgumentException>(() => plan.SetTarget(Measure1, indicator, YearStart, YearEnd, 2.5m));
        Assert.Throws<DomainArgumentException>(() => plan.SetTarget(Measure1, indicator, YearStart, YearEnd, -1));
        var percentage = plan.AddIndicator(Measure2, IndicatorKind.Percentage, "Referime", baseline: 50);
        Assert.Throws<DomainArgumentException>(() => plan.SetTarget(Measure2, percentage.Id, YearStart, YearEnd, 101));
        var qualitative = plan.AddIndicator(Measure2, IndicatorKind.Qualitative, "Koordinim");
        Assert.Throws<DomainArgumentException>(() => plan.SetTarget(Measure2, qualitative.Id, YearStart, YearEnd, 3));
        plan.SetTarget(Measure2, qualitative.Id, YearStart, YearEnd, null, "Mbledhje tremujore");
        Assert.Throws<ArgumentException>(() => plan.AddIndicator(Measure2, IndicatorKind.Qualitative, "Q", baseline: 1));
    }

    [Fact]
    public void SetTarget_Rejects_APeriodOutsideThePlan()
    {
        var (plan, _, indicator) = Draft();
        var error = Assert.Throws<DomainException>(() => plan.SetTarget(Measure1, indicator, YearStart, new LocalDate(2024, 3, 31), 40));
        Assert.Equal("plan.indicator-period-within-plan", error.Rule);
    }

    [Fact]
    public void SetTarget_ReplacesTheTargetOfTheSamePeriod()
    {
        var (plan, _, indicator) = Draft();
        plan.SetTarget(Measure1, indicator, YearStart, YearEnd, 35);
        Assert.Equal(35, Assert.Single(plan.FindMeasure(Measure1).Indicators[0].Targets).Amount);
    }

    [Fact]
    public void Approve_FreezesTheStructure_ButAcceptsActuals()
    {
        var (plan, objective, indicator) = Draft();
        plan.Approve(Decision, new LocalDate(2023, 2, 15));
        Assert.Equal(ActionPlanStatus.Approved, plan.Status);
        Assert.Equal(Decision, plan.ApprovedBy);
        var before = State(plan);
        var error = Assert.Throws<DomainException>(() => plan.AddObjective(Pillar.Protection, "O2", "Mbrojtje"));
        Assert.Equal("plan.draft-only", error.Rule);
        Assert.Equal("The plan \"Plani 2023\" was approved on 2023-02-15; its structure no longer changes, only indicator actuals are recorded.", error.Message);
        Assert.Equal("plan.draft-only", Assert.Throws<DomainException>(() => plan.AddMeasure(Measure3, objective, "1.3", "T", Police, [], YearStart, YearEnd)).Rule);
        Assert.Equal("plan.draft-only", Assert.Throws<DomainException>(() => plan.SetTarget(Measure1, indicator, YearStart, YearEnd, 40)).Rule);
        Assert.Equal("plan.draft-only", Assert.Throws<DomainException>(() => plan.RemoveMeasure(Measure2)).Rule);
        Assert.Equal("plan.draft-only", Assert.Throws<DomainException>(() => plan.Approve(Decision, new LocalDate(2023, 3, 1))).Rule);
        Assert.Equal(before, State(plan));
        plan.RecordActual(Measure1, indicator, YearStart, YearEnd, 27);
        Assert.Equal(27, plan.FindMeasure(Measure1).Indicators[0].Actuals[0].Amount);
    }

    [Fact]
    public void Approve_Rejects_APlanWithoutMeasures()
    {
        var plan = ActionPlan.Draft(PlanId, KratDurres, "Bosh", YearStart, YearEnd);
        Assert.Equal("plan.approve-needs-measure", Assert.Throws<DomainException>(() => plan.Approve(Decision, YearStart)).Rule);
        Assert.Equal(ActionPlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void Close_OnlyAnApprovedPlan_NotBeforeItsApproval_AndThenNothingChanges()
    {
        var (plan, _, indicator) = Draft();
        Assert.Equal("plan.close-approved-only", Assert.Throws<DomainException>(() => plan.Close(YearEnd)).Rule);
        plan.Approve(Decision, new LocalDate(2023, 2, 15));
        Assert.Equal("plan.close-after-approval", Assert.Throws<DomainException>(() => plan.Close(new LocalDate(2023, 2, 1))).Rule);
        plan.Close(YearEnd);
        var before = State(plan);
        var error = Assert.Throws<DomainException>(() => plan.RecordActual(Measure1, indicator, YearStart, YearEnd, 30));
        Assert.Equal("plan.closed", error.Rule);
        Assert.Equal("The plan \"Plani 2023\" was closed on 2023-12-31; a closed plan no longer changes.", error.Message);
        Assert.Equal("plan.closed", Assert.Throws<DomainException>(() => plan.AddObjective(Pillar.Partnership, "O9", "X")).Rule);
        Assert.Equal(before, State(plan));
    }

    [Fact]
    public void RemoveMeasure_RemovesFromADraft()
    {
        var (plan, _, _) = Draft();
        plan.RemoveMeasure(Measure2);
        Assert.Equal(["1.1"], plan.Measures.Select(m => m.Code));
    }

    [Fact]
    public void MeasuresWithoutActivity_ListsTheOthers()
    {
        var (plan, _, _) = Draft();
        Assert.Equal(["1.2"], plan.MeasuresWithoutActivity([Measure1, Measure1, Measure3]).Select(m => m.Code));
    }
}
