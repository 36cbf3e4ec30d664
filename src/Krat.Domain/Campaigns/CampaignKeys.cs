using Krat.Domain.Common;

namespace Krat.Domain.Campaigns;

/// <summary>
/// What a campaign is found and listed by, folded (<see cref="AlbanianText"/>) so that diacritics and case do not
/// matter: the keys the campaign specifications search and order by.
/// </summary>
internal static class CampaignKeys
{
    /// <summary>The name and theme, folded: what a search looks in.</summary>
    internal static string Search(Campaign campaign) => AlbanianText.FoldAll(campaign.Name, campaign.Theme);

    /// <summary>The name, folded: the order of lists.</summary>
    internal static string Sort(Campaign campaign) => AlbanianText.Fold(campaign.Name);
}
