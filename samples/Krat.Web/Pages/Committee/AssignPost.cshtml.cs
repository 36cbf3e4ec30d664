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

/// <summary>Assigns a post (chair, vice-chair, secretary) to a seat from a day, or hands it over to the seat from that day.</summary>
public sealed class AssignPostModel(
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
            var seat = Seat!;
            var day = LocalDate.FromDateOnly(input.Day!.Value);
            if (input.HandOver)
            {
                committee.HandOverPost(seat.Body, input.Post!.Value, seat.Id, day);
            }
            else
            {
                committee.AssignPost(seat.Id, input.Post!.Value, Term.Between(day, input.Until is { } until ? LocalDate.FromDateOnly(until) : null));
            }

            return seat.Id;
        }, cancellationToken);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Day")]
        public DateOnly? Day { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Post")]
        public Post? Post { get; set; } = Domain.Committees.Post.ViceChair;

        /// <summary>Hand the post over from its current holder (it ends the day before) instead of adding an assignment.</summary>
        public bool HandOver { get; set; }

        public DateOnly? Until { get; set; }

        public int Version { get; set; }
    }
}
