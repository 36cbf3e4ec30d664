using Krat.Domain.Plans;
using Krat.Domain.Plans.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;

namespace Krat.Web.Pages.Plan;

/// <summary>Loads a plan for an editing page: null (→ 404) when it does not exist or belongs to another committee than the one being viewed.</summary>
internal static class PlanEditing
{
    public static async Task<ActionPlan?> LoadAsync(IRepository<ActionPlan> plans, CurrentCommittee current, Guid id, CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        var plan = await plans.FirstOrDefaultAsync(new ActionPlanDetailsSpec(new ActionPlanId(id)), cancellationToken);
        return committee is not null && plan is not null && plan.CommitteeId == committee.Id ? plan : null;
    }
}
