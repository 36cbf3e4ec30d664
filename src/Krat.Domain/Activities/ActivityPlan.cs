using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using NodaTime;

namespace Krat.Domain.Activities;

/// <summary>
/// What <see cref="Activity.Plan(ActivityPlan)"/> needs to plan an activity: the members marked <c>required</c>
/// must be given (a missing one does not compile), the others have defaults. The record only carries the values;
/// <see cref="Activity.Plan(ActivityPlan)"/> checks them (blank or too long texts, places outside the county, a lead
/// that is also a partner…) and refuses the plan as a whole when one is wrong.
/// </summary>
/// <example>
/// <code>
/// var activity = Activity.Plan(new ActivityPlan
/// {
///     CommitteeId = committee.Id,
///     County = committee.County,
///     Kind = ActivityKind.SchoolSession,
///     Title = "Sesion informues në shkollën „Naim Frashëri”",
///     PlannedDays = Activity.Days(new LocalDate(2026, 10, 14)),
///     Municipalities = [Albania.Municipality("Durrës")],
///     LeadOrganisationId = police.Id,
///     TargetGroups = [TargetGroup.Pupils],
/// });
/// </code>
/// </example>
public sealed record ActivityPlan
{
    /// <summary>The committee the activity belongs to.</summary>
    public required CommitteeId CommitteeId { get; init; }

    /// <summary>The committee's county; every municipality must lie in it.</summary>
    public required CountyCode County { get; init; }

    /// <summary>What kind of activity.</summary>
    public required ActivityKind Kind { get; init; }

    /// <summary>The title, at most <see cref="Activity.MaxTitleLength"/> characters.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The planned days, both ends inclusive: a one-day activity starts and ends on the same day
    /// (<see cref="Activity.Days(LocalDate, LocalDate?)"/> builds the interval from a form's first and last day).
    /// </summary>
    public required DateInterval PlannedDays { get; init; }

    /// <summary>
    /// At least one municipality of <see cref="County"/>, from <see cref="Albania"/> (for instance
    /// <c>Albania.County(code).Municipalities</c> or <c>Albania.Municipality("Krujë")</c>); duplicates count once.
    /// </summary>
    public required IReadOnlyCollection<Municipality> Municipalities { get; init; }

    /// <summary>The organisation that leads it.</summary>
    public required OrganisationId LeadOrganisationId { get; init; }

    /// <summary>At least one target group; duplicates count once.</summary>
    public required IReadOnlyCollection<TargetGroup> TargetGroups { get; init; }

    /// <summary>A description, at most <see cref="Activity.MaxDescriptionLength"/> characters; none by default.</summary>
    public string? Description { get; init; }

    /// <summary>The venue, such as a school, at most <see cref="Activity.MaxVenueLength"/> characters; none by default.</summary>
    public string? Venue { get; init; }

    /// <summary>Partner organisations, never the lead; none by default.</summary>
    public IReadOnlyCollection<OrganisationId> PartnerOrganisationIds { get; init; } = [];

    /// <summary>The measure of the action plan it implements; none by default.</summary>
    public MeasureId? MeasureId { get; init; }

    /// <summary>The campaign it belongs to; none by default.</summary>
    public CampaignId? CampaignId { get; init; }

    /// <summary>Who may see it; <see cref="Visibility.Internal"/> by default.</summary>
    public Visibility Visibility { get; init; } = Visibility.Internal;

    /// <summary>Its identity; Krat makes a new one (<see cref="ActivityId.New"/>) when none is given.</summary>
    public ActivityId? Id { get; init; }
}
