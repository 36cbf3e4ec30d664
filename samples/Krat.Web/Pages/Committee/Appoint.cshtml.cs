using System.ComponentModel.DataAnnotations;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using CommitteeAggregate = Krat.Domain.Committees.Committee;

namespace Krat.Web.Pages.CommitteePages;

/// <summary>Appoints a person to fill a seat as titular or deputy from a day.</summary>
public sealed class AppointModel(
    CurrentCommittee current,
    IRepository<CommitteeAggregate> committees,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people,
    FormErrors errors,
    IClock clock) : CommitteeFormModel(current, committees, organisations, people, errors, clock)
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        ShowFormAsync(id, () => Input = new InputModel { Version = Committee.Version, Day = Today.ToDateOnly() }, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // The rule needs the person's representations (the pickers hold names only); a person not in the directory is
        // a form error.
        var found = input.PersonId is { } personId ? await FindPersonAsync(new PersonId(personId), cancellationToken) : null;
        if (input.PersonId is not null && found is null)
        {
            ModelState.AddModelError("Input.PersonId", new Label("Fusha „Personi” tregon dikë që nuk është në regjistër; zgjidhni një person nga lista.", "The field “Person” names someone who is not in the directory; choose a person from the list.").In());
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return await SaveAsync(input.Version, committee =>
        {
            var person = found!;
            committee.AppointRepresentative(Seat!.Id, person, input.Capacity!.Value, Term.Between(LocalDate.FromDateOnly(input.Day!.Value), input.Until is { } until ? LocalDate.FromDateOnly(until) : null));
            return Seat.Id;
        }, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task OfferChoicesAsync(CancellationToken cancellationToken) => OfferPeopleOfSeatAsync(cancellationToken);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Day")]
        public DateOnly? Day { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Person")]
        public Guid? PersonId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Capacity")]
        public RepresentationCapacity? Capacity { get; set; } = RepresentationCapacity.Titular;

        public DateOnly? Until { get; set; }

        public int Version { get; set; }
    }
}
