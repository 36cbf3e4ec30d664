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
    /// <summary>The most organisations a picker lists before the visitor narrows it with a search (as on the meeting's record).</summary>
    public const int PickerSize = 60;

    public CommitteeAggregate Committee { get; private set; } = null!;

    public Seat? Seat { get; private set; }

    /// <summary>The names of the seat's organisation (read through <see cref="OrganisationNamesSpec"/>, only those shown).</summary>
    public IReadOnlyDictionary<OrganisationId, OrganisationNames> Organisations { get; private set; } = new Dictionary<OrganisationId, OrganisationNames>();

    /// <summary>The names of the seat's representatives (read through <see cref="PersonNamesSpec"/>, only those shown).</summary>
    public IReadOnlyDictionary<PersonId, PersonName> People { get; private set; } = new Dictionary<PersonId, PersonName>();

    /// <summary>The text narrowing the organisation picker (<c>?org=</c>), diacritics ignored.</summary>
    [FromQuery(Name = "org")]
    public string? Find { get; set; }

    /// <summary>Whether there are more organisations than the picker lists (the search narrows them).</summary>
    public bool MoreOrganisations { get; private set; }

    private IReadOnlyList<OrganisationNames> _organisationChoices = [];
    private IReadOnlyList<(PersonId Id, string Name)> _personChoices = [];
    private IReadOnlyList<PersonName> _representatives = [];

    /// <summary>The organisations the picker offers (<see cref="OfferOrganisationsAsync"/>): never every organisation of the country.</summary>
    public IEnumerable<SelectListItem> OrganisationChoices =>
        _organisationChoices.Select(o => new SelectListItem(o.DisplayName(System.Globalization.CultureInfo.CurrentUICulture), o.Id.Value.ToString()));

    /// <summary>The people the picker offers (<see cref="OfferPeopleOfSeatAsync"/>, <see cref="OfferRepresentatives"/>): never everybody.</summary>
    public IEnumerable<SelectListItem> PersonChoices =>
        _personChoices.Select(p => new SelectListItem(p.Name, p.Id.Value.ToString()));

    protected LocalDate Today => Albania.Today(clock);

    /// <summary>Reads one whole person (an appointment checks whom they represent), or null when the id names nobody.</summary>
    protected Task<Person?> FindPersonAsync(PersonId id, CancellationToken cancellationToken) => people.GetByIdAsync(id, cancellationToken);

    /// <summary>
    /// Loads the committee, tracked so that <see cref="SaveAsync"/> can save a verb's changes (and the seat when
    /// <paramref name="seatId"/> is given, with the names of its organisation and representatives); false when either
    /// is not found.
    /// </summary>
    protected async Task<bool> LoadAsync(Guid? seatId, CancellationToken cancellationToken)
    {
        if (await current.GetForChangeAsync(cancellationToken) is not { } committee)
        {
            return false;
        }

        Committee = committee;
        if (seatId is { } id)
        {
            Seat = committee.FindSeat(new SeatId(id));
            if (Seat is null)
            {
                return false;
            }

            Organisations = (await organisations.ListAsync(new OrganisationNamesSpec([Seat.OrganisationId]), cancellationToken)).ToDictionary(o => o.Id);
            _representatives = await people.ListAsync(new PersonNamesSpec([.. Seat.Representatives.Select(r => r.PersonId).Distinct()]), cancellationToken);
            People = _representatives.ToDictionary(p => p.Id);
        }

        await OfferChoicesAsync(cancellationToken);
        return true;
    }

    /// <summary>Loads what the form's pickers offer, once the committee (and seat) are loaded; nothing by default.</summary>
    protected virtual Task OfferChoicesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Offers the organisations of the committee's county and the central ones, narrowed by <see cref="Find"/> and at
    /// most <see cref="PickerSize"/>, with the one posted (<paramref name="chosen"/>) when it is another.
    /// </summary>
    protected async Task OfferOrganisationsAsync(Guid? chosen, CancellationToken cancellationToken)
    {
        var choices = await organisations.ListAsync(new OrganisationChoicesSpec(Committee.County, Find, PickerSize + 1), cancellationToken);
        MoreOrganisations = choices.Count > PickerSize;
        List<OrganisationNames> offered = [.. choices.Take(PickerSize)];
        if (chosen is { } posted && offered.All(o => o.Id.Value != posted))
        {
            offered.AddRange(await organisations.ListAsync(new OrganisationNamesSpec([new OrganisationId(posted)]), cancellationToken));
        }

        _organisationChoices = offered;
    }

    /// <summary>Offers the people of the seat's organisation (who can be appointed to it), by name.</summary>
    protected async Task OfferPeopleOfSeatAsync(CancellationToken cancellationToken)
    {
        var lines = await people.ListAsync(new PeopleOfOrganisationsSpec([Seat!.OrganisationId]), cancellationToken);
        _personChoices = [.. lines.Select(l => (l.PersonId, l.ToString()))];
    }

    /// <summary>Offers the seat's representatives (whose appointment can end), by name.</summary>
    protected void OfferRepresentatives() =>
        _personChoices = [.. _representatives.Select(p => (p.Id, p.ToString()))];

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
