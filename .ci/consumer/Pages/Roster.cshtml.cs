#region roster
using System.Globalization;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Infrastructure.ReadModels;
using Krat.Infrastructure.Repositories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Prefektura.Korce.Setup;

namespace Prefektura.Korce.Pages;
/// <summary>Who sits on the committee (or its Technical Table) today, with names and labels.</summary>
public sealed class RosterModel(IReadRepository<Committee> committees, IRosterQuery rosters, IClock clock) : PageModel
{
    /// <summary>
    /// The seats on the day with organisation names (Albanian and English), post and role labels and the
    /// representatives' names, in the roster's order: role, then grant order; titular representatives first.
    /// </summary>
    public NamedRoster Roster { get; private set; } = null!;

    /// <summary>Shows the roster of a body on a day (today in Albania unless <paramref name="on"/> is given).</summary>
    public async Task<IActionResult> OnGetAsync(CommitteeBody body = CommitteeBody.Committee, string? on = null, CancellationToken cancellationToken = default)
    {
        var day = on is null
            ? Albania.Today(clock)
            : LocalDate.FromDateTime(DateTime.ParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var committee = await committees.GetCommitteeOfCountyAsync(KorceDirectory.County, cancellationToken);
        if (committee is null)
        {
            return NotFound();
        }

        // One call: the roster and, by projection, the names it refers to.
        Roster = (await rosters.GetAsync(committee.Id, body, day, cancellationToken))!;
        return Page();
    }

    /// <summary>A label in the request's language (Albanian first).</summary>
    public static string Text(Label label) => label.In(CultureInfo.CurrentUICulture);
}
#endregion
