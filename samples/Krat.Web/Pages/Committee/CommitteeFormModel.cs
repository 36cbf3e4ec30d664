using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using NodaTime;
using CommitteeAggregate = Krat.Domain.Committees.Committee;

namespace Krat.Web.Pages.CommitteePages;

/// <summary>
/// Base of the pages that change the committee's seats (secretary or administrator): loads the committee being
/// viewed and, when the address names one, its seat (404 otherwise); runs a verb and saves with the version the
/// form was loaded with, showing a failed rule or a conflict as a form error.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public abstract class CommitteeFormModel(
    CurrentCommittee current,
    IRepository<CommitteeAggregate> committees,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people,
    FormErrors errors,
    IClock clock) : PageModel
{
    public CommitteeAggregate Committee { get; private set; } = null!;

    public Seat? Seat { get; private set; }

    /// <summary>The names of the organisations (read through <see cref="OrganisationNamesSpec"/>, not whole organisations).</summary>
    public IReadOnlyDictionary<OrganisationId, OrganisationNames> Organisations { get; private set; } = new Dictionary<OrganisationId, OrganisationNames>();

    /// <summary>The names of the people (read through <see cref="PersonNamesSpec"/>, not whole people).</summary>
    public IReadOnlyDictionary<PersonId, PersonName> People { get; private set; } = new Dictionary<PersonId, PersonName>();

    private IReadOnlyList<OrganisationNames> _organisationsInOrder = [];
    private IReadOnlyList<PersonName> _peopleInOrder = [];

    public IEnumerable<SelectListItem> OrganisationChoices =>
        _organisationsInOrder.Select(o => new SelectListItem(o.DisplayName(System.Globalization.CultureInfo.CurrentUICulture), o.Id.Value.ToString()));

    public IEnumerable<SelectListItem> PersonChoices =>
        _peopleInOrder.Select(p => new SelectListItem(p.ToString(), p.Id.Value.ToString()));

    protected LocalDate Today => Albania.Today(clock);

    /// <summary>Reads one whole person (an appointment checks whom they represent), or null when the id names nobody.</summary>
    protected Task<Person?> FindPersonAsync(PersonId id, CancellationToken cancellationToken) => people.GetByIdAsync(id, cancellationToken);

    /// <summary>
    /// Loads the committee, tracked so that <see cref="SaveAsync"/> can save a verb's changes (and the seat when
    /// <paramref name="seatId"/> is given); false when either is not found.
    /// </summary>
    protected async Task<bool> LoadAsync(Guid? seatId, CancellationToken cancellationToken)
    {
        if (await current.GetForChangeAsync(cancellationToken) is not { } committee)
        {
            return false;
        }

        Committee = committee;
        _organisationsInOrder = await organisations.ListAsync(new OrganisationNamesSpec(), cancellationToken);
        _peopleInOrder = await people.ListAsync(new PersonNamesSpec(), cancellationToken);
        Organisations = _organisationsInOrder.ToDictionary(o => o.Id);
        People = _peopleInOrder.ToDictionary(p => p.Id);
        if (seatId is { } id)
        {
            Seat = committee.FindSeat(new SeatId(id));
            return Seat is not null;
        }

        return true;
    }

    /// <summary>Shows the form once the committee (and the seat named by <paramref name="seatId"/>) is loaded; 404 otherwise.</summary>
    protected async Task<IActionResult> ShowFormAsync(Guid? seatId, Action prepare, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepare);
        if (!await LoadAsync(seatId, cancellationToken))
        {
            return NotFound();
        }

        prepare();
        return Page();
    }

    /// <summary>Loads the committee (and seat; 404 when missing), then runs <paramref name="verb"/> and saves (<see cref="SaveAsync"/>).</summary>
    protected async Task<IActionResult> ChangeAsync(Guid? seatId, int version, Func<CommitteeAggregate, SeatId> verb, CancellationToken cancellationToken) =>
        await LoadAsync(seatId, cancellationToken)
            ? await SaveAsync(version, verb, cancellationToken)
            : NotFound();

    /// <summary>Runs <paramref name="verb"/> on the committee and saves it; back to the seat's history on success.</summary>
    protected async Task<IActionResult> SaveAsync(int version, Func<CommitteeAggregate, SeatId> verb, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verb);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var seatId = verb(Committee);
            await committees.UpdateAsync(Committee, version, cancellationToken);
            await committees.SaveChangesAsync(cancellationToken);
            return RedirectToPage("/Committee/Seat", new { id = seatId.Value });
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception))
        {
            return Page();
        }
    }
}
