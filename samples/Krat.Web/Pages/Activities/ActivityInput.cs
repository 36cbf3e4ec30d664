using System.ComponentModel.DataAnnotations;
using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;

namespace Krat.Web.Pages.Activities;

/// <summary>The fields a user may set when recording or editing an activity (never the domain object itself).</summary>
public sealed class ActivityInput
{
    [Required(ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationRequired))]
    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldKind))]
    public ActivityKind? Kind { get; set; }

    [Required(ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationRequired))]
    [StringLength(Activity.MaxTitleLength, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationMaxLength))]
    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldTitle))]
    public string? Title { get; set; }

    [StringLength(Activity.MaxDescriptionLength, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationMaxLength))]
    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldDescription))]
    public string? Description { get; set; }

    [StringLength(Activity.MaxVenueLength, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationMaxLength))]
    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldVenue))]
    public string? Venue { get; set; }

    /// <summary>Only when recording; later dates change through rescheduling.</summary>
    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldPlannedStart))]
    [DataType(DataType.Date)]
    public DateOnly? PlannedStart { get; set; }

    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldPlannedEnd))]
    [DataType(DataType.Date)]
    public DateOnly? PlannedEnd { get; set; }

    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldMunicipalities))]
    public List<string> Municipalities { get; set; } = [];

    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldLead))]
    public Guid? LeadOrganisationId { get; set; }

    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldPartners))]
    public List<Guid> PartnerOrganisationIds { get; set; } = [];

    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldTargetGroups))]
    public List<TargetGroup> TargetGroups { get; set; } = [];

    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldMeasure))]
    public Guid? MeasureId { get; set; }

    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldCampaign))]
    public Guid? CampaignId { get; set; }

    [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldVisibility))]
    public Visibility Visibility { get; set; } = Visibility.Internal;

    /// <summary>The version the form was loaded at (optimistic concurrency).</summary>
    public int Version { get; set; }

    public MeasureId? Measure => MeasureId is { } id ? new MeasureId(id) : null;

    public CampaignId? Campaign => CampaignId is { } id ? new CampaignId(id) : null;

    public IEnumerable<OrganisationId> Partners => PartnerOrganisationIds.Where(id => id != Guid.Empty).Select(id => new OrganisationId(id));

    /// <summary>
    /// The organisations the form names — its lead and partners, and <paramref name="also"/> — whose names the page
    /// reads (<see cref="ActivityLookups.LoadAsync"/>); a method, not a property, so that model validation skips it.
    /// </summary>
    public IReadOnlyList<OrganisationId> Named(OrganisationId? also)
    {
        List<OrganisationId> named = [.. Partners];
        if (LeadOrganisationId is { } lead && lead != Guid.Empty)
        {
            named.Add(new OrganisationId(lead));
        }

        if (also is { } more)
        {
            named.Add(more);
        }

        return named;
    }

    // Methods, not properties: model validation reads every property of the bound input.

    /// <summary>The chosen municipalities from the catalogue (<see cref="CheckChoices"/> refuses a name it does not hold).</summary>
    public List<Municipality> Places() => [.. Municipalities.Select(Albania.FindMunicipality).OfType<Municipality>()];

    /// <summary>The planned days from the two date fields (the first must be given); refused as the domain words it.</summary>
    public DateInterval PlannedDays() => Activity.Days(LocalDate.FromDateOnly(PlannedStart!.Value), PlannedEnd is { } end ? LocalDate.FromDateOnly(end) : null);

    public static ActivityInput From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ActivityInput
        {
            Kind = activity.Kind,
            Title = activity.Title,
            Description = activity.Description,
            Venue = activity.Venue,
            PlannedStart = activity.PlannedDays.Start.ToDateOnly(),
            PlannedEnd = activity.PlannedDays.End == activity.PlannedDays.Start ? null : activity.PlannedDays.End.ToDateOnly(),
            Municipalities = [.. activity.Municipalities.Select(m => m.Name)],
            LeadOrganisationId = activity.LeadOrganisationId.Value,
            PartnerOrganisationIds = [.. activity.PartnerOrganisationIds.Select(p => p.Value)],
            TargetGroups = [.. activity.TargetGroups],
            MeasureId = activity.MeasureId?.Value,
            CampaignId = activity.CampaignId?.Value,
            Visibility = activity.Visibility,
            Version = activity.Version,
        };
    }

    /// <summary>Checks what data annotations cannot: the lists need a value, and choices must be among those offered.</summary>
    public void CheckChoices(ModelStateDictionary modelState, ActivityLookups lookups, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(lookups);
        if (Municipalities.Count == 0)
        {
            modelState.AddModelError($"{prefix}.{nameof(Municipalities)}", string.Format(ActivitiesText.Get("Validation.ChooseOne"), ActivitiesText.FieldMunicipalities));
        }

        if (Municipalities.Exists(m => Albania.FindMunicipality(m) is null))
        {
            modelState.AddModelError($"{prefix}.{nameof(Municipalities)}", string.Format(ActivitiesText.Get("Validation.UnknownChoice"), ActivitiesText.FieldMunicipalities));
        }

        if (TargetGroups.Count == 0)
        {
            modelState.AddModelError($"{prefix}.{nameof(TargetGroups)}", string.Format(ActivitiesText.Get("Validation.ChooseOne"), ActivitiesText.FieldTargetGroups));
        }

        if (TargetGroups.Exists(g => !CodeList.IsDefined(g)))
        {
            modelState.AddModelError($"{prefix}.{nameof(TargetGroups)}", string.Format(ActivitiesText.Get("Validation.UnknownChoice"), ActivitiesText.FieldTargetGroups));
        }

        if (MeasureId is { } measure && !lookups.Measures.Any(m => m.Measure.Id.Value == measure))
        {
            modelState.AddModelError($"{prefix}.{nameof(MeasureId)}", string.Format(ActivitiesText.Get("Validation.UnknownChoice"), ActivitiesText.FieldMeasure));
        }

        if (CampaignId is { } campaign && !lookups.Campaigns.Any(c => c.Id.Value == campaign))
        {
            modelState.AddModelError($"{prefix}.{nameof(CampaignId)}", string.Format(ActivitiesText.Get("Validation.UnknownChoice"), ActivitiesText.FieldCampaign));
        }

        if (LeadOrganisationId is not { } lead)
        {
            modelState.AddModelError($"{prefix}.{nameof(LeadOrganisationId)}", string.Format(ActivitiesText.ValidationRequired, ActivitiesText.FieldLead));
        }
        else if (!lookups.Organisations.Any(o => o.Id.Value == lead))
        {
            modelState.AddModelError($"{prefix}.{nameof(LeadOrganisationId)}", string.Format(ActivitiesText.Get("Validation.UnknownChoice"), ActivitiesText.FieldLead));
        }

        if (PartnerOrganisationIds.Exists(p => !lookups.Organisations.Any(o => o.Id.Value == p)))
        {
            modelState.AddModelError($"{prefix}.{nameof(PartnerOrganisationIds)}", string.Format(ActivitiesText.Get("Validation.UnknownChoice"), ActivitiesText.FieldPartners));
        }
    }

    /// <summary>The form field a failed domain rule or argument belongs to ("" for the whole form).</summary>
    public static string FieldOf(Exception exception, string prefix = "Input") => exception switch
    {
        DomainException { Rule: "activity.municipality-in-county" } => $"{prefix}.{nameof(Municipalities)}",
        DomainException { Rule: "activity.lead-not-partner" } => $"{prefix}.{nameof(PartnerOrganisationIds)}",
        ArgumentException { ParamName: "title" } => $"{prefix}.{nameof(Title)}",
        ArgumentException { ParamName: "description" } => $"{prefix}.{nameof(Description)}",
        ArgumentException { ParamName: "venue" } => $"{prefix}.{nameof(Venue)}",
        ArgumentException { ParamName: "start" or "plannedDays" } => $"{prefix}.{nameof(PlannedStart)}",
        ArgumentException { ParamName: "end" } => $"{prefix}.{nameof(PlannedEnd)}",
        ArgumentException { ParamName: "municipalities" } => $"{prefix}.{nameof(Municipalities)}",
        ArgumentException { ParamName: "targetGroups" } => $"{prefix}.{nameof(TargetGroups)}",
        ArgumentException { ParamName: "partners" or "partnerOrganisationIds" } => $"{prefix}.{nameof(PartnerOrganisationIds)}",
        _ => string.Empty,
    };
}

/// <summary>What the shared form partial needs.</summary>
public sealed record ActivityForm(ActivityInput Input, ActivityLookups Lookups, PartnerChoices Partners, bool LeadFixed, bool WithDates)
{
    /// <summary>
    /// The lead organisation's options: the current lead first when the offered list leaves it out, then the offered
    /// organisations (the same capped, searchable list as the partners).
    /// </summary>
    public IEnumerable<Choice> LeadChoices
    {
        get
        {
            var lead = Input.LeadOrganisationId is { } id && id != Guid.Empty && !Partners.Offered.Any(o => o.Id.Value == id)
                ? [new Choice(id.ToString(), Lookups.OrganisationName(new OrganisationId(id)))]
                : Array.Empty<Choice>();
            return lead.Concat(Partners.Offered.Select(o => new Choice(o.Id.Value.ToString(), o.DisplayName())));
        }
    }

    /// <summary>
    /// The partner checkboxes: the partners already chosen first (checked, even when the offered list leaves them
    /// out), then the offered organisations not chosen.
    /// </summary>
    public IEnumerable<(Choice Choice, bool Chosen)> PartnerBoxes
    {
        get
        {
            var chosen = Input.PartnerOrganisationIds.Where(id => id != Guid.Empty).Distinct().ToList();
            return chosen
                .Select(id => (new Choice(id.ToString(), Lookups.OrganisationName(new OrganisationId(id))), true))
                .Concat(Partners.Offered
                    .Where(o => !chosen.Contains(o.Id.Value))
                    .Select(o => (new Choice(o.Id.Value.ToString(), o.DisplayName()), false)));
        }
    }
}
