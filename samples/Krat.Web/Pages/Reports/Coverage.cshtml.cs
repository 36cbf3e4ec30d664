using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Reports;
using Krat.Domain.Activities;
using Krat.Domain.Partnerships;
using Krat.Infrastructure.Reports;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Reports;

/// <summary>
/// Who does what where: municipality × service type (number of providers) and municipality × target group
/// (providers / activities), gaps marked with a class and a text marker. Public: it is built from the public
/// directory of service providers and activity counts.
/// </summary>
[AllowAnonymous]
public sealed class CoverageModel(
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

    public WhoDoesWhatWhere? Coverage => Report as WhoDoesWhatWhere;

    public override string ReportName => "who-does-what-where";

    protected override string FileStem => "kush-ben-cfare-ku";

    protected override string FileSuffix => Interval is { } p ? $"{Iso(p.Start)}_{Iso(p.End)}" : base.FileSuffix;

    protected override IEnumerable<KeyValuePair<string, string>> About =>
        Interval is { } p ? [new("periodStart", Iso(p.Start)), new("periodEnd", Iso(p.End))] : [];

    /// <summary>The gap marker of a cell of a coverage grid: no provider of that service / for that group in the municipality.</summary>
    public (string CssClass, string Marker)? Gap(ReportTable table, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (Coverage is not { } coverage || column == 0)
        {
            return null;
        }

        var municipality = table.Rows[row][0].Text.Albanian;
        var gap = table.Key switch
        {
            "services-by-municipality" => coverage.Services.Any(c => c.Municipality == municipality && c.ServiceType == CodeList.All<ServiceType>()[column - 1].Key && c.Providers.Count == 0),
            "target-groups-by-municipality" => coverage.TargetGroups.Any(c => c.Municipality == municipality && c.TargetGroup == CodeList.All<TargetGroup>()[column - 1].Key && c.Providers.Count == 0 && c.Activities == 0),
            _ => false,
        };
        return gap ? ("report-gap", texts["Coverage.GapMarker"]) : null;
    }

    protected override async Task<ITabularReport?> BuildAsync(Committee? committee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(committee);
        Interval = ReportPeriods.FromTo(From, To, Today, ModelState, texts);
        return Interval is null ? null : await reports.CoverageAsync(committee.Id, Interval, Audience, cancellationToken);
    }
}
