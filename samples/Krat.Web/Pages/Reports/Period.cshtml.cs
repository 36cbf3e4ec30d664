using Krat.Domain.Campaigns;
using Krat.Domain.Campaigns.Specifications;
using Krat.Domain.Committees;
using Krat.Domain.Reports;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Krat.Web.Pages.Reports;

/// <summary>
/// The campaign / period report: activities by kind, municipality, target group and status, people reached, the
/// organisations involved, the municipalities reached and not reached, and the same period a year before. Pick a
/// campaign (<c>?campaign=</c>), a month (<c>?month=2023-10</c>) or a period (<c>?from=…&amp;to=…</c>); in that
/// order of precedence; nothing picked means the current month. Public: it shows counts only (no titles, no names
/// of people); without a login it counts public activities only, as the activities list and export do; signed-in
/// users of the committee see every activity counted. The page says which.
/// </summary>
[AllowAnonymous]
public sealed class PeriodModel(
    IReportService reports,
    IReadRepository<Campaign> campaigns,
    CurrentCommittee current,
    IClock clock,
    IAuthorizationService authorization,
    IStringLocalizer<ReportsText> texts) : ReportPageModel(current, clock, authorization)
{
    [BindProperty(SupportsGet = true, Name = "campaign")]
    public Guid? Campaign { get; set; }

    [BindProperty(SupportsGet = true, Name = "month")]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    public Campaign? ChosenCampaign { get; private set; }

    public PeriodReport? Period => Report as PeriodReport;

    public override string ReportName => "period";

    protected override string FileStem => "raporti-i-periudhes";

    protected override string FileSuffix => Period is { } p ? $"{Iso(p.Period.Start)}_{Iso(p.Period.End)}" : base.FileSuffix;

    protected override IEnumerable<KeyValuePair<string, string>> About => Period is { } p
        ?
        [
            new("periodStart", Iso(p.Period.Start)),
            new("periodEnd", Iso(p.Period.End)),
            new("yearBeforeStart", Iso(p.YearBeforePeriod.Start)),
            new("yearBeforeEnd", Iso(p.YearBeforePeriod.End)),
            .. ChosenCampaign is { } c ? [new KeyValuePair<string, string>("campaign", c.Name)] : Array.Empty<KeyValuePair<string, string>>(),
        ]
        : [];

    protected override async Task<ITabularReport?> BuildAsync(Committee? committee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(committee);
        Campaigns = await campaigns.ListAsync(new CampaignsOfCommitteeSpec(committee.Id), cancellationToken);
        if (Campaign is { } campaign)
        {
            ChosenCampaign = Campaigns.FirstOrDefault(c => c.Id == new CampaignId(campaign));
            return ChosenCampaign is null ? null : await reports.CampaignAsync(committee.Id, ChosenCampaign.Id, Audience, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(Month))
        {
            var parsed = YearMonthPattern.Iso.Parse(Month.Trim());
            if (!parsed.Success)
            {
                ModelState.AddModelError("month", texts["Error.Month"]);
                return null;
            }

            return await reports.MonthAsync(committee.Id, parsed.Value, Audience, cancellationToken);
        }

        if (From is not null || To is not null)
        {
            if (From is not { } from || To is not { } to)
            {
                ModelState.AddModelError(From is null ? "from" : "to", texts["Error.BothDates"]);
                return null;
            }

            if (to < from)
            {
                ModelState.AddModelError("to", texts["Error.EndBeforeStart"]);
                return null;
            }

            return await reports.PeriodAsync(committee.Id, new DateInterval(LocalDate.FromDateOnly(from), LocalDate.FromDateOnly(to)), Audience, cancellationToken);
        }

        return await reports.MonthAsync(committee.Id, Today.ToYearMonth(), Audience, cancellationToken);
    }
}
