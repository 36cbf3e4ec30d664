using Krat.Domain.Geography;
using NodaTime;

namespace Krat.Demo.History;

/// <summary>
/// What <see cref="HistoryGenerator"/> builds: the seed (the same options always give the same data), the
/// counties whose committees are generated, the days covered, "today" (activities and meetings after it stay
/// planned) and how many activities each committee records.
/// </summary>
public sealed record HistoryOptions
{
    /// <summary>The seed of every random choice; equal options with an equal seed give identical data.</summary>
    public int Seed { get; init; } = 20231031;

    /// <summary>The counties whose KRAT is generated, in this order; all twelve (AL-01 … AL-12) by default.</summary>
    public IReadOnlyList<CountyCode> Counties { get; init; } = [.. Albania.Counties.Select(c => c.Code)];

    /// <summary>The first day of the generated history (inclusive).</summary>
    public LocalDate From { get; init; } = new(2023, 1, 1);

    /// <summary>The last day of the generated history (inclusive).</summary>
    public LocalDate To { get; init; } = new(2023, 12, 31);

    /// <summary>"Today" for the generated records; <see cref="To"/> when not set. Later meetings and activities stay planned.</summary>
    public LocalDate? Today { get; init; }

    /// <summary>How many activities each committee records in each calendar year of the range (a partial year counts whole).</summary>
    public int ActivitiesPerCommitteePerYear { get; init; } = 40;

    /// <summary>
    /// When set, the exact number of activities of the whole history, spread evenly over the committee-years
    /// (overrides <see cref="ActivitiesPerCommitteePerYear"/>); for benchmarks of 10 000, 100 000 or 1 000 000 activities.
    /// </summary>
    public long? TotalActivities { get; init; }

    /// <summary>The largest number of meetings or activities handed out in one batch.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>
    /// When set, how many days before "today" a record may still wait for the secretariat (an activity still planned,
    /// minutes still a draft); older ones are completed or approved, so a demo seeded years later never shows a stale
    /// past as "planned". Null (the default): no limit, any past record may still wait.
    /// </summary>
    public int? PendingWindowDays { get; init; }

    /// <summary>"Today" as used by the generator.</summary>
    public LocalDate EffectiveToday => Today ?? To;

    /// <summary>Whether a record of <paramref name="day"/> is too old to be still waiting (see <see cref="PendingWindowDays"/>).</summary>
    internal bool IsStale(LocalDate day) => PendingWindowDays is { } days && day < EffectiveToday.PlusDays(-days);

    /// <summary>Options for a benchmark: <paramref name="total"/> activities across all twelve counties over the <paramref name="years"/> years that end on 31.12.2023.</summary>
    public static HistoryOptions ForTotalActivities(long total, int years, int seed = 20231031)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return new HistoryOptions
        {
            Seed = seed,
            From = new LocalDate(2024 - years, 1, 1),
            To = new LocalDate(2023, 12, 31),
            TotalActivities = total,
            BatchSize = 5000,
        };
    }

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Counties);
        if (To < From)
        {
            throw new ArgumentException($"The history cannot end ({To:yyyy-MM-dd}) before it starts ({From:yyyy-MM-dd}).", nameof(To));
        }

        if (Counties.Distinct().Count() != Counties.Count)
        {
            throw new ArgumentException("Each county is generated once.", nameof(Counties));
        }

        foreach (var county in Counties)
        {
            _ = Albania.County(county);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(ActivitiesPerCommitteePerYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        if (PendingWindowDays is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PendingWindowDays), PendingWindowDays, "The pending window cannot be negative.");
        }
        if (TotalActivities is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TotalActivities), TotalActivities, "The number of activities cannot be negative.");
        }
    }
}
