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

    /// <summary>The first day of the campaign.</summary>
    public LocalDate Start { get; private set; }

    /// <summary>The last day of the campaign, inclusive; never before <see cref="Start"/>.</summary>
    public LocalDate End { get; private set; }

    /// <summary>The campaign's days as an interval.</summary>
    public DateInterval Period => new(Start, End);

    /// <summary>Launches a campaign.</summary>
    /// <param name="id">Its identity.</param>
    /// <param name="committeeId">The committee that runs it.</param>
    /// <param name="name">The name.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, inclusive; not before <paramref name="start"/>.</param>
    /// <param name="theme">The theme.</param>
    /// <returns>The campaign.</returns>
    public static Campaign Launch(CampaignId id, CommitteeId committeeId, string name, LocalDate start, LocalDate end, string? theme = null)
    {
        Require.Id(committeeId, nameof(committeeId));
        var campaign = new Campaign(id, committeeId);
        campaign.Edit(name, theme, start, end);
        return campaign;
    }

    /// <summary>Changes the name, theme and period.</summary>
    /// <param name="name">The name.</param>
    /// <param name="theme">The theme.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, inclusive; not before <paramref name="start"/>.</param>
    public void Edit(string name, string? theme, LocalDate start, LocalDate end)
    {
        var checkedName = Require.Text(name, nameof(name), MaxNameLength);
        var checkedTheme = Require.OptionalText(theme, nameof(theme), MaxThemeLength);
        Require.Date(start, nameof(start));
        Require.Date(end, nameof(end));
        if (end < start)
        {
            throw new DomainArgumentException(
                new Label(
                    $"Një fushatë nuk mund të përfundojë ({Sq.Date(end)}) para se të fillojë ({Sq.Date(start)}).",
                    $"A campaign cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."),
                nameof(end));
        }

        Name = checkedName;
        Theme = checkedTheme;
        Start = start;
        End = end;
    }

    /// <summary>Whether a day falls within the campaign.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool Covers(LocalDate date) => Start <= date && date <= End;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Start:yyyy-MM-dd}…{End:yyyy-MM-dd})";
}
