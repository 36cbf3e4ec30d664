using Krat.Domain.Committees;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// The published victim statistics of a year with the domain's disclosure decision (<see cref="VictimStatisticsReport"/>).
/// </summary>
internal sealed class VictimStatisticsQuery : ReportQuery
{
    /// <summary>Creates the query on a context (scoped, like the context).</summary>
    /// <param name="db">The context; its committee scope applies.</param>
    public VictimStatisticsQuery(KratDbContext db)
        : base(db)
    {
    }

    /// <inheritdoc cref="IReportService.VictimStatisticsAsync" />
    public async Task<VictimStatisticsReport> VictimStatisticsAsync(CommitteeId committeeId, int year, int threshold = DisclosureDecision.DefaultThreshold, CancellationToken cancellationToken = default)
    {
        var within = ReportMath.Year(year);
        var (from, to) = (within.Start, within.End);
        // Publishing is the domain's suppression over the recorded counts: load the (few) tables of the year. Reports
        // are published output, whoever reads them: only published records, in their current version (drafts never).
        // The decision needs the current counts only, not the version history.
        var statistics = await Db.Set<VictimStatistics>().AsNoTracking().IgnoreAutoIncludes().Include(s => s.Counts)
            .Where(s => s.CommitteeId == committeeId && s.Status == StatisticsStatus.Published && s.PeriodStart >= from && s.PeriodEnd <= to)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return VictimStatisticsReport.Of(committeeId, year, statistics, threshold);
    }
}
