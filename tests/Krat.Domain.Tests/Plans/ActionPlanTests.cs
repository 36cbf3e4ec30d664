using Krat.Domain.Common;
using Krat.Domain.Plans;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;
using static Krat.Domain.Tests.Plans.PlanTestData;

namespace Krat.Domain.Tests.Plans;

public sealed class ActionPlanTests
{
    [Fact]
    public void Draft_Rejects_AnImplausiblePeriod_AndALongNationalPlan()
    {
        var error = Assert.Throws<DomainArgumentException>(() => ActionPlan.Draft(KratDurres, "P", new DateInterval(YearStart, new LocalDate(9999, 12, 31))));
        Assert.Equal("period", error.ParamName);
        Assert.Equal("The date 9999-12-31 is not plausible: dates from 1990-01-01 to 2100-12-31 are accepted.", error.Text.English);
        Assert.Throws<DomainArgumentException>(() => ActionPlan.Draft(KratDurres, "P", Year, new string('x', ActionPlan.MaxNationalPlanLength + 1)));
        Assert.Throws<ArgumentNullException>(() => ActionPlan.Draft(KratDurres, "P", null!));
    }

    [Fact]
    public void Draft_MakesAnId_WhenNoneIsGiven_AndKeepsTheOneGiven()
    {
        var made = ActionPlan.Draft(KratDurres, "P", Year);
        var other = ActionPlan.Draft(KratDurres, "P", Year);
        Assert.NotEqual(Guid.Empty, made.Id.Value);
        Assert.NotEqual(made.Id, other.Id);
        Assert.Equal(PlanId, ActionPlan.Draft(KratDurres, "P", Year, id: PlanId).Id);
        Assert.Equal(Year, made.Period);
    }

    [Fact]
    public void Parts_MakeIds_WhenNoneIsGiven_AndKeepTheOnesGiven()
    {
        var plan = ActionPlan.Draft(KratDurres, "P", Year);
        var objectiveId = new ObjectiveId(Guid.Parse("00000000-0000-7000-8000-0000000aa101"));
        var indicatorId = new IndicatorId(Guid.Parse("00000000-0000-7000-8000-0000000aa102"));
        var given = plan.AddObjective(Pillar.Prevention, "O1", "Ndërgjegjësim", objectiveId);
        var made = plan.AddObjective(Pillar.Protection, "O2", "Mbrojtje");
        Assert.Equal(objectiveId, given.Id);
        Assert.NotEqual(Guid.Empty, made.Id.Value);
        Assert.NotEqual(given.Id, made.Id);

        var measure = plan.AddMeasure(given.Id, "1.1", "Seanca", Education, [], Year);
        Assert.NotEqual(Guid.Empty, measure.Id.Value);
        Assert.Equal(Measure3, plan.AddMeasure(made.Id, "2.1", "Referime", Social, [], Year, Measure3).Id);
        Assert.Equal(given.Id, measure.ObjectiveId);

        Assert.Equal(indicatorId, plan.AddIndicator(measure.Id, IndicatorKind.Count, "Seanca", id: indicatorId).Id);
        Assert.NotEqual(Guid.Empty, plan.AddIndicator(Measure3, IndicatorKind.Count, "Referime").Id.Value);
    }

    [Fact]
    public void Parts_Reject_AnIdTheyAlreadyHave_AndNothingChanges()
    {
        var (plan, objective, indicator) = Draft();
        var before = State(plan);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => plan.AddObjective(Pillar.Protection, "O2", "Mbrojtje", objective)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => plan.AddMeasure(objective, "1.3", "T", Police, [], Year, Measure1)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => plan.AddIndicator(Measure2, IndicatorKind.Count, "T", id: indicator)).ParamName);
        Assert.Equal(before, State(plan));
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
        var error = Assert.Throws<DomainException>(() => plan.AddMeasure(objective, "1.1", "Tjetër", Police, [], Year, Measure3));
        Assert.Equal("plan.measure-code-unique", error.Rule);
        Assert.Equal(before, State(plan));
    }

    [Fact]
    public void AddMeasure_Rejects_ATimeframeOutsideThePlan_NamingBothPeriods()
    {
        var (plan, objective, _) = Draft();
        var before = State(plan);
        var error = Assert.Throws<DomainException>(() => plan.AddMeasure(objective, "1.3", "Vonë", Police, [], new DateInterval(new LocalDate(2023, 6, 1), new LocalDate(2024, 1, 31)), Measure3));
        Assert.Equal("plan.measure-within-period", error.Rule);
        Assert.Equal(before, State(plan));
        Assert.Equal("Measure 1.3 runs 2023-06-01…2024-01-31, outside the plan's period 2023-01-01…2023-12-31.", error.Message);
    }

    [Fact]
    public void AddMeasure_Rejects_TheLeadAsSupporting_AndAnUnknownObjective()
    {
        var (plan, objective, _) = Draft();
        Assert.Equal("plan.lead-not-supporting", Assert.Throws<DomainException>(() => plan.AddMeasure(objective, "1.3", "T", Police, [Police], Year, Measure3)).Rule);
        Assert.Throws<ArgumentException>(() => plan.AddMeasure(ObjectiveId.New(), "1.3", "T", Police, [], Year, Measure3));
    }

    [Fact]
    public void Edit_Rejects_APeriodThatNoLongerHoldsAMeasure()
    {
        var (plan, _, _) = Draft();
        var before = State(plan);
        var error = Assert.Throws<DomainException>(() => plan.Edit("Plani", new DateInterval(new LocalDate(2023, 4, 1), YearEnd), null));
        Assert.Equal("plan.measure-within-period", error.Rule);
        Assert.Equal(before, State(plan));
    }

    [Fact]
    public void Indicators_CheckValuesByKind()
    {
        var (plan, _, indicator) = Draft();
        Assert.Throws<DomainArgumentException>(() => plan.SetTarget(Measure1, indicator, Year, 2.5m));
        Assert.Throws<DomainArgumentException>(() => plan.SetTarget(Measure1, indicator, Year, -1));
        var percentage = plan.AddIndicator(Measure2, IndicatorKind.Percentage, "Referime", baseline: 50);
        Assert.Throws<DomainArgumentException>(() => plan.SetTarget(Measure2, percentage.Id, Year, 101));
        var qualitative = plan.AddIndicator(Measure2, IndicatorKind.Qualitative, "Koordinim");
        Assert.Throws<DomainArgumentException>(() => plan.SetTarget(Measure2, qualitative.Id, Year, 3));
        plan.SetTarget(Measure2, qualitative.Id, Year, null, "Mbledhje tremujore");
        Assert.Throws<ArgumentException>(() => plan.AddIndicator(Measure2, IndicatorKind.Qualitative, "Q", baseline: 1));
    }

    [Fact]
    public void SetTarget_Rejects_APeriodOutsideThePlan()
    {
        var (plan, _, indicator) = Draft();
        var before = State(plan);
        var error = Assert.Throws<DomainException>(() => plan.SetTarget(Measure1, indicator, new DateInterval(YearStart, new LocalDate(2024, 3, 31)), 40));
        Assert.Equal("plan.indicator-period-within-plan", error.Rule);
        Assert.Equal("The period 2023-01-01…2024-03-31 is outside the plan's period 2023-01-01…2023-12-31.", error.Message);
        Assert.Equal(before, State(plan));
    }

    [Fact]
    public void SetTarget_ReplacesTheTargetOfTheSamePeriod()
    {
        var (plan, _, indicator) = Draft();
        plan.SetTarget(Measure1, indicator, Year, 35);
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
        Assert.Equal("plan.draft-only", Assert.Throws<DomainException>(() => plan.AddMeasure(objective, "1.3", "T", Police, [], Year, Measure3)).Rule);
        Assert.Equal("plan.draft-only", Assert.Throws<DomainException>(() => plan.SetTarget(Measure1, indicator, Year, 40)).Rule);
        Assert.Equal("plan.draft-only", Assert.Throws<DomainException>(() => plan.RemoveMeasure(Measure2)).Rule);
        Assert.Equal("plan.draft-only", Assert.Throws<DomainException>(() => plan.Approve(Decision, new LocalDate(2023, 3, 1))).Rule);
        Assert.Equal(before, State(plan));
        plan.RecordActual(Measure1, indicator, Year, 27);
        Assert.Equal(27, plan.FindMeasure(Measure1).Indicators[0].Actuals[0].Amount);
    }

    [Fact]
    public void Approve_Rejects_APlanWithoutMeasures()
    {
        var plan = ActionPlan.Draft(KratDurres, "Bosh", Year, id: PlanId);
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
        var error = Assert.Throws<DomainException>(() => plan.RecordActual(Measure1, indicator, Year, 30));
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
