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
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        ShowFormAsync(id, () => Input = new InputModel { Version = Committee.Version, Day = Today.ToDateOnly() }, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // The rule needs the person's representations (the pickers hold names only); a person not in the directory is
        // a form error.
        var found = Input.PersonId is { } personId ? await FindPersonAsync(new PersonId(personId), cancellationToken) : null;
        if (Input.PersonId is not null && found is null)
        {
            ModelState.AddModelError("Input.PersonId", new Label("Ky person nuk është në regjistër.", "This person is not in the directory.").In());
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return await SaveAsync(Input.Version, committee =>
        {
            var person = found!;
            committee.AppointRepresentative(Seat!.Id, person, Input.Capacity!.Value, Term.Between(LocalDate.FromDateOnly(Input.Day!.Value), Input.Until is { } until ? LocalDate.FromDateOnly(until) : null));
            return Seat.Id;
        }, cancellationToken);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.RequiredValue")]
        public DateOnly? Day { get; set; }

        [Required(ErrorMessage = "Validation.RequiredValue")]
        public Guid? PersonId { get; set; }

        [Required(ErrorMessage = "Validation.RequiredValue")]
        public RepresentationCapacity? Capacity { get; set; } = RepresentationCapacity.Titular;

        public DateOnly? Until { get; set; }

        public int Version { get; set; }
    }
}
