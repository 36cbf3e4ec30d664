using Krat.Domain.Committees;
using Krat.Domain.Reports;
using Krat.Infrastructure.Reports;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Reports;

/// <summary>
/// The national roll-up across every committee (<c>?year=&amp;quarter=</c>): per county meetings, activities,
/// people reached, commitments, and the victims by county and sex as a published (suppressed) table.
/// Administrators only (<see cref="KratPolicies.CanAdminister"/>); any other signed-in user gets 403 on every handler.
/// </summary>
public sealed class RollupModel(
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

    public NationalRollup? Rollup => Report as NationalRollup;

    public override string ReportName => "national-rollup";

    protected override string FileStem => "permbledhja-kombetare";

    protected override string Policy => KratPolicies.CanAdminister;

    protected override bool NeedsCommittee => false;

    protected override string FileSuffix => Interval is { } p ? $"{Iso(p.Start)}_{Iso(p.End)}" : base.FileSuffix;

    protected override IEnumerable<KeyValuePair<string, string>> About =>
        Interval is { } p ? [new("periodStart", Iso(p.Start)), new("periodEnd", Iso(p.End)), new("asOf", Iso(Today))] : [];

    protected override async Task<ITabularReport?> BuildAsync(Committee? committee, CancellationToken cancellationToken)
    {
        Interval = ReportPeriods.YearOrQuarter(Year, Quarter, Today, ModelState, texts);
        return Interval is null ? null : await reports.NationalAsync(Interval, Today, Audience, cancellationToken: cancellationToken);
    }
}
