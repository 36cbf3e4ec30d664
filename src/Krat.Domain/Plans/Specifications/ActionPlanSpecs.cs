using Ardalis.Specification;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using NodaTime;

namespace Krat.Domain.Plans.Specifications;

/// <summary>
/// A committee's action plans as list lines, latest period first; drafts only when asked for (the public sees
/// approved and closed plans).
/// </summary>
public sealed class ActionPlansOfCommitteeSpec : Specification<ActionPlan, ActionPlanSummary>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="includeDrafts">Whether draft plans are listed too.</param>
    public ActionPlansOfCommitteeSpec(CommitteeId committeeId, bool includeDrafts) =>
        Query
            .Where(p => p.CommitteeId == committeeId)
            .Where(p => p.Status != ActionPlanStatus.Draft, !includeDrafts)
            .OrderByDescending(p => p.Start)
            .ThenByDescending(p => p.End)
            .ThenBy(p => p.Id)
            .Select(p => new ActionPlanSummary(p.Id, p.Title, p.NationalPlan, new DateInterval(p.Start, p.End), p.Status, p.ApprovedOn, p.ClosedOn));
}

/// <summary>One action plan with its objectives, measures and indicators (targets and actuals), for its page.</summary>
public sealed class ActionPlanDetailsSpec : SingleResultSpecification<ActionPlan>
{
    /// <summary>Builds the query.</summary>
    /// <param name="planId">The plan.</param>
    public ActionPlanDetailsSpec(ActionPlanId planId) =>
        Query
            .Where(p => p.Id == planId)
            .Include(p => p.Objectives)
            .Include(p => p.Measures)
                .ThenInclude(m => m.Indicators)
            .AsSplitQuery();
}

/// <summary>
/// The activities of a committee that implement one of the given measures (cancelled ones included; progress
/// leaves them out), by planned day — the input of <see cref="PlanProgress.Of"/> for one plan.
/// </summary>
public sealed class ActivitiesOfMeasuresSpec : Specification<Activity>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="measureIds">The measures, typically all of one plan's.</param>
    public ActivitiesOfMeasuresSpec(CommitteeId committeeId, IReadOnlyList<MeasureId> measureIds)
    {
        ArgumentNullException.ThrowIfNull(measureIds);
        List<MeasureId?> ids = [.. measureIds.Select(id => (MeasureId?)id)];
        Query
            .Where(a => a.CommitteeId == committeeId && a.MeasureId != null && ids.Contains(a.MeasureId))
            .OrderBy(a => a.PlannedStart)
            .ThenBy(a => a.Id);
    }
}

/// <summary>
/// The meetings of a committee that took a decision approving a plan (<see cref="DecisionKind.ApprovePlan"/>), with
/// their decisions, latest first: the decisions a draft plan may be approved by.
/// </summary>
public sealed class PlanApprovalMeetingsSpec : Specification<Meeting>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    public PlanApprovalMeetingsSpec(CommitteeId committeeId) =>
        Query
            .Where(m => m.CommitteeId == committeeId && m.Decisions.Any(d => d.Kind == DecisionKind.ApprovePlan))
            .Include(m => m.Decisions)
            .OrderByDescending(m => m.StartsAt)
            .ThenBy(m => m.Id)
            .AsSplitQuery();
}
