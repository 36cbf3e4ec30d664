using Ardalis.Specification;
using Krat.Domain.Committees;

namespace Krat.Domain.Statistics.Specifications;

/// <summary>
/// The victim statistics records of a committee still in <see cref="StatisticsStatus.Draft"/> (waiting to be checked
/// and published), latest period first, at most <c>take</c> of them.
/// </summary>
public sealed class StatisticsDraftsSpec : Specification<VictimStatistics>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="take">The most records to return, at least 1.</param>
    public StatisticsDraftsSpec(CommitteeId committeeId, int take)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        Query
            .Where(s => s.CommitteeId == committeeId && s.Status == StatisticsStatus.Draft)
            .OrderByDescending(s => s.PeriodStart)
            .ThenBy(s => s.Id)
            .Take(take);
    }
}
