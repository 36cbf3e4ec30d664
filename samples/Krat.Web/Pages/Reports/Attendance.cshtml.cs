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
/// Attendance: meetings held per body, and per institution its attendance (present, excused, absent), by whom and
/// in what capacity, and its rate, over <c>?from=…&amp;to=…</c> (default: the current year). Signed-in users only:
/// it names people.
/// </summary>
public sealed class AttendanceModel(
    IReportService reports,
    CurrentCommittee current,
    IClock clock,
    IAuthorizationService authorization,
    IStringLocalizer<ReportsText> texts) : ReportPageModel(current, clock, authorization)
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    public DateInterval? Interval { get; private set; }

    public override string ReportName => "attendance";

    protected override string FileStem => "pjesemarrja";

    protected override string FileSuffix => Interval is { } p ? $"{Iso(p.Start)}_{Iso(p.End)}" : base.FileSuffix;

    protected override IEnumerable<KeyValuePair<string, string>> About =>
        Interval is { } p ? [new("periodStart", Iso(p.Start)), new("periodEnd", Iso(p.End))] : [];

    protected override async Task<ITabularReport?> BuildAsync(Committee? committee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(committee);
        Interval = ReportPeriods.FromTo(From, To, Today, ModelState, texts);
        return Interval is null ? null : await reports.AttendanceAsync(committee.Id, Interval, cancellationToken);
    }
}
