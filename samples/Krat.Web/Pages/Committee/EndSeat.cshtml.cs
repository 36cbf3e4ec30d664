using System.ComponentModel.DataAnnotations;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using CommitteeAggregate = Krat.Domain.Committees.Committee;

namespace Krat.Web.Pages.CommitteePages;

/// <summary>Ends a seat (and its posts and representatives) on a day.</summary>
public sealed class EndSeatModel(
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

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, Input.Version, committee =>
        {
            committee.EndSeat(Seat!.Id, LocalDate.FromDateOnly(Input.Day!.Value));
            return Seat.Id;
        }, cancellationToken);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.RequiredValue")]
        public DateOnly? Day { get; set; }

        public int Version { get; set; }
    }
}
