using Krat.Domain.Committees;
using Krat.Domain.Reports;
using Krat.Domain.Statistics.Disclosure;
using Krat.Infrastructure.Reports;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Reports;

/// <summary>
/// The victim statistics report of a year (<c>?year=</c>, default this year): only the PUBLISHED tables — small
/// counts shown as "&lt;5", cells that would give them away as "x" — never a raw count. Public.
/// </summary>
[AllowAnonymous]
public sealed class StatisticsModel(
    IReportService reports,
    CurrentCommittee current,
    IClock clock,
    IAuthorizationService authorization,
    IStringLocalizer<ReportsText> texts) : ReportPageModel(current, clock, authorization)
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public VictimStatisticsReport? Statistics => Report as VictimStatisticsReport;

    public int Threshold => DisclosureDecision.DefaultThreshold;

    public override string ReportName => "victim-statistics";

    protected override string FileStem => "statistikat-e-viktimave";

    protected override string FileSuffix => Statistics is { } s ? s.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : base.FileSuffix;

    protected override IEnumerable<KeyValuePair<string, string>> About => Statistics is { } s
        ? [new("year", s.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("threshold", s.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture))]
        : [];

    protected override async Task<ITabularReport?> BuildAsync(Committee? committee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var period = ReportPeriods.YearOrQuarter(Year, null, Today, ModelState, texts);
        return period is null ? null : await reports.VictimStatisticsAsync(committee.Id, period.Start.Year, Threshold, cancellationToken);
    }
}
