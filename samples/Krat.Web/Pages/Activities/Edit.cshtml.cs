using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Activities;

/// <summary>
/// Edits an activity's details, places, organisers, target groups and links: the lead organisation's member, a
/// secretary or an administrator. Saves with the version the form was loaded at; a concurrent change shows who
/// made it and when.
/// </summary>
[Authorize(Policy = KratPolicies.CanRecordActivities)]
public sealed class EditModel(
    IRepository<Activity> activities,
    IReadRepository<Organisation> organisations,
    IReadRepository<ActionPlan> plans,
    IReadRepository<Campaign> campaigns,
    CurrentCommittee current,
    FormErrors errors) : PageModel
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public ActivityInput Input { get; private set; } = new();

    public Activity Activity { get; private set; } = null!;

    public ActivityLookups Lookups { get; private set; } = null!;

    /// <summary>The partner organisations offered, narrowed by <see cref="Find"/>.</summary>
    public PartnerChoices Partners { get; private set; } = null!;

    /// <summary>The text narrowing the partner choices (<c>?org=</c>), diacritics ignored.</summary>
    [FromQuery(Name = "org")]
    public string? Find { get; set; }

    public bool LeadFixed => !ActivityAccess.ActsForAnyOrganisation(User);

    public string? Qark => Request.Qark();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        Input = ActivityInput.From(Activity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Input))] ActivityInput input, CancellationToken cancellationToken)
    {
        Input = input;
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        if (LeadFixed)
        {
            Input.LeadOrganisationId = Activity.LeadOrganisationId.Value;
        }

        Input.CheckChoices(ModelState, Lookups);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Activity.EditDetails(Input.Kind!.Value, Input.Title!, Input.Description, Input.Venue, Input.Visibility);
            Activity.ChangeMunicipalities(Input.Places());
            Activity.ChangeOrganisations(new OrganisationId(Input.LeadOrganisationId!.Value), Input.Partners);
            Activity.ChangeTargetGroups(Input.TargetGroups);
            Activity.Link(Input.Measure, Input.Campaign);
            await activities.UpdateAsync(Activity, Input.Version, cancellationToken);
            await activities.SaveChangesAsync(cancellationToken);
            return RedirectToPage("/Activities/Details", new { id, qark = Qark });
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception, ActivityInput.FieldOf(exception)))
        {
            if (exception is ConcurrencyConflictException { StoredVersion: { } stored })
            {
                // Saving again (after checking) overwrites the other change.
                ModelState.Remove("Input.Version");
                Input.Version = stored;
            }

            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        var (access, activity) = await ActivityEditing.LoadAsync(activities, id, User, committee, cancellationToken);
        if (ActivityEditing.Refusal(access) is { } refusal)
        {
            return refusal;
        }

        Activity = activity!;
        Lookups = await ActivityLookups.LoadAsync(
            committee, [Activity.LeadOrganisationId, .. Activity.PartnerOrganisationIds, .. Input.Named(null)], organisations, plans, campaigns, cancellationToken);
        Partners = await PartnerChoices.LoadAsync(committee, organisations, Find, cancellationToken);
        return null;
    }
}
