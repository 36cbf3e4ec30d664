using Krat.Domain.Committees;
using Krat.Domain.Reports;
using Krat.Infrastructure.Reports;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Reports;

/// <summary>
/// The committee's annual or quarterly analysis for the National Coordinator (<c>?year=&amp;quarter=</c>): its work,
/// plan progress, attendance, commitments, coverage and published statistics. Signed-in users only (it carries the
/// attendance and commitments records).
/// </summary>
public sealed class NationalModel(
    IReportService reports,
    CurrentCommittee current,
    IClock clock,
    IAuthorizationService authorization,
    IStringLocalizer<ReportsText> texts) : ReportPageModel(current, clock, authorization)
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "quarter")]
    public int? Quarter { get; set; }

    public DateInterval? Interval { get; private set; }

    public CommitteeAnalysis? Analysis => Report as CommitteeAnalysis;

    public override string ReportName => "committee-analysis";

    protected override string FileStem => "analiza-e-komitetit";

    protected override string FileSuffix => Interval is { } p ? $"{Iso(p.Start)}_{Iso(p.End)}" : base.FileSuffix;

    protected override IEnumerable<KeyValuePair<string, string>> About =>
        Interval is { } p ? [new("periodStart", Iso(p.Start)), new("periodEnd", Iso(p.End)), new("asOf", Iso(Today))] : [];

    protected override async Task<ITabularReport?> BuildAsync(Committee? committee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(committee);
        Interval = ReportPeriods.YearOrQuarter(Year, Quarter, Today, ModelState, texts);
        return Interval is null ? null : await reports.AnalysisAsync(committee.Id, Interval, Today, Audience, cancellationToken);
    }
}
