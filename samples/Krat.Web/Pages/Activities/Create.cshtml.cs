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

/// <summary>
/// Records (plans) an activity of the committee: a secretary or administrator for any organisation, a member only
/// with its own organisation as lead (the lead field is fixed for members).
/// </summary>
[Authorize(Policy = KratPolicies.CanRecordActivities)]
public sealed class CreateModel(
    IRepository<Activity> activities,
    IReadRepository<Organisation> organisations,
    IReadRepository<ActionPlan> plans,
    IReadRepository<Campaign> campaigns,
    CurrentCommittee current,
    FormErrors errors) : PageModel
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public ActivityInput Input { get; private set; } = new();

    public ActivityLookups Lookups { get; private set; } = null!;

    /// <summary>The partner organisations offered, narrowed by <see cref="Find"/>.</summary>
    public PartnerChoices Partners { get; private set; } = null!;

    /// <summary>The text narrowing the partner choices (<c>?org=</c>), diacritics ignored.</summary>
    [FromQuery(Name = "org")]
    public string? Find { get; set; }

    public bool LeadFixed => !ActivityAccess.ActsForAnyOrganisation(User);

    public string? Qark => Request.Qark();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        if (committee is null)
        {
            return NotFound();
        }

        Input.LeadOrganisationId = User.OrganisationId()?.Value;
        Lookups = await ActivityLookups.LoadAsync(committee, Input.Named(User.OrganisationId()), organisations, plans, campaigns, cancellationToken);
        Partners = await PartnerChoices.LoadAsync(committee, organisations, Find, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Input))] ActivityInput input, CancellationToken cancellationToken)
    {
        Input = input;
        var committee = await current.GetAsync(cancellationToken);
        if (committee is null)
        {
            return NotFound();
        }

        Lookups = await ActivityLookups.LoadAsync(committee, Input.Named(User.OrganisationId()), organisations, plans, campaigns, cancellationToken);
        Partners = await PartnerChoices.LoadAsync(committee, organisations, Find, cancellationToken);
        if (LeadFixed)
        {
            // A member records only for its own organisation, whatever the form says.
            Input.LeadOrganisationId = User.OrganisationId()?.Value;
        }

        if (Input.PlannedStart is null)
        {
            ModelState.AddModelError("Input.PlannedStart", string.Format(ActivitiesText.ValidationRequired, ActivitiesText.FieldPlannedStart));
        }

        Input.CheckChoices(ModelState, Lookups);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var activity = Activity.Plan(new ActivityPlan
            {
                CommitteeId = committee.Id,
                County = committee.County,
                Kind = Input.Kind!.Value,
                Title = Input.Title!,
                PlannedDays = Input.PlannedDays(),
                Municipalities = Input.Places(),
                LeadOrganisationId = new OrganisationId(Input.LeadOrganisationId!.Value),
                TargetGroups = Input.TargetGroups,
                Description = Input.Description,
                Venue = Input.Venue,
                PartnerOrganisationIds = [.. Input.Partners],
                MeasureId = Input.Measure,
                CampaignId = Input.Campaign,
                Visibility = Input.Visibility,
            });
            await activities.AddAsync(activity, cancellationToken);
            await activities.SaveChangesAsync(cancellationToken);
            return RedirectToPage("/Activities/Details", new { id = activity.Id.Value, qark = Qark });
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception, ActivityInput.FieldOf(exception)))
        {
            return Page();
        }
    }
}
