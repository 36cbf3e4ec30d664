using System.ComponentModel.DataAnnotations;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using CommitteeAggregate = Krat.Domain.Committees.Committee;

namespace Krat.Web.Pages.CommitteePages;

/// <summary>Ends the appointment of a person to a seat on a day.</summary>
public sealed class EndRepresentativeModel(
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

    public Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
        return ChangeAsync(id, input.Version, committee =>
        {
            committee.EndRepresentation(Seat!.Id, new PersonId(input.PersonId!.Value), LocalDate.FromDateOnly(input.Day!.Value));
            return Seat.Id;
        }, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task OfferChoicesAsync(CancellationToken cancellationToken)
    {
        OfferRepresentatives();
        return Task.CompletedTask;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Day")]
        public DateOnly? Day { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Person")]
        public Guid? PersonId { get; set; }

        public int Version { get; set; }
    }
}
