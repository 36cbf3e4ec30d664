using Krat.Domain.Committees;
using Krat.Domain.Reports;
using Krat.Domain.Statistics.Disclosure;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// A committee's analysis over a period (<see cref="CommitteeAnalysis"/>): the other reports of the committee, put together.
/// </summary>
internal sealed class AnalysisQuery : ReportQuery
{
    /// <summary>Creates the query on a context (scoped, like the context).</summary>
    /// <param name="db">The context; its committee scope applies.</param>
    public AnalysisQuery(KratDbContext db)
        : base(db)
    {
    }

    /// <inheritdoc cref="IReportService.AnalysisAsync" />
    public async Task<CommitteeAnalysis> AnalysisAsync(CommitteeId committeeId, DateInterval period, LocalDate asOf, ReportAudience audience, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ReportAudiences.Checked(audience);
        var (county, name) = await CommitteeAsync(committeeId, cancellationToken).ConfigureAwait(false);
        var work = await new PeriodReportQuery(Db).BuildPeriodAsync(committeeId, period, null, audience, cancellationToken).ConfigureAwait(false);
        var plan = await new PlanProgressQuery(Db).PlanProgressAsync(committeeId, asOf, audience, null, cancellationToken).ConfigureAwait(false);
        var attendance = await new AttendanceQuery(Db).AttendanceAsync(committeeId, period, cancellationToken).ConfigureAwait(false);
        var commitments = await new CommitmentsQuery(Db).CommitmentsAsync(committeeId, asOf, cancellationToken).ConfigureAwait(false);
        var coverage = await new CoverageQuery(Db).CoverageAsync(committeeId, period, audience, cancellationToken).ConfigureAwait(false);
        var victims = new List<VictimStatisticsReport>();
        for (var year = period.Start.Year; year <= period.End.Year; year++)
        {
            victims.Add(await new VictimStatisticsQuery(Db).VictimStatisticsAsync(committeeId, year, DisclosureDecision.DefaultThreshold, cancellationToken).ConfigureAwait(false));
        }

        return new CommitteeAnalysis(committeeId, name, county, period, asOf, work, plan, attendance, commitments, coverage, victims);
    }
}
