using Ardalis.Specification;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.Campaigns.Specifications;

/// <summary>
/// A committee's campaigns, optionally only those running on a day and those whose name or theme contains a text
/// (diacritics and case ignored), latest first.
/// </summary>
public sealed class CampaignsOfCommitteeSpec : Specification<Campaign>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="runningOn">Only campaigns whose period covers this day, when given.</param>
    /// <param name="text">Only campaigns whose name or theme contains this text, when not blank.</param>
    public CampaignsOfCommitteeSpec(CommitteeId committeeId, LocalDate? runningOn = null, string? text = null)
    {
        var folded = AlbanianText.Fold(text);
        Query
            .Where(c => c.CommitteeId == committeeId)
            .Where(c => c.Start <= runningOn && c.End >= runningOn, runningOn.HasValue)
            .Where(c => CampaignKeys.Search(c).Contains(folded), folded.Length > 0)
            .OrderByDescending(c => c.Start)
            .ThenBy(c => c.Id);
    }
}
