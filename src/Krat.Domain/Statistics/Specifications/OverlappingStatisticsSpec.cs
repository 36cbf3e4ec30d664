using Ardalis.Specification;
using Krat.Domain.Geography;
using NodaTime;

namespace Krat.Domain.Statistics.Specifications;

/// <summary>
/// The victim statistics records of a county that cover some place of an area on some day of a period — what
/// <see cref="VictimStatisticsRegistry"/> needs before a record is opened or its period corrected: the same
/// municipality or either county-wide, and at least one day in common (the same test as
/// <see cref="VictimStatistics.Overlaps"/>). Drafts and published records alike, earliest first.
/// </summary>
public sealed class OverlappingStatisticsSpec : Specification<VictimStatistics>
{
    /// <summary>Builds the query.</summary>
    /// <param name="county">The county.</param>
    /// <param name="municipality">The municipality (from <see cref="Albania"/>), or <see langword="null"/> for the whole county.</param>
    /// <param name="period">The period, both ends inclusive.</param>
    /// <param name="except">A record to leave out (the one being corrected), when given.</param>
    public OverlappingStatisticsSpec(CountyCode county, Municipality? municipality, DateInterval period, VictimStatisticsId? except = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var name = municipality?.Name;
        var (periodStart, periodEnd) = (period.Start, period.End);
        Query
            .Where(s => s.County == county && s.PeriodStart <= periodEnd && s.PeriodEnd >= periodStart)
            .Where(s => s.MunicipalityName == null || s.MunicipalityName == name, name is not null)
            .Where(s => s.Id != except, except.HasValue)
            .OrderBy(s => s.PeriodStart)
            .ThenBy(s => s.Id);
    }
}
