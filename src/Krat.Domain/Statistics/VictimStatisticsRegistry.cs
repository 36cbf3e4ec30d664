using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Statistics.Specifications;
using NodaTime;

namespace Krat.Domain.Statistics;

/// <summary>
/// The domain service that keeps the rule no single record can keep: two victim statistics records of a county never
/// cover the same place on the same day (<c>statistics.overlap</c>). A county-wide record covers every municipality of
/// its county; periods overlap when they share a day. Otherwise one figure would be counted twice by the roll-up and
/// published twice (and the two could be subtracted).
/// </summary>
/// <remarks>
/// The registry knows only the records it is given: load the ones that could overlap with
/// <see cref="OverlappingStatisticsSpec"/> (or all of the county's, <see cref="VictimStatisticsOfCountySpec"/>) in
/// the same unit of work, build a registry on them, and open or correct through it; then add or save. Records of
/// other counties given to it are ignored. A writer that bypasses it is stopped by the database (Krat.Infrastructure
/// refuses an overlapping row with a trigger), but only with a technical error, so hosts go through the registry.
/// </remarks>
public sealed class VictimStatisticsRegistry
{
    /// <summary>The stable identifier of the rule.</summary>
    public const string OverlapRule = "statistics.overlap";

    private readonly List<VictimStatistics> _existing;

    /// <summary>A registry over the records already stored (or about to be) that a new or changed record must not overlap.</summary>
    /// <param name="existing">The county's records that could overlap; more does no harm.</param>
    public VictimStatisticsRegistry(IEnumerable<VictimStatistics> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        _existing = [.. existing];
    }

    /// <summary>
    /// Opens a draft (<see cref="VictimStatistics.Open"/>) after checking that no record of the county covers the same
    /// place on one of its days. The registry then counts the new draft among its records.
    /// </summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="county">The county.</param>
    /// <param name="period">The period the figures cover, both ends inclusive.</param>
    /// <param name="municipality">One municipality of the county, when the figures cover only it.</param>
    /// <param name="source">Where the figures come from; never data about a person.</param>
    /// <param name="id">Its identity; a new one when omitted.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="DomainException">It overlaps a record (<c>statistics.overlap</c>, naming it), or a rule of <see cref="VictimStatistics.Open"/> is broken.</exception>
    public VictimStatistics Open(CommitteeId committeeId, CountyCode county, DateInterval period, Municipality? municipality = null, string? source = null, VictimStatisticsId? id = null)
    {
        var record = VictimStatistics.Open(committeeId, county, period, municipality, source, id);
        RequireNoOverlap(record, record.PeriodStart, record.PeriodEnd);
        _existing.Add(record);
        return record;
    }

    /// <summary>
    /// Corrects a published record's period and counts in one new version
    /// (<see cref="VictimStatistics.Correct(IEnumerable{CellCount}, string, string, Instant)"/>), after checking that the
    /// corrected period overlaps no other record of the county.
    /// </summary>
    /// <param name="record">The published record.</param>
    /// <param name="period">The corrected period, both ends inclusive.</param>
    /// <param name="counts">Every non-zero cell of the corrected table.</param>
    /// <param name="reason">Why the figures change.</param>
    /// <param name="by">The user name of who corrects.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainException">The corrected period overlaps another record (<c>statistics.overlap</c>), or a rule of the correction is broken; nothing changes.</exception>
    public void Correct(VictimStatistics record, DateInterval period, IEnumerable<CellCount> counts, string reason, string by, Instant at)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(period);
        RequireNoOverlap(record, period.Start, period.End);
        record.Correct(period, counts, reason, by, at);
    }

    /// <summary>The records given (and opened) that overlap an area and period, other than <paramref name="except"/>.</summary>
    /// <param name="county">The county.</param>
    /// <param name="municipality">The municipality, or <see langword="null"/> for the whole county.</param>
    /// <param name="period">The period, both ends inclusive.</param>
    /// <param name="except">A record not to count (the one being corrected).</param>
    /// <returns>The overlapping records, earliest first.</returns>
    public IReadOnlyList<VictimStatistics> Overlapping(CountyCode county, Municipality? municipality, DateInterval period, VictimStatisticsId? except = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Overlapping(county, municipality?.Name, period.Start, period.End, except);
    }

    private List<VictimStatistics> Overlapping(CountyCode county, string? municipality, LocalDate periodStart, LocalDate periodEnd, VictimStatisticsId? except) =>
        [.. _existing
            .Where(r => r.Id != except && r.OverlapsDays(county, municipality, periodStart, periodEnd))
            .OrderBy(r => r.PeriodStart)
            .ThenBy(r => r.Id)];

    private void RequireNoOverlap(VictimStatistics record, LocalDate periodStart, LocalDate periodEnd)
    {
        if (Overlapping(record.County, record.MunicipalityName, periodStart, periodEnd, record.Id) is [var other, ..])
        {
            var area = record.MunicipalityName is { } m
                ? new Label($"bashkinë {m}", $"{m} municipality")
                : new Label($"gjithë qarkun {Albania.County(record.County).Name}", $"the whole of {Albania.County(record.County).Name} County");
            throw new DomainException(
                OverlapRule,
                new Label(
                    $"Shifrat për {area.Albanian} për {Sq.Date(periodStart)}–{Sq.Date(periodEnd)} mbivendosen me ato të {other.Describe().Albanian}: e njëjta shifër do të numërohej dy herë. Ndryshoni periudhën ose korrigjoni regjistrimin ekzistues.",
                    $"Figures for {area.English} for {periodStart:yyyy-MM-dd} to {periodEnd:yyyy-MM-dd} overlap those of {other.Describe().English}: the same figure would be counted twice. Change the period or correct the existing record."));
        }
    }
}
