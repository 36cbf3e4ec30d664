#region roster
using System.Globalization;
using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Prefektura.Korce.Setup;

namespace Prefektura.Korce.Pages;
/// <summary>Who sits on the committee (or its Technical Table) today, with names and labels.</summary>
public sealed class RosterModel(
    IReadRepository<Committee> committees,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people,
    IClock clock) : PageModel
{
    /// <summary>The seats on the day, in the roster's order (role, then grant order; titular representatives first).</summary>
    public CommitteeRoster Roster { get; private set; } = null!;

    /// <summary>Organisation names by identity (the roster carries identities only).</summary>
    public IReadOnlyDictionary<OrganisationId, OrganisationNames> Organisations { get; private set; } = null!;

    /// <summary>People's names by identity.</summary>
    public IReadOnlyDictionary<PersonId, PersonName> People { get; private set; } = null!;

    /// <summary>Shows the roster of a body on a day (today in Albania unless <paramref name="on"/> is given).</summary>
    public async Task<IActionResult> OnGetAsync(CommitteeBody body = CommitteeBody.Committee, string? on = null, CancellationToken cancellationToken = default)
    {
        var day = on is null
            ? Albania.Today(clock)
            : LocalDate.FromDateTime(DateTime.ParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var committee = await committees.FirstOrDefaultAsync(new CommitteeOfCountySpec(KorceDirectory.County), cancellationToken);
        if (committee is null)
        {
            return NotFound();
        }

        Roster = (await committees.SingleOrDefaultAsync(new SeatsOnDateSpec(committee.Id, body, day), cancellationToken))!;

        // Names in two projecting queries, not whole aggregates.
        OrganisationId[] organisationIds = [.. Roster.Seats.Select(s => s.OrganisationId)];
        PersonId[] personIds = [.. Roster.Seats.SelectMany(s => s.Representatives).Select(r => r.PersonId)];
        Organisations = (await organisations.ListAsync(new OrganisationNamesSpec(organisationIds), cancellationToken)).ToDictionary(o => o.Id);
        People = (await people.ListAsync(new PersonNamesSpec(personIds), cancellationToken)).ToDictionary(p => p.Id);
        return Page();
    }

    /// <summary>A code's label in the request's language (Albanian first), instead of its code name.</summary>
    public static string LabelOf<TCode>(TCode code)
        where TCode : struct, Enum => CodeList.LabelOf(code).In(CultureInfo.CurrentUICulture);
}
#endregion
