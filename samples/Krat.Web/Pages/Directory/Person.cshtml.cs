using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Directory;

/// <summary>
/// A person of the directory: position, work contacts, the organisations they represent(ed), and the seats of
/// the committee being viewed they fill(ed). Public: a person holds work details only, never personal data.
/// </summary>
[AllowAnonymous]
public sealed class PersonModel(CurrentCommittee current, IReadRepository<Person> people, IReadRepository<Organisation> organisations, IAuthorizationService authorization) : PageModel
{
    /// <summary>Whether the visitor may change the person's position (secretary or administrator).</summary>
    public bool CanEdit { get; private set; }

    public Person Person { get; private set; } = null!;

    /// <summary>The names of the organisations the person represents or represented, and of their seats' organisations.</summary>
    public IReadOnlyDictionary<OrganisationId, OrganisationNames> Organisations { get; private set; } = new Dictionary<OrganisationId, OrganisationNames>();

    /// <summary>The seats the person fills or filled on the committee being viewed, with the appointment.</summary>
    public IReadOnlyList<(Seat Seat, SeatRepresentative Appointment)> Seats { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await people.GetByIdAsync(new PersonId(id), cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        CanEdit = (await authorization.AuthorizeAsync(User, KratPolicies.CanEditCommittee)).Succeeded;
        if (await current.GetAsync(cancellationToken) is { } committee)
        {
            Seats = committee.Seats
                .SelectMany(s => s.Representatives.Where(r => r.PersonId == person.Id).Select(r => (s, r)))
                .OrderBy(x => x.r.Term.Start)
                .ToList();
        }

        List<OrganisationId> named = [.. person.Representations.Select(r => r.OrganisationId), .. Seats.Select(s => s.Seat.OrganisationId)];
        Organisations = (await organisations.ListAsync(new OrganisationNamesSpec([.. named.Distinct()]), cancellationToken)).ToDictionary(o => o.Id);

        return Page();
    }
}
