using NodaTime;

namespace Krat.Domain.Campaigns.Specifications;

/// <summary>A campaign as choices and labels show it (see <see cref="CampaignNamesSpec"/>): its name and period.</summary>
public sealed class CampaignName
{
    /// <summary>Creates the read model.</summary>
    /// <param name="id">The campaign.</param>
    /// <param name="name">Its name.</param>
    /// <param name="period">Its days, both ends inclusive.</param>
    public CampaignName(CampaignId id, string name, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        Id = id;
        Name = name;
        Period = period;
    }

    /// <summary>The campaign.</summary>
    public CampaignId Id { get; }

    /// <summary>Its name (<see cref="Campaign.Name"/>).</summary>
    public string Name { get; }

    /// <summary>Its days, both ends inclusive (<see cref="Campaign.Period"/>).</summary>
    public DateInterval Period { get; }
}
