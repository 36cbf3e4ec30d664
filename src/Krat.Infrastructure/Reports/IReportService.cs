using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Plans;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// The reports of Krat, computed with EF Core queries whose counts and sums run in SQL (GROUP BY), returning the
/// immutable shapes of <c>Krat.Domain.Reports</c>. Every committee report also respects the context's committee
/// scope: a host scoped to another committee gets empty figures. <see cref="NationalAsync"/> lifts the scope and
/// is for administrators only. Every report that counts activities takes a <see cref="ReportAudience"/>, with no
/// default: what a host serves without a login passes <see cref="ReportAudience.Public"/> (public activities only,
/// the rule of <see cref="ReportAudiences.Counts"/>, which the activities list applies too), and the report says
/// which it counts (<c>Audience</c>, <c>Counts</c>, and a note on every table).
/// </summary>
public interface IReportService
{
    /// <summary>The period report of a committee: activities whose day falls in the period.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="period">The period, inclusive.</param>
    /// <param name="audience">Whom the report is for: <see cref="ReportAudience.Public"/> counts public activities only (anything served without a login), <see cref="ReportAudience.Committee"/> all of them. Required; an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The committee does not exist (or is outside the scope).</exception>
    Task<PeriodReport> PeriodAsync(CommitteeId committeeId, DateInterval period, ReportAudience audience, CancellationToken cancellationToken = default);

    /// <summary>The period report of one month.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="month">The month.</param>
    /// <param name="audience">Whom the report is for: <see cref="ReportAudience.Public"/> counts public activities only (anything served without a login), <see cref="ReportAudience.Committee"/> all of them. Required; an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report.</returns>
    Task<PeriodReport> MonthAsync(CommitteeId committeeId, YearMonth month, ReportAudience audience, CancellationToken cancellationToken = default);

    /// <summary>
    /// The report of a campaign: every activity of the campaign, whatever its day (one postponed or rescheduled
    /// beyond the campaign stays in the status breakdown; only completed ones count in reach), over the campaign's
    /// period, compared with all activities of the same period a year earlier.
    /// </summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="audience">Whom the report is for: <see cref="ReportAudience.Public"/> counts public activities only (anything served without a login), <see cref="ReportAudience.Committee"/> all of them. Required; an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report, or <see langword="null"/> when the committee has no such campaign.</returns>
    Task<PeriodReport?> CampaignAsync(CommitteeId committeeId, CampaignId campaignId, ReportAudience audience, CancellationToken cancellationToken = default);

    /// <summary>
    /// The progress of an action plan on a day: the given plan, or else the committee's plan whose period
    /// contains the day (approved before draft, then latest start).
    /// </summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="asOf">The day of the review.</param>
    /// <param name="audience">Whom the report is for: <see cref="ReportAudience.Public"/> counts public activities only (anything served without a login), <see cref="ReportAudience.Committee"/> all of them. Required; an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
    /// <param name="planId">The plan, when a particular one is wanted.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report, or <see langword="null"/> when there is no such plan.</returns>
    Task<PlanProgressReport?> PlanProgressAsync(CommitteeId committeeId, LocalDate asOf, ReportAudience audience, ActionPlanId? planId = null, CancellationToken cancellationToken = default);

    /// <summary>Meetings per body and attendance per institution in a period.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="period">The period, inclusive (meeting days in Europe/Tirane).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report.</returns>
    Task<AttendanceReport> AttendanceAsync(CommitteeId committeeId, DateInterval period, CancellationToken cancellationToken = default);

    /// <summary>The commitments tracker on a day.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="asOf">The day of reference.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The tracker.</returns>
    Task<CommitmentTracker> CommitmentsAsync(CommitteeId committeeId, LocalDate asOf, CancellationToken cancellationToken = default);

    /// <summary>Who does what where in the committee's county: the service providers active in a period (<see cref="Domain.Partnerships.ServiceProvider.ActiveDuring"/>) and the activities of the period.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="period">The period of the activities counted.</param>
    /// <param name="audience">Whom the report is for: <see cref="ReportAudience.Public"/> counts public activities only (anything served without a login), <see cref="ReportAudience.Committee"/> all of them. Required; an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The committee does not exist (or is outside the scope).</exception>
    Task<WhoDoesWhatWhere> CoverageAsync(CommitteeId committeeId, DateInterval period, ReportAudience audience, CancellationToken cancellationToken = default);

    /// <summary>
    /// The published (suppressed) victim statistics of a committee for a year: only records that are published, in
    /// their current version (<see cref="VictimStatistics.IsPublished"/>); drafts never reach a report, whoever reads it.
    /// </summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="year">The year.</param>
    /// <param name="threshold">Counts from 1 to <c>threshold − 1</c> are hidden.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report.</returns>
    Task<VictimStatisticsReport> VictimStatisticsAsync(CommitteeId committeeId, int year, int threshold = DisclosureDecision.DefaultThreshold, CancellationToken cancellationToken = default);

    /// <summary>A committee's quarterly or annual analysis for the National Coordinator (see <see cref="ReportMath.Quarter"/> and <see cref="ReportMath.Year"/>).</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="period">The period analysed.</param>
    /// <param name="asOf">The day of reference for plan progress and commitments (usually the period's last day).</param>
    /// <param name="audience">Whom the report is for: <see cref="ReportAudience.Public"/> counts public activities only (anything served without a login), <see cref="ReportAudience.Committee"/> all of them. Required; an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentException">The committee does not exist (or is outside the scope).</exception>
    Task<CommitteeAnalysis> AnalysisAsync(CommitteeId committeeId, DateInterval period, LocalDate asOf, ReportAudience audience, CancellationToken cancellationToken = default);

    /// <summary>
    /// The national roll-up across committees, ignoring the committee scope (for administrators): counts per county
    /// and victim figures added up from the disclosure decisions of the published county-wide records (current versions;
    /// a sum is shown only when every figure it adds is). Commitments made on or before <paramref name="asOf"/>
    /// count as they stood that day: their reviews are replayed to the day exactly as <see cref="CommitmentsAsync"/>
    /// does (<see cref="CommitmentLine.StateOn"/>), so the two agree for any past date.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The day of reference for commitments.</param>
    /// <param name="audience">Whom the report is for: <see cref="ReportAudience.Public"/> counts public activities only (anything served without a login), <see cref="ReportAudience.Committee"/> all of them. Required; an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
    /// <param name="committeeIds">The committees to include; every committee when <see langword="null"/>.</param>
    /// <param name="threshold">Counts from 1 to <c>threshold − 1</c> are hidden.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The roll-up.</returns>
    Task<NationalRollup> NationalAsync(DateInterval period, LocalDate asOf, ReportAudience audience, IReadOnlyCollection<CommitteeId>? committeeIds = null, int threshold = DisclosureDecision.DefaultThreshold, CancellationToken cancellationToken = default);
}
