using Krat.Domain.Committees;
using Krat.Domain.Plans;
using Krat.Domain.Plans.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Plan;

/// <summary>The committee's action plans by period, latest first. Public: approved and closed plans; signed-in users also see drafts.</summary>
[AllowAnonymous]
public sealed class IndexModel(CurrentCommittee current, IReadRepository<ActionPlan> plans) : PageModel
{
    public Committee? Committee { get; private set; }

    public IReadOnlyList<ActionPlanSummary> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Committee = await current.GetAsync(cancellationToken);
        if (Committee is not null)
        {
            var includeDrafts = User.Identity?.IsAuthenticated == true;
            Plans = await plans.ListAsync(new ActionPlansOfCommitteeSpec(Committee.Id, includeDrafts), cancellationToken);
        }
    }
}
