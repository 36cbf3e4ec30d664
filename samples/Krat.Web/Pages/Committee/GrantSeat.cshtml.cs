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

/// <summary>Grants a seat on the committee or the Technical Table to an organisation.</summary>
public sealed class GrantSeatModel(
    CurrentCommittee current,
    IRepository<CommitteeAggregate> committees,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people,
    FormErrors errors,
    IClock clock) : CommitteeFormModel(current, committees, organisations, people, errors, clock)
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        ShowFormAsync(null, () => Input = new InputModel { From = Today.ToDateOnly(), Version = Committee.Version }, cancellationToken);

    public Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
        return ChangeAsync(null, input.Version, committee => committee.GrantSeat(
            new OrganisationId(input.OrganisationId!.Value),
            input.Body!.Value,
            input.Role!.Value,
            input.Votes,
            Term.Between(LocalDate.FromDateOnly(input.From!.Value), input.Until is { } until ? LocalDate.FromDateOnly(until) : null)).Id, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task OfferChoicesAsync(CancellationToken cancellationToken) =>
        OfferOrganisationsAsync(Input.OrganisationId, cancellationToken);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Organisation")]
        public Guid? OrganisationId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Body")]
        public CommitteeBody? Body { get; set; } = CommitteeBody.Committee;

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Role")]
        public SeatRole? Role { get; set; } = SeatRole.Standing;

        public bool Votes { get; set; } = true;

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.From")]
        public DateOnly? From { get; set; }

        public DateOnly? Until { get; set; }

        public int Version { get; set; }
    }
}
