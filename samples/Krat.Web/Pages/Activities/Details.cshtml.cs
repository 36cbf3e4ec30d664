using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Activities;

/// <summary>One activity: kind, status, dates, places, organisers, target groups, reach, measure and campaign.</summary>
[AllowAnonymous]
public sealed class DetailsModel(
    IReadRepository<Activity> activities,
    IReadRepository<Organisation> organisations,
    IReadRepository<ActionPlan> plans,
    IReadRepository<Campaign> campaigns,
    CurrentCommittee current,
    IAuthorizationService authorization) : PageModel
{
    public Activity Activity { get; private set; } = null!;

    public ActivityLookups Lookups { get; private set; } = null!;

    public bool CanChange { get; private set; }

    public string? Qark => Request.Qark();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        var activity = await activities.GetByIdAsync(new ActivityId(id), cancellationToken);
        if (activity is null || !ActivityAccess.CanSee(User, activity, committee))
        {
            return NotFound();
        }

        Activity = activity;
        Lookups = await ActivityLookups.LoadAsync(committee, [activity.LeadOrganisationId, .. activity.PartnerOrganisationIds], organisations, plans, campaigns, cancellationToken);
        CanChange = (await authorization.AuthorizeAsync(User, KratPolicies.CanRecordActivities)).Succeeded
            && ActivityAccess.CanChange(User, activity);
        return Page();
    }
}
