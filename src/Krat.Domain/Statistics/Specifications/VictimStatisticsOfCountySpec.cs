using Ardalis.Specification;
using Krat.Domain.Geography;
using NodaTime;

namespace Krat.Domain.Statistics.Specifications;

/// <summary>
/// The victim statistics tables of a county (county-wide and per municipality) whose period overlaps a range of
/// days, latest period first; drafts included unless only published records are asked for (what the public may see).
/// </summary>
public sealed class VictimStatisticsOfCountySpec : Specification<VictimStatistics>
{
    /// <summary>Builds the query.</summary>
    /// <param name="county">The county.</param>
    /// <param name="from">Only tables whose period ends on or after this day, when given.</param>
    /// <param name="to">Only tables whose period starts on or before this day, when given.</param>
    /// <param name="countyWideOnly">Only county-wide tables (no single municipality).</param>
    /// <param name="publishedOnly">Only published records (each holds its current version's figures); no drafts.</param>
    public VictimStatisticsOfCountySpec(CountyCode county, LocalDate? from = null, LocalDate? to = null, bool countyWideOnly = false, bool publishedOnly = false) =>
        Query
            .Where(s => s.County == county)
            .Where(s => s.Status == StatisticsStatus.Published, publishedOnly)
            .Where(s => s.PeriodEnd >= from, from.HasValue)
            .Where(s => s.PeriodStart <= to, to.HasValue)
            .Where(s => s.MunicipalityName == null, countyWideOnly)
            .OrderByDescending(s => s.PeriodStart)
            .ThenBy(s => s.Id);
}
