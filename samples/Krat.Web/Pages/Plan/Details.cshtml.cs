using Krat.Domain.Activities;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.Plans;
using Krat.Domain.Plans.Specifications;
using Krat.Domain.Reports;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Pages.Activities;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Krat.Web.Pages.Plan;

/// <summary>
/// One action plan: objectives grouped by pillar, measures with their organisations, timeframe, indicators and
/// progress on today's date (PlanProgress over the activities of the plan's measures), measures without activity
/// and measures behind schedule highlighted. Public for approved and closed plans of the committee being viewed.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(
    CurrentCommittee current,
    IReadRepository<ActionPlan> plans,
    IReadRepository<Activity> activities,
    IReadRepository<Organisation> organisations,
    IReadRepository<Meeting> meetings,
    IAuthorizationService authorization,
    IClock clock) : PageModel
{
    public ActionPlan Plan { get; private set; } = null!;

    public PlanProgress Progress { get; private set; } = null!;

    public IReadOnlyList<PillarBlock> Pillars { get; private set; } = [];

    public int MeasuresWithoutActivity { get; private set; }

    public Meeting? ApprovingMeeting { get; private set; }

    public Decision? ApprovingDecision { get; private set; }

    public bool CanEdit { get; private set; }

    public LocalDate Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        var plan = await plans.FirstOrDefaultAsync(new ActionPlanDetailsSpec(new ActionPlanId(id)), cancellationToken);
        var signedIn = User.Identity?.IsAuthenticated == true;
        if (committee is null || plan is null || plan.CommitteeId != committee.Id || (plan.Status == ActionPlanStatus.Draft && !signedIn))
        {
            return NotFound();
        }

        Plan = plan;
        Today = Albania.Today(clock);
        CanEdit = (await authorization.AuthorizeAsync(User, KratPolicies.CanEditCommittee)).Succeeded;
        var measureIds = plan.Measures.Select(m => m.Id).ToList();
        // Progress counts what the reader's audience sees: public activities only without a login (as the reports do).
        var audience = ActivityAccess.Audience(User);
        IReadOnlyList<Activity> implementing = measureIds.Count == 0
            ? []
            : [.. (await activities.ListAsync(new ActivitiesOfMeasuresSpec(plan.CommitteeId, measureIds), cancellationToken)).Where(a => audience.Sees(a))];
        Progress = PlanProgress.Of(plan, implementing, Today);
        var without = plan.MeasuresWithoutActivity(implementing.Where(a => a.Status != ActivityStatus.Cancelled).Select(a => a.MeasureId!.Value))
            .Select(m => m.Id)
            .ToHashSet();
        MeasuresWithoutActivity = without.Count;

        var measures = Progress.Objectives.SelectMany(op => op.Measures).Select(mp => plan.FindMeasure(mp.MeasureId)).ToList();
        List<OrganisationId> named = [.. measures.Select(m => m.LeadOrganisationId), .. measures.SelectMany(m => m.SupportingOrganisationIds)];
        var names = (await organisations.ListAsync(new OrganisationNamesSpec([.. named.Distinct()]), cancellationToken))
            .ToDictionary(o => o.Id, o => o.DisplayName());
        string Name(OrganisationId organisationId) => names.TryGetValue(organisationId, out var name) ? name : "—";

        var blocks = Progress.Objectives.Select(op =>
        {
            var objective = plan.Objectives.First(o => o.Id == op.ObjectiveId);
            var rows = op.Measures.Select(mp =>
            {
                var measure = plan.FindMeasure(mp.MeasureId);
                return new MeasureRow(measure, mp, Name(measure.LeadOrganisationId), [.. measure.SupportingOrganisationIds.Select(Name)], without.Contains(measure.Id));
            }).ToList();
            return new ObjectiveBlock(objective, op, rows);
        }).ToList();
        Pillars = [.. blocks
            .GroupBy(b => b.Objective.Pillar)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var ratios = g.SelectMany(b => b.Progress.Measures).Where(m => m.Ratio.HasValue).Select(m => m.Ratio!.Value).ToList();
                return new PillarBlock(g.Key, ratios.Count == 0 ? null : ratios.Average(), g.Sum(b => b.Measures.Count), [.. g]);
            })];

        if (plan.ApprovedBy is { } decisionId)
        {
            var approvals = await meetings.ListAsync(new PlanApprovalMeetingsSpec(plan.CommitteeId), cancellationToken);
            ApprovingMeeting = approvals.FirstOrDefault(m => m.Decisions.Any(d => d.Id == decisionId));
            ApprovingDecision = ApprovingMeeting?.Decisions.First(d => d.Id == decisionId);
        }

        return Page();
    }

    /// <summary>A pillar with the average progress of its measures and its objectives.</summary>
    public sealed record PillarBlock(Pillar Pillar, double? Ratio, int MeasureCount, IReadOnlyList<ObjectiveBlock> Objectives);

    /// <summary>An objective with its progress and its measures.</summary>
    public sealed record ObjectiveBlock(Objective Objective, ObjectiveProgress Progress, IReadOnlyList<MeasureRow> Measures);

    /// <summary>A measure with its progress and the names of its organisations.</summary>
    public sealed record MeasureRow(Measure Measure, MeasureProgress Progress, string Lead, IReadOnlyList<string> Supporting, bool WithoutActivity);
}
