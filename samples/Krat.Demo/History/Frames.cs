using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using NodaTime;

namespace Krat.Demo.History;

/// <summary>What the meeting and activity streams of one committee need to know about it.</summary>
internal sealed class CommitteeFrame
{
    public required Committee Committee { get; init; }

    public required County County { get; init; }

    /// <summary>1 … 12 for the county (AL-01 … AL-12); goes into the generated identities.</summary>
    public required int CountyIndex { get; init; }

    public required IdStream MeetingStream { get; init; }

    public required IdStream ActivityStream { get; init; }

    public required string Place { get; init; }

    public required OrganisationId Prefecture { get; init; }

    public required OrganisationId CentralMunicipality { get; init; }

    public required OrganisationId Police { get; init; }

    public required OrganisationId SocialServices { get; init; }

    public required OrganisationId Employment { get; init; }

    public required OrganisationId Education { get; init; }

    /// <summary>Organisations with a seat that lead activities and own commitments.</summary>
    public required IReadOnlyList<OrganisationId> Members { get; init; }

    /// <summary>Further organisations that join activities as partners.</summary>
    public required IReadOnlyList<OrganisationId> Partners { get; init; }

    /// <summary>Schools of the county with their names (venues of school sessions).</summary>
    public required IReadOnlyList<(OrganisationId Id, string Name)> Schools { get; init; }

    public SortedDictionary<int, YearFrame> Years { get; } = [];
}

/// <summary>One calendar year of a committee, clipped to the generated range.</summary>
internal sealed class YearFrame
{
    public required int Year { get; init; }

    public required LocalDate Start { get; init; }

    public required LocalDate End { get; init; }

    /// <summary>The annual analysis meeting: its identity, day and the decision that approves the plan.</summary>
    public (MeetingId Id, LocalDate Date, DecisionId ApprovePlan)? Annual { get; init; }

    public List<MeasureRef> Measures { get; } = [];

    public List<CampaignRef> Campaigns { get; } = [];

    /// <summary>Whether the stream generates the annual analysis and campaign-closing meetings (the Durrës scenario has its own for 2023).</summary>
    public bool GeneratesAnnualAndClosing { get; init; } = true;

    /// <summary>How many activities the stream generates for this committee-year.</summary>
    public long ActivityCount { get; set; }
}

internal sealed record MeasureRef(MeasureId Id, Pillar Pillar, LocalDate Start, LocalDate End);

internal sealed record CampaignRef(CampaignId Id, LocalDate Start, LocalDate End)
{
    public static CampaignRef Of(Campaign campaign) => new(campaign.Id, campaign.Period.Start, campaign.Period.End);

    public bool Covers(LocalDate date) => Start <= date && date <= End;
}

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A day from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    public static LocalDate Day(this Random random, LocalDate start, LocalDate end) =>
        start.PlusDays(random.Next(Period.DaysBetween(start, end) + 1));

    /// <summary>The <paramref name="count"/> distinct items drawn in a stable order.</summary>
    public static List<T> Sample<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var result = new List<T>();
        while (result.Count < count && pool.Count > 0)
        {
            var i = random.Next(pool.Count);
            result.Add(pool[i]);
            pool.RemoveAt(i);
        }

        return result;
    }

    public static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    public static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    /// <summary>The weekday on or after <paramref name="day"/> (meetings are not held at weekends).</summary>
    public static LocalDate Weekday(LocalDate day) => day.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => day.PlusDays(2),
        IsoDayOfWeek.Sunday => day.PlusDays(1),
        _ => day,
    };

    public static IReadOnlyList<TargetGroup> AllTargetGroups { get; } = Enum.GetValues<TargetGroup>();

    public static IReadOnlyList<ActivityKind> AllKinds { get; } = Enum.GetValues<ActivityKind>();
}
