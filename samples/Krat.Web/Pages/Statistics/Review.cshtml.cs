using Krat.Domain.Statistics;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Statistics;

/// <summary>
/// The raw counts of one record beside its published view, so that the secretary sees what will be suppressed.
/// Secretary or administrator only: members and the public never see raw counts.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class ReviewModel(CurrentCommittee current, IReadRepository<VictimStatistics> statistics) : PageModel
{
    public VictimStatistics Table { get; private set; } = null!;

    public PublishedTable Published { get; private set; } = null!;

    /// <summary>The record's disclosure decision, with why each hidden figure is hidden (the committee's view only).</summary>
    public Krat.Domain.Statistics.Disclosure.DisclosureDecision Decision { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        var table = await statistics.GetByIdAsync(new VictimStatisticsId(id), cancellationToken);
        if (committee is null || table is null || table.CommitteeId != committee.Id)
        {
            return NotFound();
        }

        Table = table;
        Decision = StatisticsGrid.Decide(table);
        Published = Decision.View(StatisticsGrid.PublishedRows, StatisticsGrid.PublishedColumns);
        return Page();
    }

    /// <summary>The raw count of a cell of the published cross-tabulation (form of exploitation × sex).</summary>
    public int RawOf(ExploitationForm form, Sex sex) =>
        Table.Counts.Where(c => c.Form == form && c.Sex == sex).Sum(c => c.Count);
}
