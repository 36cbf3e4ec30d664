using Ardalis.Specification;
using Krat.Domain.Committees;
using NodaTime;

namespace Krat.Domain.Campaigns.Specifications;

/// <summary>
/// The names and periods of a committee's campaigns, latest first (by first day, then identity), as
/// <see cref="CampaignsOfCommitteeSpec"/> lists them without criteria: the campaigns an activity of the committee
/// may belong to, and the names to show for an activity's campaign.
/// </summary>
public sealed class CampaignNamesSpec : Specification<Campaign, CampaignName>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    public CampaignNamesSpec(CommitteeId committeeId) =>
        Query
            .Where(c => c.CommitteeId == committeeId)
            .OrderByDescending(c => c.Start)
            .ThenBy(c => c.Id)
            .Select(c => new CampaignName(c.Id, c.Name, new DateInterval(c.Start, c.End)));
}
