using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Pages.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using CommitteeAggregate = Krat.Domain.Committees.Committee;

namespace Krat.Web.Pages.CommitteePages;

/// <summary>
/// The committee on a chosen day: seats of both bodies, posts and representatives (public). Only the names of
/// the organisations and people on the rosters are read.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(
    CurrentCommittee current,
    IReadRepository<CommitteeAggregate> committees,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people,
    IClock clock) : PageModel
{
    public CommitteeAggregate Committee { get; private set; } = null!;

    public LocalDate Date { get; private set; }

    /// <summary>The chosen day as ISO text (the value of the date input).</summary>
    [BindProperty(SupportsGet = true, Name = "date")]
    public string? DateText { get; set; }

    public IReadOnlyList<CommitteeRoster> Rosters { get; private set; } = [];

    /// <summary>The names of the organisations that hold a seat on the rosters.</summary>
    public IReadOnlyDictionary<OrganisationId, OrganisationNames> Organisations { get; private set; } = new Dictionary<OrganisationId, OrganisationNames>();

    /// <summary>The names of the representatives on the rosters.</summary>
    public IReadOnlyDictionary<PersonId, PersonName> People { get; private set; } = new Dictionary<PersonId, PersonName>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } committee)
        {
            return NotFound();
        }

        Committee = committee;
        Date = GovernanceFormat.ParseIso(DateText) ?? Albania.Today(clock);
        DateText = GovernanceFormat.Iso(Date);
        var rosters = new List<CommitteeRoster>();
        foreach (var body in new[] { CommitteeBody.Committee, CommitteeBody.TechnicalTable })
        {
            if (await committees.FirstOrDefaultAsync(new SeatsOnDateSpec(committee.Id, body, Date), cancellationToken) is { } roster)
            {
                rosters.Add(roster);
            }
        }

        Rosters = rosters;
        var seats = rosters.SelectMany(r => r.Seats).ToList();
        var organisationIds = seats.Select(s => s.OrganisationId).ToHashSet();
        var personIds = seats.SelectMany(s => s.Representatives).Select(r => r.PersonId).ToHashSet();
        Organisations = (await organisations.ListAsync(new OrganisationNamesSpec(organisationIds), cancellationToken)).ToDictionary(o => o.Id);
        People = (await people.ListAsync(new PersonNamesSpec(personIds), cancellationToken)).ToDictionary(p => p.Id);
        return Page();
    }
}
