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
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        ShowFormAsync(null, () => Input = new InputModel { From = Today.ToDateOnly(), Version = Committee.Version }, cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ChangeAsync(null, Input.Version, committee => committee.GrantSeat(
            new OrganisationId(Input.OrganisationId!.Value),
            Input.Body!.Value,
            Input.Role!.Value,
            Input.Votes, Term.Between(LocalDate.FromDateOnly(Input.From!.Value), Input.Until is { } until ? LocalDate.FromDateOnly(until) : null)).Id, cancellationToken);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.RequiredValue")]
        public Guid? OrganisationId { get; set; }

        [Required(ErrorMessage = "Validation.RequiredValue")]
        public CommitteeBody? Body { get; set; } = CommitteeBody.Committee;

        [Required(ErrorMessage = "Validation.RequiredValue")]
        public SeatRole? Role { get; set; } = SeatRole.Standing;

        public bool Votes { get; set; } = true;

        [Required(ErrorMessage = "Validation.RequiredValue")]
        public DateOnly? From { get; set; }

        public DateOnly? Until { get; set; }

        public int Version { get; set; }
    }
}
