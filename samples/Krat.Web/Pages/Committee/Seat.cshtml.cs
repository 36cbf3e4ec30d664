using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.CommitteePages;

/// <summary>The history of one seat of the committee being viewed: its term, posts and representatives over time (public).</summary>
[AllowAnonymous]
public sealed class SeatModel(CurrentCommittee current, IReadRepository<Organisation> organisations, IReadRepository<Person> people) : PageModel
{
    public Domain.Committees.Committee Committee { get; private set; } = null!;

    public Seat Seat { get; private set; } = null!;

    /// <summary>The name of the seat's organisation.</summary>
    public IReadOnlyDictionary<OrganisationId, OrganisationNames> Organisations { get; private set; } = new Dictionary<OrganisationId, OrganisationNames>();

    /// <summary>The names of the seat's representatives.</summary>
    public IReadOnlyDictionary<PersonId, PersonName> People { get; private set; } = new Dictionary<PersonId, PersonName>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } committee || committee.FindSeat(new SeatId(id)) is not { } seat)
        {
            return NotFound();
        }

        Committee = committee;
        Seat = seat;
        Organisations = (await organisations.ListAsync(new OrganisationNamesSpec([seat.OrganisationId]), cancellationToken)).ToDictionary(o => o.Id);
        People = (await people.ListAsync(new PersonNamesSpec([.. seat.Representatives.Select(r => r.PersonId).Distinct()]), cancellationToken)).ToDictionary(p => p.Id);
        return Page();
    }
}
