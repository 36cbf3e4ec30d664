using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using NodaTime;

namespace Krat.Domain.Statistics;

/// <summary>
/// Aggregate victim figures that a committee records for a period and a county (or one municipality of it):
/// counts broken down by sex, age group, status and form of exploitation, never anything about an individual.
/// Every publication goes through <see cref="Publish"/>, which applies small-count suppression.
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
        Require.Date(periodStart, nameof(periodStart));
        Require.Date(periodEnd, nameof(periodEnd));
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

    /// <summary>
    /// The two-way table of one dimension against another (summing over the other two), after small-count
    /// suppression with secondary suppression (<see cref="SmallCountSuppression"/>). Rows and columns list every
    /// code of their dimension in code order, including empty ones.
    /// </summary>
    /// <param name="rows">The dimension of the rows.</param>
    /// <param name="columns">The dimension of the columns; different from <paramref name="rows"/>.</param>
    /// <param name="threshold">Counts from 1 to <c>threshold − 1</c> are hidden; 5 by default.</param>
    /// <returns>The publishable table.</returns>
    public PublishedTable Publish(StatisticsDimension rows, StatisticsDimension columns, int threshold = SmallCountSuppression.DefaultThreshold)
    {
        Require.Defined(rows, nameof(rows));
        Require.Defined(columns, nameof(columns));
        if (rows == columns)
        {
            throw new ArgumentException("The rows and columns of a table need two different dimensions.", nameof(columns));
        }

        var rowCodes = CodesOf(rows);
        var columnCodes = CodesOf(columns);
        IReadOnlyList<IReadOnlyList<int>> cells = [.. rowCodes.Select(r => (IReadOnlyList<int>)[.. columnCodes.Select(c =>
            _counts.Where(x => x.CodeOf(rows) == r.Code && x.CodeOf(columns) == c.Code).Sum(x => x.Count))])];
        return SmallCountSuppression.Apply(
            cells,
            threshold,
            [.. rowCodes.Select(r => r.Name)],
            [.. columnCodes.Select(c => c.Name)],
            [.. rowCodes.Select(r => r.Label)],
            [.. columnCodes.Select(c => c.Label)]);
    }

    private static List<(int Code, string Name, Label Label)> CodesOf(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Sex => Codes<Sex>(),
        StatisticsDimension.AgeGroup => Codes<AgeGroup>(),
        StatisticsDimension.Status => Codes<VictimStatus>(),
        _ => Codes<ExploitationForm>(),
    };

    private static List<(int Code, string Name, Label Label)> Codes<TCode>()
        where TCode : struct, Enum =>
        [.. CodeList.All<TCode>().Select(p => (Convert.ToInt32(p.Key, System.Globalization.CultureInfo.InvariantCulture), p.Key.ToString(), p.Value))];
}
