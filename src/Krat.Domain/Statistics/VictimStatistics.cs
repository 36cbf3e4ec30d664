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
/// <remarks>
/// <para>
/// <b>Life cycle.</b> A record opens as a <see cref="StatisticsStatus.Draft"/>: the committee enters and checks its
/// counts (<see cref="Record"/>), and only its signed-in users see it. <see cref="Publish(string, Instant)"/> makes it
/// <see cref="StatisticsStatus.Published"/> and freezes version 1 (<see cref="Versions"/>) with who published it and
/// when. From then on its counts and period never change in place: <see cref="Correct(IEnumerable{CellCount}, string, string, Instant)"/>
/// (or <see cref="VictimStatisticsRegistry.Correct"/> when the period is wrong too) publishes a new version with a
/// reason, and every earlier version stays as it was. The public sees only published records, in their current
/// version.
/// </para>
/// <para>
/// <b>Where the versions live.</b> Inside this aggregate, because "one current version per record, numbered without
/// gaps" is a rule of the record: <see cref="Counts"/> and <see cref="Period"/> always
/// hold the current figures (for a published record, exactly those of the last version), so readers that need only
/// the current figures read the record as before and filter on <see cref="Status"/>; <see cref="Versions"/> keeps
/// each published version frozen with its own copy of the counts, for the history and for anyone who has to
/// explain a figure published earlier.
/// </para>
/// <para>
/// <b>No overlaps.</b> Two records of a county never cover the same place on the same day (a county-wide record
/// covers every municipality of the county), or a figure would be counted twice and published twice. The record
/// cannot see the others, so the rule is the domain service <see cref="VictimStatisticsRegistry"/>, given the
/// county's records that could overlap (<see cref="Specifications.OverlappingStatisticsSpec"/>); the database backs
/// it for writers that bypass the domain.
/// </para>
/// </remarks>
public sealed class VictimStatistics : AggregateRoot<VictimStatisticsId>, ICommitteeScoped
{
    /// <summary>The largest count accepted in one cell (a guard against typing errors).</summary>
    public const int MaxCount = 100_000;

    /// <summary>The longest source description accepted.</summary>
    public const int MaxSourceLength = 300;

    /// <summary>The longest reason for a correction accepted.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>The longest user name kept for who published a version.</summary>
    public const int MaxUserNameLength = 256;

    private readonly List<VictimCount> _counts = [];
    private readonly List<StatisticsVersion> _versions = [];

    private VictimStatistics(VictimStatisticsId id, CommitteeId committeeId)
        : base(id)
    {
        CommitteeId = committeeId;
        Status = StatisticsStatus.Draft;
    }

    private VictimStatistics()
    {
    }

    /// <inheritdoc />
    public CommitteeId CommitteeId { get; private set; }

    /// <summary>The county the figures cover.</summary>
    public CountyCode County { get; private set; }

    /// <summary>The one municipality the figures cover (from <see cref="Albania"/>), or <see langword="null"/> for the whole county.</summary>
    public Municipality? Municipality => MunicipalityName is { } name ? Albania.Municipality(name) : null;

    /// <summary>The catalogue name of <see cref="Municipality"/> as stored (column <c>Municipality</c>), for queries.</summary>
    internal string? MunicipalityName { get; private set; }

    /// <summary>The period the figures cover, both ends inclusive (of the current version, once published).</summary>
    public DateInterval Period => new(PeriodStart, PeriodEnd);

    /// <summary>The first day of the period (the <c>PeriodStart</c> column; queries filter and order on it).</summary>
    internal LocalDate PeriodStart { get; private set; }

    /// <summary>The last day of the period, inclusive (the <c>PeriodEnd</c> column).</summary>
    internal LocalDate PeriodEnd { get; private set; }

    /// <summary>
    /// Where the figures come from, such as "Raport tremujor i Autoritetit Përgjegjës, T3 2023"; never data about a
    /// person (<see cref="StatisticsSource"/>). It can be changed at any time (<see cref="ChangeSource"/>).
    /// </summary>
    public string? Source { get; private set; }

    /// <summary>Draft or published.</summary>
    public StatisticsStatus Status { get; private set; }

    /// <summary>Whether the record is published (the public sees its <see cref="CurrentVersion"/>).</summary>
    public bool IsPublished => Status == StatisticsStatus.Published;

    /// <summary>The published versions, oldest first (numbers 1, 2, …); empty for a draft.</summary>
    public IReadOnlyList<StatisticsVersion> Versions => _versions;

    /// <summary>The version the public sees (the last one), or <see langword="null"/> for a draft.</summary>
    public StatisticsVersion? CurrentVersion => _versions.Count == 0 ? null : _versions[^1];

    /// <summary>The current cells; a combination not recorded counts as 0. For a published record, those of <see cref="CurrentVersion"/>.</summary>
    public IReadOnlyList<VictimCount> Counts => _counts;

    /// <summary>The sum of all cells.</summary>
    public int Total => _counts.Sum(c => c.Count);

    /// <summary>
    /// Opens an empty draft. It does not look at the county's other records: open through
    /// <see cref="VictimStatisticsRegistry.Open"/> to refuse one that overlaps them (the database refuses it too).
    /// </summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="county">The county.</param>
    /// <param name="period">The period the figures cover, both ends inclusive; both days plausible.</param>
    /// <param name="municipality">One municipality of the county (from <see cref="Albania"/>), when the figures cover only it.</param>
    /// <param name="source">Where the figures come from; never data about a person.</param>
    /// <param name="id">Its identity; a new one when omitted.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="DomainException">The municipality is outside the county (<c>statistics.municipality-in-county</c>), or the source reads like data about a person (<c>statistics.source-personal-data</c>).</exception>
    public static VictimStatistics Open(CommitteeId committeeId, CountyCode county, DateInterval period, Municipality? municipality = null, string? source = null, VictimStatisticsId? id = null)
    {
        Require.Id(committeeId, nameof(committeeId));
        _ = Albania.County(county);
        Periods.RequirePlausible(period, nameof(period));
        var place = municipality is null
            ? null
            : CountyMunicipalities.InCounty([municipality.Name], county, nameof(municipality), "statistics.municipality-in-county")[0];
        var checkedSource = StatisticsSource.Check(source, nameof(source));
        return new VictimStatistics(id ?? VictimStatisticsId.New(), committeeId)
        {
            County = county,
            MunicipalityName = place,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            Source = checkedSource,
        };
    }

    /// <summary>
    /// Whether this record covers some place of an area on some day of a period: the same county, the same
    /// municipality or either county-wide, and at least one day in common (both periods are inclusive).
    /// </summary>
    /// <param name="county">The county of the other area.</param>
    /// <param name="municipality">Its municipality (from <see cref="Albania"/>), or <see langword="null"/> for the whole county.</param>
    /// <param name="period">The other period, both ends inclusive.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(CountyCode county, Municipality? municipality, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return OverlapsDays(county, municipality?.Name, period.Start, period.End);
    }

    /// <summary>Whether this record covers some place of an area on some day from <paramref name="periodStart"/> to <paramref name="periodEnd"/>.</summary>
    internal bool OverlapsDays(CountyCode county, string? municipality, LocalDate periodStart, LocalDate periodEnd) =>
        County == county
        && (MunicipalityName == null || municipality == null || MunicipalityName == municipality)
        && PeriodStart <= periodEnd
        && periodStart <= PeriodEnd;

    /// <summary>Records the count of one combination of the four dimensions, replacing an earlier count of it.</summary>
    /// <param name="sex">The sex.</param>
    /// <param name="ageGroup">The age group.</param>
    /// <param name="status">The status.</param>
    /// <param name="form">The form of exploitation.</param>
    /// <param name="count">The count, 0 to <see cref="MaxCount"/>.</param>
    /// <exception cref="DomainException">The record is published (<c>statistics.published-is-final</c>): correct it instead.</exception>
    public void Record(Sex sex, AgeGroup ageGroup, VictimStatus status, ExploitationForm form, int count)
    {
        Require.Defined(sex, nameof(sex));
        Require.Defined(ageGroup, nameof(ageGroup));
        Require.Defined(status, nameof(status));
        Require.Defined(form, nameof(form));
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        RequireDraft();
        Set(sex, ageGroup, status, form, count);
    }

    /// <summary>Changes where the figures come from; allowed in draft and after publication (the source is not a figure).</summary>
    /// <param name="source">The new source, or blank for none; never data about a person.</param>
    /// <exception cref="DomainException">The source reads like data about a person (<c>statistics.source-personal-data</c>).</exception>
    public void ChangeSource(string? source) => Source = StatisticsSource.Check(source, nameof(source));

    /// <summary>
    /// Publishes the draft: the public sees it from now on, and version 1 keeps its period, source and counts with who
    /// published it and when. Its counts and period no longer change in place.
    /// </summary>
    /// <param name="by">The user name of who publishes.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainException">The record is already published (<c>statistics.already-published</c>).</exception>
    public void Publish(string by, Instant at)
    {
        var who = Require.Text(by, nameof(by), MaxUserNameLength);
        if (IsPublished)
        {
            throw new DomainException(
                "statistics.already-published",
                new Label(
                    $"Shifrat e {Describe().Albanian} janë publikuar tashmë (versioni {CurrentVersion!.Number}); një ndryshim bëhet me korrigjim.",
                    $"The figures of {Describe().English} are already published (version {CurrentVersion!.Number}); a change is made by a correction."));
        }

        _versions.Add(new StatisticsVersion(1, PeriodStart, PeriodEnd, Source, at, who, null, Snapshot()));
        Status = StatisticsStatus.Published;
    }

    /// <summary>
    /// Corrects published figures: the counts given replace the current ones (a combination not given counts as 0),
    /// and a new version with the next number keeps them with the reason, who and when. Earlier versions stay as they
    /// were. The period stays; to correct it too, use <see cref="VictimStatisticsRegistry.Correct"/>.
    /// </summary>
    /// <param name="counts">Every non-zero cell of the corrected table; a combination at most once.</param>
    /// <param name="reason">Why the figures change, as the public may read it.</param>
    /// <param name="by">The user name of who corrects.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainException">The record is a draft (<c>statistics.not-published</c>), or the correction changes nothing (<c>statistics.correction-changes-nothing</c>).</exception>
    /// <exception cref="ArgumentException">A combination is given twice, or the reason is blank or too long.</exception>
    public void Correct(IEnumerable<CellCount> counts, string reason, string by, Instant at) =>
        Correct(Period, counts, reason, by, at);

    /// <summary>The correction with a period; <see cref="VictimStatisticsRegistry.Correct"/> checks the period against the county's other records first.</summary>
    internal void Correct(DateInterval period, IEnumerable<CellCount> counts, string reason, string by, Instant at)
    {
        Periods.RequirePlausible(period, nameof(period));
        var (periodStart, periodEnd) = (period.Start, period.End);
        ArgumentNullException.ThrowIfNull(counts);
        List<CellCount> cells = [.. counts];
        if (cells.GroupBy(c => (c.Sex, c.AgeGroup, c.Status, c.Form)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"The combination {twice.Key} is given more than once.", nameof(counts));
        }

        var why = Require.Text(reason, nameof(reason), MaxReasonLength);
        var who = Require.Text(by, nameof(by), MaxUserNameLength);
        if (!IsPublished)
        {
            throw new DomainException(
                "statistics.not-published",
                new Label(
                    $"Shifrat e {Describe().Albanian} janë ende projekt: ndryshojini drejtpërdrejt; korrigjimi është vetëm për shifra të publikuara.",
                    $"The figures of {Describe().English} are still a draft: change them directly; a correction is only for published figures."));
        }

        var corrected = cells.Where(c => c.Count > 0).ToList();
        if (periodStart == PeriodStart && periodEnd == PeriodEnd && SameCells(corrected, Snapshot()))
        {
            throw new DomainException(
                "statistics.correction-changes-nothing",
                new Label(
                    $"Korrigjimi nuk ndryshon asgjë: periudha dhe shifrat janë ato të versionit {CurrentVersion!.Number} të {Describe().Albanian}.",
                    $"The correction changes nothing: the period and the figures are those of version {CurrentVersion!.Number} of {Describe().English}."));
        }

        // Cells are changed in place (a cell no longer given becomes 0), so each combination keeps its one row.
        foreach (var cell in _counts)
        {
            cell.Set(0);
        }

        foreach (var cell in corrected)
        {
            Set(cell.Sex, cell.AgeGroup, cell.Status, cell.Form, cell.Count);
        }

        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        _versions.Add(new StatisticsVersion(_versions.Count + 1, periodStart, periodEnd, Source, at, who, why, Snapshot()));
    }

    /// <summary>The record in words, such as "Durrës County, 01.01.2023–31.12.2023", for messages.</summary>
    internal Label Describe()
    {
        var county = Albania.County(County);
        var place = MunicipalityName is { } m ? new Label($"bashkisë {m}", $"{m} municipality") : new Label($"qarkut {county.Name}", $"{county.Name} County");
        return new Label(
            $"{place.Albanian} për {Sq.Date(PeriodStart)}–{Sq.Date(PeriodEnd)}",
            $"{place.English} for {PeriodStart:yyyy-MM-dd} to {PeriodEnd:yyyy-MM-dd}");
    }

    private void RequireDraft()
    {
        if (IsPublished)
        {
            throw new DomainException(
                "statistics.published-is-final",
                new Label(
                    $"Shifrat e {Describe().Albanian} janë publikuar (versioni {CurrentVersion!.Number}) dhe nuk ndryshojnë në vend: bëni një korrigjim me arsye, që publikon një version të ri.",
                    $"The figures of {Describe().English} are published (version {CurrentVersion!.Number}) and do not change in place: make a correction with a reason, which publishes a new version."));
        }
    }

    private List<CellCount> Snapshot() =>
        [.. _counts.Where(c => c.Count > 0).Select(c => new CellCount(c.Sex, c.AgeGroup, c.Status, c.Form, c.Count))];

    private static bool SameCells(IEnumerable<CellCount> left, IEnumerable<CellCount> right) =>
        left.OrderBy(c => (c.Sex, c.AgeGroup, c.Status, c.Form)).SequenceEqual(right.OrderBy(c => (c.Sex, c.AgeGroup, c.Status, c.Form)));

    private void Set(Sex sex, AgeGroup ageGroup, VictimStatus status, ExploitationForm form, int count)
    {
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
