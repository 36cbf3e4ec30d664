using Krat.Domain.Committees;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Statistics;

/// <summary>
/// Victim statistics of the committee's county, per year and place, ONLY as published tables taken from each
/// record's one disclosure decision (hidden figures as "x", views too thin to break down withheld). Nobody sees raw counts here — not the public, not members, not the secretary (who
/// reviews them on the Review page). Public.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(CurrentCommittee current, IReadRepository<VictimStatistics> statistics, IAuthorizationService authorization) : PageModel
{
    public Committee? Committee { get; private set; }

    public IReadOnlyList<PublishedRecord> Records { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Committee = await current.GetAsync(cancellationToken);
        if (Committee is null)
        {
            return;
        }

        CanEdit = (await authorization.AuthorizeAsync(User, KratPolicies.CanEditCommittee)).Succeeded;
        var tables = await statistics.ListAsync(new VictimStatisticsOfCountySpec(Committee.County), cancellationToken);
        Records = [.. tables
            .Where(t => t.CommitteeId == Committee.Id)
            .Select(t => new PublishedRecord(t.Id, t.PeriodStart, t.PeriodEnd, StatisticsGrid.Place(t), t.Municipality is null, t.Source, StatisticsGrid.Publish(t)))];
    }

    /// <summary>One record as the public sees it: where, when, from which source, and the suppressed table — never a raw count.</summary>
    public sealed record PublishedRecord(VictimStatisticsId Id, NodaTime.LocalDate PeriodStart, NodaTime.LocalDate PeriodEnd, string Place, bool CountyWide, string? Source, PublishedTable Table);
}
