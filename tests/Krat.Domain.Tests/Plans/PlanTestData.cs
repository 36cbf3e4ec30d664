using Krat.Domain.Meetings;
using Krat.Domain.Plans;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Plans;

public static class PlanTestData
{
    public static readonly ActionPlanId PlanId = new(Guid.Parse("00000000-0000-7000-8000-0000000aa001"));
    public static readonly DecisionId Decision = new(Guid.Parse("00000000-0000-7000-8000-0000000aa002"));
    public static readonly LocalDate YearStart = new(2023, 1, 1);
    public static readonly LocalDate YearEnd = new(2023, 12, 31);
    public static readonly DateInterval Year = new(YearStart, YearEnd);

    /// <summary>A draft 2023 plan with objective O1 (prevention) and measures 1 (1.1) and 2 (1.2), the first with a count indicator.</summary>
    public static (ActionPlan Plan, ObjectiveId Objective, IndicatorId Indicator) Draft()
    {
        var plan = ActionPlan.Draft(KratDurres, "Plani 2023", Year, "PKV 2021-2023", PlanId);
        var objective = plan.AddObjective(Pillar.Prevention, "O1", "Ndërgjegjësim");
        plan.AddMeasure(objective.Id, "1.1", "Seanca në shkolla", Education, [WorldVision], Year, Measure1);
        plan.AddMeasure(objective.Id, "1.2", "Punë në terren", Social, [], new DateInterval(new LocalDate(2023, 3, 1), new LocalDate(2023, 6, 30)), Measure2);
        var indicator = plan.AddIndicator(Measure1, IndicatorKind.Count, "Seanca", "seanca", baseline: 10);
        plan.SetTarget(Measure1, indicator.Id, Year, 30);
        return (plan, objective.Id, indicator.Id);
    }

    public static string State(ActionPlan p) =>
        $"{p.Title}|{p.NationalPlan}|{p.Period}|{p.Status}|{p.ApprovedBy}|{p.ApprovedOn}|{p.ClosedOn}|"
        + string.Join(";", p.Objectives.Select(o => $"{o.Code}:{o.Pillar}:{o.Title}")) + "|"
        + string.Join(";", p.Measures.Select(m => $"{m.Code}:{m.Title}:{m.Period}:{m.LeadOrganisationId}:{string.Join(",", m.SupportingOrganisationIds)}:"
            + string.Join("/", m.Indicators.Select(i => $"{i.Kind}:{i.Description}:{string.Join(",", i.Targets)}:{string.Join(",", i.Actuals)}"))));
}
