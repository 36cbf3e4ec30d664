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
/// people reached, commitments, and the victims by county and sex as a published (suppressed) table. Without a year
/// it opens on the latest year with data; a county without a record reads "no data", not 0.
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

    /// <summary>How many years back from today the roll-up looks for the latest year with data when none is asked for.</summary>
    public const int YearsLookedBack = 5;

    protected override async Task<ITabularReport?> BuildAsync(Committee? committee, CancellationToken cancellationToken)
    {
        if (Year is null && Quarter is null)
        {
            // Opens on the latest year with data: a year without any would show nothing but zeros and "no data".
            for (var year = Today.Year; year > Today.Year - YearsLookedBack; year--)
            {
                var rollup = await reports.NationalAsync(ReportPeriods.Year(year), Today, Audience, cancellationToken: cancellationToken);
                if (rollup.HasData)
                {
                    Interval = rollup.Period;
                    return rollup;
                }
            }
        }

        Interval = ReportPeriods.YearOrQuarter(Year, Quarter, Today, ModelState, texts);
        return Interval is null ? null : await reports.NationalAsync(Interval, Today, Audience, cancellationToken: cancellationToken);
    }
}
