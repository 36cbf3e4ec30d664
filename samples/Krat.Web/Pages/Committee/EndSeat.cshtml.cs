using System.ComponentModel.DataAnnotations;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;
using CommitteeAggregate = Krat.Domain.Committees.Committee;

namespace Krat.Web.Pages.CommitteePages;

/// <summary>Ends a seat (and its posts and representatives) on a day.</summary>
public sealed class EndSeatModel(
    CurrentCommittee current,
    IRepository<CommitteeAggregate> committees,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people,
    IStringLocalizer<GovernanceText> texts,
    IClock clock) : CommitteeFormModel(current, committees, organisations, people, texts, clock)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel { Version = Committee.Version };
        Input.Day = Today.ToDateOnly();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var seat = Seat!;
        return await SaveAsync(Input.Version, committee =>
        {
            committee.EndSeat(seat.Id, LocalDate.FromDateOnly(Input.Day!.Value));
            return seat.Id;
        }, cancellationToken);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.RequiredValue")]
        public DateOnly? Day { get; set; }

        public int Version { get; set; }
    }
}
