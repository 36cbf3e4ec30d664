using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using NodaTime;

namespace Krat.Domain.Statistics;

/// <summary>
/// Aggregate victim figures that a committee records for a period and a county (or one municipality of it):
/// counts broken down by sex, age group, status and form of exploitation, never anything about an individual.
/// Every publication goes through <see cref="Disclosure.DisclosureDecision"/>: one decision per record covers every view of it.
/// </summary>
public sealed class VictimStatistics : AggregateRoot<VictimStatisticsId>, ICommitteeScoped
{
    /// <summary>The largest count accepted in one cell (a guard against typing errors).</summary>
    public const int MaxCount = 100_000;

    /// <summary>The longest source description accepted.</summary>
    public const int MaxSourceLength = 300;

    private readonly List<VictimCount> _counts = [];

    private VictimStatistics(VictimStatisticsId id, CommitteeId committeeId)
        : base(id)
    {
        CommitteeId = committeeId;
    }

    private VictimStatistics()
    {
    }

    /// <inheritdoc />
    public CommitteeId CommitteeId { get; private set; }

    /// <summary>The county the figures cover.</summary>
    public CountyCode County { get; private set; }

    /// <summary>The catalogue name of the one municipality the figures cover, or <see langword="null"/> for the whole county.</summary>
    public string? Municipality { get; private set; }

    /// <summary>The first day of the period.</summary>
    public LocalDate PeriodStart { get; private set; }

    /// <summary>The last day of the period, inclusive.</summary>
    public LocalDate PeriodEnd { get; private set; }

    /// <summary>Where the figures come from, such as "Responsible Authority, quarterly report".</summary>
    public string? Source { get; private set; }

    /// <summary>The recorded cells; a combination not recorded counts as 0.</summary>
    public IReadOnlyList<VictimCount> Counts => _counts;

    /// <summary>The sum of all cells.</summary>
    public int Total => _counts.Sum(c => c.Count);

    /// <summary>Opens an empty table.</summary>
    /// <param name="id">Its identity.</param>
    /// <param name="committeeId">The committee.</param>
    /// <param name="county">The county.</param>
    /// <param name="periodStart">The first day.</param>
    /// <param name="periodEnd">The last day; not before the first.</param>
    /// <param name="municipality">One municipality of the county, when the figures cover only it.</param>
    /// <param name="source">Where the figures come from.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DomainException">The municipality is outside the county (<c>statistics.municipality-in-county</c>).</exception>
    public static VictimStatistics Open(VictimStatisticsId id, CommitteeId committeeId, CountyCode county, LocalDate periodStart, LocalDate periodEnd, string? municipality = null, string? source = null)
    {
        Require.Id(committeeId, nameof(committeeId));
        _ = Albania.County(county);
        if (periodEnd < periodStart)
        {
            throw new DomainArgumentException(
                new Label(
                    $"Një periudhë nuk mund të përfundojë ({Sq.Date(periodEnd)}) para se të fillojë ({Sq.Date(periodStart)}).",
                    $"A period cannot end ({periodEnd:yyyy-MM-dd}) before it starts ({periodStart:yyyy-MM-dd})."),
                nameof(periodEnd));
        }

        var place = municipality is null
            ? null
            : CountyMunicipalities.InCounty([municipality], county, nameof(municipality), "statistics.municipality-in-county")[0];
        var checkedSource = Require.OptionalText(source, nameof(source), MaxSourceLength);
        return new VictimStatistics(id, committeeId)
        {
            County = county,
            Municipality = place,
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            Source = checkedSource,
        };
    }

    /// <summary>Records the count of one combination of the four dimensions, replacing an earlier count of it.</summary>
    /// <param name="sex">The sex.</param>
    /// <param name="ageGroup">The age group.</param>
    /// <param name="status">The status.</param>
    /// <param name="form">The form of exploitation.</param>
    /// <param name="count">The count, 0 to <see cref="MaxCount"/>.</param>
    public void Record(Sex sex, AgeGroup ageGroup, VictimStatus status, ExploitationForm form, int count)
    {
        Require.Defined(sex, nameof(sex));
        Require.Defined(ageGroup, nameof(ageGroup));
        Require.Defined(status, nameof(status));
        Require.Defined(form, nameof(form));
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        if (_counts.Find(c => c.Is(sex, ageGroup, status, form)) is { } existing)
        {
            existing.Set(count);
        }
        else
        {
            _counts.Add(new VictimCount(sex, ageGroup, status, form, count));
        }
    }

    /// <summary>The count of one combination; 0 when not recorded.</summary>
    /// <param name="sex">The sex.</param>
    /// <param name="ageGroup">The age group.</param>
    /// <param name="status">The status.</param>
    /// <param name="form">The form of exploitation.</param>
    /// <returns>The count.</returns>
    public int CountOf(Sex sex, AgeGroup ageGroup, VictimStatus status, ExploitationForm form) =>
        _counts.Find(c => c.Is(sex, ageGroup, status, form))?.Count ?? 0;
}
