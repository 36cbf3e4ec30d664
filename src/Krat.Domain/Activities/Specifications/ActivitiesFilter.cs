using Ardalis.Specification;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using Krat.Domain.Reports;
using NodaTime;

namespace Krat.Domain.Activities.Specifications;

/// <summary>
/// The criteria of an activity search; every criterion left <see langword="null"/> is not applied, and the given
/// ones combine with AND. Periods use <see cref="Activity.EffectiveDate"/> (the actual date once completed, else
/// the planned date), inclusive at both ends. <see cref="From"/> and <see cref="To"/> are two independent optional
/// bounds (either may be given alone), not a period, so they are not a <see cref="DateInterval"/>.
/// </summary>
public sealed record ActivitiesFilter
{
    /// <summary>Only activities of this committee.</summary>
    public CommitteeId? CommitteeId { get; init; }

    /// <summary>Only activities on or after this day.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Only activities on or before this day.</summary>
    public LocalDate? To { get; init; }

    /// <summary>Only activities in this municipality (from <see cref="Albania"/>, such as <c>Albania.Municipality("Krujë")</c>).</summary>
    public Municipality? Municipality { get; init; }

    /// <summary>Only activities for this target group.</summary>
    public TargetGroup? TargetGroup { get; init; }

    /// <summary>Only activities implementing this measure.</summary>
    public MeasureId? MeasureId { get; init; }

    /// <summary>Only activities led by or partnered by this organisation.</summary>
    public OrganisationId? OrganisationId { get; init; }

    /// <summary>Only activities of this campaign.</summary>
    public CampaignId? CampaignId { get; init; }

    /// <summary>Only activities with this visibility (a public site passes <see cref="Visibility.Public"/>).</summary>
    public Visibility? Visibility { get; init; }

    /// <summary>
    /// Only activities this audience counts (<see cref="ReportAudiences.Counts"/>): a page served without a login
    /// passes <see cref="ReportAudience.Public"/>, so its list and export count what its reports count.
    /// </summary>
    public ReportAudience? Audience { get; init; }

    /// <summary>Only activities in this status.</summary>
    public ActivityStatus? Status { get; init; }

    /// <summary>Only activities whose title, description, venue or municipalities contain this text, diacritics and case ignored.</summary>
    public string? Text { get; init; }
}

/// <summary>Applies an <see cref="ActivitiesFilter"/> to a specification builder, shared by the list and count specifications.</summary>
internal static class ActivitiesFilterCriteria
{
    public static ISpecificationBuilder<Activity> Matching(this ISpecificationBuilder<Activity> query, ActivitiesFilter filter, string folded, string? municipality) =>
        query
            .Where(a => a.CommitteeId == filter.CommitteeId, filter.CommitteeId.HasValue)
            .Where(a => a.EffectiveDate >= filter.From, filter.From.HasValue)
            .Where(a => a.EffectiveDate <= filter.To, filter.To.HasValue)
            .Where(a => a.MunicipalityNames.Contains(municipality!), municipality is not null)
            .Where(a => a.TargetGroups.Contains(filter.TargetGroup!.Value), filter.TargetGroup.HasValue)
            .Where(a => a.MeasureId == filter.MeasureId, filter.MeasureId.HasValue)
            .Where(
                a => a.LeadOrganisationId == filter.OrganisationId || a.PartnerOrganisationIds.Contains(filter.OrganisationId!.Value),
                filter.OrganisationId.HasValue)
            .Where(a => a.CampaignId == filter.CampaignId, filter.CampaignId.HasValue)
            .Where(a => a.Visibility == filter.Visibility, filter.Visibility.HasValue)
            .Where(ReportAudiences.Counts(filter.Audience ?? ReportAudience.Committee), filter.Audience.HasValue)
            .Where(a => a.Status == filter.Status, filter.Status.HasValue)
            .Where(a => ActivityKeys.Search(a).Contains(folded), folded.Length > 0);

    /// <summary>
    /// The catalogue name of the filter's municipality as stored, so a municipality made with the record's
    /// constructor as <c>new Municipality("Kruje", …)</c> still matches the stored "Krujë".
    /// </summary>
    public static string? MunicipalityName(ActivitiesFilter filter) =>
        filter.Municipality is not { } municipality
            ? null
            : Albania.FindMunicipality(municipality.Name)?.Name ?? municipality.Name;

    public static string Folded(ActivitiesFilter filter) => AlbanianText.Fold(filter.Text);
}
