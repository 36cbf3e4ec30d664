using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Plans;
using Krat.Domain.Reports;
using Krat.Domain.Statistics.Disclosure;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// Computes Krat's reports on a <see cref="KratDbContext"/>, one query class per report (<c>PeriodReportQuery</c>,
/// <c>AttendanceQuery</c>, … in this folder), behind this one entry point. Counts and sums are grouped in SQL (GROUP BY), so one
/// row per group travels to the application, not one per activity or meeting.
/// <para>
/// Dimensions kept as JSON arrays (an activity's municipalities, target groups and partners) are grouped in two
/// steps: EF Core cannot join a JSON array to its row on SQLite (<c>SelectMany</c> over a primitive collection
/// needs the APPLY operation, which SQLite lacks), so SQL groups by the whole array — one row per distinct
/// combination, such as <c>["Durrës","Shijak"]</c> — and memory splits the arrays and adds the counts up.
/// People reached are plain columns of the activity row (an optional complex property), summed in the same
/// <c>GROUP BY</c> as plain <c>SUM</c>s. A period report is seven statements whatever the period holds: the
/// committee; four <c>GROUP BY</c>s of the period's activities (by kind and status with every reach sum, by
/// municipalities, by target groups, by lead and partners); the organisations' names; and one <c>GROUP BY</c> of
/// the same period a year before.
/// </para>
/// <para>
/// What is read row by row is what a report lists row by row (attendance entries, commitments with their
/// reviews, service providers) or what a pure calculation of the domain needs (an action plan and the activities
/// of its measures for <see cref="PlanProgress"/>; the victim statistics records for their disclosure decision).
/// Every query is read-only (no tracking).
/// </para>
/// </summary>
public sealed class ReportService : IReportService
{
    private readonly KratDbContext _db;

    /// <summary>Creates the service on a context (scoped, like the context).</summary>
    /// <param name="db">The context; its committee scope applies to every report but the national roll-up.</param>
    public ReportService(KratDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <inheritdoc />
    public Task<PeriodReport> PeriodAsync(CommitteeId committeeId, DateInterval period, ReportAudience audience, CancellationToken cancellationToken = default) =>
        new PeriodReportQuery(_db).PeriodAsync(committeeId, period, audience, cancellationToken);

    /// <inheritdoc />
    public Task<PeriodReport> MonthAsync(CommitteeId committeeId, YearMonth month, ReportAudience audience, CancellationToken cancellationToken = default) =>
        new PeriodReportQuery(_db).MonthAsync(committeeId, month, audience, cancellationToken);

    /// <inheritdoc />
    public Task<PeriodReport?> CampaignAsync(CommitteeId committeeId, CampaignId campaignId, ReportAudience audience, CancellationToken cancellationToken = default) =>
        new PeriodReportQuery(_db).CampaignAsync(committeeId, campaignId, audience, cancellationToken);

    /// <inheritdoc />
    public Task<PlanProgressReport?> PlanProgressAsync(CommitteeId committeeId, LocalDate asOf, ReportAudience audience, ActionPlanId? planId = null, CancellationToken cancellationToken = default) =>
        new PlanProgressQuery(_db).PlanProgressAsync(committeeId, asOf, audience, planId, cancellationToken);

    /// <inheritdoc />
    public Task<AttendanceReport> AttendanceAsync(CommitteeId committeeId, DateInterval period, CancellationToken cancellationToken = default) =>
        new AttendanceQuery(_db).AttendanceAsync(committeeId, period, cancellationToken);

    /// <inheritdoc />
    public Task<CommitmentTracker> CommitmentsAsync(CommitteeId committeeId, LocalDate asOf, CancellationToken cancellationToken = default) =>
        new CommitmentsQuery(_db).CommitmentsAsync(committeeId, asOf, cancellationToken);

    /// <inheritdoc />
    public Task<WhoDoesWhatWhere> CoverageAsync(CommitteeId committeeId, DateInterval period, ReportAudience audience, CancellationToken cancellationToken = default) =>
        new CoverageQuery(_db).CoverageAsync(committeeId, period, audience, cancellationToken);

    /// <inheritdoc />
    public Task<VictimStatisticsReport> VictimStatisticsAsync(CommitteeId committeeId, int year, int threshold = DisclosureDecision.DefaultThreshold, CancellationToken cancellationToken = default) =>
        new VictimStatisticsQuery(_db).VictimStatisticsAsync(committeeId, year, threshold, cancellationToken);

    /// <inheritdoc />
    public Task<CommitteeAnalysis> AnalysisAsync(CommitteeId committeeId, DateInterval period, LocalDate asOf, ReportAudience audience, CancellationToken cancellationToken = default) =>
        new AnalysisQuery(_db).AnalysisAsync(committeeId, period, asOf, audience, cancellationToken);

    /// <inheritdoc />
    public Task<NationalRollup> NationalAsync(DateInterval period, LocalDate asOf, ReportAudience audience, IReadOnlyCollection<CommitteeId>? committeeIds = null, int threshold = DisclosureDecision.DefaultThreshold, CancellationToken cancellationToken = default) =>
        new NationalRollupQuery(_db).NationalAsync(period, asOf, audience, committeeIds, threshold, cancellationToken);
}
