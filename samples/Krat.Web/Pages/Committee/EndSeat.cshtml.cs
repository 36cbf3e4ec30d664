using System.ComponentModel.DataAnnotations;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using CommitteeAggregate = Krat.Domain.Committees.Committee;

namespace Krat.Web.Pages.CommitteePages;

/// <summary>
/// Ends a seat (and its posts and representatives) on a day. A service provider's Technical Table seat ends with the
/// provider's membership, in one step and one save (<see cref="TechnicalTableMembership.Leave"/>).
/// </summary>
public sealed class EndSeatModel(
    CurrentCommittee current,
    IRepository<CommitteeAggregate> committees,
    IRepository<Krat.Domain.Partnerships.ServiceProvider> providers,
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

        var provider = Seat!.ServiceProviderId is { } providerId ? await providers.GetByIdAsync(providerId, cancellationToken) : null;
        return await SaveAsync(input.Version, committee =>
        {
            var last = LocalDate.FromDateOnly(input.Day!.Value);
            if (provider is null)
            {
                committee.EndSeat(Seat.Id, last);
            }
            else
            {
                TechnicalTableMembership.Leave(committee, provider, last);
            }

            return Seat.Id;
        }, cancellationToken);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Day")]
        public DateOnly? Day { get; set; }

        public int Version { get; set; }
    }
}
