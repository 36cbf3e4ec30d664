using Krat.Domain.Committees;
using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.Campaigns;

/// <summary>
/// A named campaign of a committee over a period of days, such as "Muaji i ndërgjegjësimit, tetor 2023"
/// (1–31 October 2023). Activities name the campaign they belong to; the campaign does not list them.
/// </summary>
public sealed class Campaign : AggregateRoot<CampaignId>, ICommitteeScoped
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest theme accepted.</summary>
    public const int MaxThemeLength = 500;

    private Campaign(CampaignId id, CommitteeId committeeId)
        : base(id)
    {
        CommitteeId = committeeId;
        Name = string.Empty;
    }

    private Campaign()
    {
        Name = string.Empty;
    }

    /// <inheritdoc />
    public CommitteeId CommitteeId { get; private set; }

    /// <summary>The name, at most <see cref="MaxNameLength"/> characters.</summary>
    public string Name { get; private set; }

    /// <summary>The theme or slogan, at most <see cref="MaxThemeLength"/> characters.</summary>
    public string? Theme { get; private set; }


    /// <summary>The campaign's days, both ends inclusive.</summary>
    public DateInterval Period => new(Start, End);

    /// <summary>The first day (column <c>Start</c>), for queries; the public form is <see cref="Period"/>.</summary>
    internal LocalDate Start { get; private set; }

    /// <summary>The last day, inclusive (column <c>End</c>), for queries; the public form is <see cref="Period"/>.</summary>
    internal LocalDate End { get; private set; }

    /// <summary>Launches a campaign.</summary>
    /// <param name="committeeId">The committee that runs it.</param>
    /// <param name="name">The name.</param>
    /// <param name="period">Its days, both ends inclusive.</param>
    /// <param name="theme">The theme.</param>
    /// <param name="id">Its identity; Krat makes a new one (<see cref="CampaignId.New"/>) when none is given.</param>
    /// <returns>The campaign.</returns>
    /// <exception cref="DomainArgumentException">The name is blank or too long, the theme too long, or a day of the period implausible.</exception>
    public static Campaign Launch(CommitteeId committeeId, string name, DateInterval period, string? theme = null, CampaignId? id = null)
    {
        Require.Id(committeeId, nameof(committeeId));
        var campaign = new Campaign(id ?? CampaignId.New(), committeeId);
        campaign.Edit(name, theme, period);
        return campaign;
    }

    /// <summary>Changes the name, theme and period.</summary>
    /// <param name="name">The name.</param>
    /// <param name="theme">The theme.</param>
    /// <param name="period">Its days, both ends inclusive.</param>
    /// <exception cref="DomainArgumentException">The name is blank or too long, the theme too long, or a day of the period implausible.</exception>
    public void Edit(string name, string? theme, DateInterval period)
    {
        var checkedName = Require.Text(name, nameof(name), MaxNameLength);
        var checkedTheme = Require.OptionalText(theme, nameof(theme), MaxThemeLength);
        ArgumentNullException.ThrowIfNull(period);
        Require.Date(period.Start, nameof(period));
        Require.Date(period.End, nameof(period));

        Name = checkedName;
        Theme = checkedTheme;
        Start = period.Start;
        End = period.End;
    }

    /// <summary>Whether a day falls within the campaign.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the day lies in <see cref="Period"/> (ends included).</returns>
    public bool Covers(LocalDate date) => Start <= date && date <= End;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Start:yyyy-MM-dd}…{End:yyyy-MM-dd})";
}
