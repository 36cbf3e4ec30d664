using Krat.Domain.Activities.Specifications;
using Krat.Domain.Campaigns;
using Krat.Domain.Campaigns.Specifications;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.Plans;
using Krat.Infrastructure.Repositories;

namespace Krat.Web.Pages.Activities;

/// <summary>A choice of a list or form: the value sent and the text shown.</summary>
public sealed record Choice(string Value, string Text);

/// <summary>
/// The names and choices the activities pages show for a committee: the municipalities of its county, the
/// organisations the page names, the measures of its action plans and its campaigns. Only names are read
/// (projections, not whole aggregates), and of the organisations only those the page shows or was sent — never
/// every organisation of a national database: the pickers offer a capped choice of their own (<see cref="PartnerChoices"/>).
/// </summary>
public sealed class ActivityLookups
{
    private ActivityLookups(
        IReadOnlyList<Municipality> municipalities,
        IReadOnlyList<OrganisationNames> organisations,
        IReadOnlyList<(ActionPlanMeasures Plan, MeasureName Measure)> measures,
        IReadOnlyList<CampaignName> campaigns)
    {
        Municipalities = municipalities;
        Organisations = organisations;
        Measures = measures;
        Campaigns = campaigns;
    }

    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>The organisations the page names or was sent (those that exist), by Albanian name.</summary>
    public IReadOnlyList<OrganisationNames> Organisations { get; }

    /// <summary>The measures of the committee's plans: newest plan first, each plan's measures by code.</summary>
    public IReadOnlyList<(ActionPlanMeasures Plan, MeasureName Measure)> Measures { get; }

    /// <summary>The committee's campaigns, latest first.</summary>
    public IReadOnlyList<CampaignName> Campaigns { get; }

    public IEnumerable<Choice> MunicipalityChoices => Municipalities.Select(m => new Choice(m.Name, m.Name));

    public IEnumerable<Choice> MeasureChoices => Measures.Select(m => new Choice(m.Measure.Id.Value.ToString(), MeasureName(m.Plan, m.Measure)));

    public IEnumerable<Choice> CampaignChoices => Campaigns.Select(c => new Choice(c.Id.Value.ToString(), c.Name));

    /// <summary>Loads the lookups of <paramref name="committee"/> (empty lists without a committee).</summary>
    /// <param name="committee">The committee, or <see langword="null"/>.</param>
    /// <param name="named">
    /// The organisations the page names (leads and partners shown) or was sent (a form's lead and partners): only
    /// their names are read, and an identity not among <see cref="Organisations"/> afterwards does not exist.
    /// </param>
    /// <param name="organisations">The organisations, read as names.</param>
    /// <param name="plans">The action plans, read for their measures.</param>
    /// <param name="campaigns">The campaigns, read as names.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The lookups.</returns>
    public static async Task<ActivityLookups> LoadAsync(
        Committee? committee,
        IEnumerable<OrganisationId> named,
        IReadRepository<Organisation> organisations,
        IReadRepository<ActionPlan> plans,
        IReadRepository<Campaign> campaigns,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(campaigns);
        if (committee is null)
        {
            return new ActivityLookups([], [], [], []);
        }

        var places = Albania.Municipalities.Where(m => m.County == committee.County).ToList();
        List<OrganisationId> ids = [.. named.Distinct()];
        var namedOrganisations = ids.Count == 0 ? [] : await organisations.ListAsync(new OrganisationNamesSpec(ids), cancellationToken);
        var allPlans = await plans.ListAsync(new MeasuresForActivitiesSpec(committee.Id), cancellationToken);
        var measures = allPlans
            .SelectMany(p => p.Measures.OrderBy(m => m.Code, StringComparer.Ordinal).Select(m => (Plan: p, Measure: m)))
            .ToList();
        var allCampaigns = await campaigns.ListAsync(new CampaignNamesSpec(committee.Id), cancellationToken);
        return new ActivityLookups(places, namedOrganisations, measures, allCampaigns);
    }

    public string OrganisationName(OrganisationId id) =>
        Organisations.FirstOrDefault(o => o.Id == id) is { } organisation ? organisation.DisplayName() : ActivitiesText.Get("Field.Unknown");

    public string? MeasureName(MeasureId? id) =>
        id is { } measureId
            ? Measures.Where(m => m.Measure.Id == measureId).Select(m => MeasureName(m.Plan, m.Measure)).FirstOrDefault() ?? ActivitiesText.Get("Field.Unknown")
            : null;

    public string? CampaignName(CampaignId? id) =>
        id is { } campaignId ? Campaigns.FirstOrDefault(c => c.Id == campaignId)?.Name ?? ActivitiesText.Get("Field.Unknown") : null;

    private static string MeasureName(ActionPlanMeasures plan, MeasureName measure) => $"{measure.Code} {measure.Title} ({plan.Period.Start.Year})";
}
