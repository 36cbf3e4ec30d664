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
/// record's one disclosure decision (hidden figures as "x", views too thin to break down withheld). Nobody sees raw
/// counts here — not the public, not members, not the secretary (who reviews them on the Review page). Public: a
/// visitor who is not signed in sees published records only, each in its current version; the committee's signed-in
/// users also see drafts, marked as such.
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
        var signedIn = User.Identity?.IsAuthenticated == true;
        var tables = await statistics.ListAsync(new VictimStatisticsOfCountySpec(Committee.County, publishedOnly: !signedIn), cancellationToken);
        Records = [.. tables
            .Where(t => t.CommitteeId == Committee.Id)
            .Select(t => new PublishedRecord(t, StatisticsGrid.Place(t), StatisticsGrid.Publish(t)))];
    }

    /// <summary>
    /// One record as the page shows it: where, when, from which source, its state (draft, or published in its current
    /// version), and the suppressed table — never a raw count.
    /// </summary>
    public sealed record PublishedRecord(VictimStatistics Record, string Place, PublishedTable Table)
    {
        public VictimStatisticsId Id => Record.Id;

        public NodaTime.LocalDate PeriodStart => Record.Period.Start;

        public NodaTime.LocalDate PeriodEnd => Record.Period.End;

        public bool CountyWide => Record.Municipality is null;

        public string? Source => Record.Source;
    }
}
