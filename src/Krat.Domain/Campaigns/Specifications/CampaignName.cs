using NodaTime;

namespace Krat.Domain.Campaigns.Specifications;

/// <summary>A campaign as choices and labels show it (see <see cref="CampaignNamesSpec"/>): its name and period.</summary>
public sealed class CampaignName
{
    /// <summary>Creates the read model.</summary>
    /// <param name="id">The campaign.</param>
    /// <param name="name">Its name.</param>
    /// <param name="start">Its first day.</param>
    /// <param name="end">Its last day, inclusive.</param>
    public CampaignName(CampaignId id, string name, LocalDate start, LocalDate end)
    {
        Id = id;
        Name = name;
        Start = start;
        End = end;
    }

    /// <summary>The campaign.</summary>
    public CampaignId Id { get; }

    /// <summary>Its name (<see cref="Campaign.Name"/>).</summary>
    public string Name { get; }

    /// <summary>Its first day.</summary>
    public LocalDate Start { get; }

    /// <summary>Its last day, inclusive.</summary>
    public LocalDate End { get; }
}
