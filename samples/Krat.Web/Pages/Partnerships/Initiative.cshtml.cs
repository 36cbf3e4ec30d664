using Krat.Domain.Geography;
using Krat.Domain.Initiatives;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Charts;
using Krat.Web.Hosting;
using Krat.Web.Pages.Plan;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Partnerships;

/// <summary>
/// Moves an initiative one step: endorse a draft (by an organisation, on a day), activate an endorsed one, complete
/// an active one. Secretary or administrator; the domain enforces the order of steps and of dates, and its message
/// is shown when a step is refused.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class InitiativeModel(
    CurrentCommittee current,
    IRepository<Initiative> initiatives,
    IReadRepository<Organisation> organisations,
    IClock clock,
    IStringLocalizer<PlanText> texts, FormErrors errors) : PageModel
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public Initiative Initiative { get; private set; } = null!;

    /// <summary>
    /// The organisations that can endorse, by name: those of the committee's county and the central ones (capped like
    /// every picker), and the one posted if it is another.
    /// </summary>
    public IReadOnlyList<OrganisationNames> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel { On = DisplayText.Iso(Albania.Today(clock)), Version = Initiative.Version };
        return Page();
    }

    public Task<IActionResult> OnPostEndorseAsync(Guid id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
        return ChangeAsync(id, "Endorse", (initiative, on) =>
        {
            if (input.OrganisationId is not { } organisation || Organisations.All(o => o.Id.Value != organisation))
            {
                ModelState.AddModelError("Input.OrganisationId", texts["Validation.Choose", texts["Initiative.EndorsingOrganisation"]]);
                return false;
            }

            initiative.Endorse(Endorsement.By(on, new OrganisationId(organisation)));
            return true;
        }, cancellationToken);
    }

    public Task<IActionResult> OnPostActivateAsync(Guid id, [Bind(Prefix = nameof(Input))] DayInput input, CancellationToken cancellationToken)
    {
        Input = new InputModel { On = input.On, Version = input.Version };
        return ChangeAsync(id, "Activate", (initiative, on) => { initiative.Activate(on); return true; }, cancellationToken);
    }

    public Task<IActionResult> OnPostCompleteAsync(Guid id, [Bind(Prefix = nameof(Input))] DayInput input, CancellationToken cancellationToken)
    {
        Input = new InputModel { On = input.On, Version = input.Version };
        return ChangeAsync(id, "Complete", (initiative, on) => { initiative.Complete(on); return true; }, cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(Guid id, string step, Func<Initiative, LocalDate, bool> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var on = EditSupport.ParseDate(Input.On, "Input.On", texts["Initiative.On." + step], ModelState, texts);
        if (on is null)
        {
            return Page();
        }

        try
        {
            if (!change(Initiative, on.Value))
            {
                return Page();
            }

            await initiatives.UpdateAsync(Initiative, Input.Version, cancellationToken);
            await initiatives.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception))
        {
            return Page();
        }

        return RedirectToPage("/Partnerships/Index", null, new { qark = Request.Qark() }, $"initiative-{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        var initiative = await initiatives.GetByIdAsync(new InitiativeId(id), cancellationToken);
        if (committee is null || initiative is null || initiative.CommitteeId != committee.Id)
        {
            return false;
        }

        Initiative = initiative;
        var choices = await organisations.ListAsync(new OrganisationChoicesSpec(committee.County), cancellationToken);
        var posted = Input.OrganisationId is { } chosen && choices.All(o => o.Id.Value != chosen)
            ? await organisations.ListAsync(new OrganisationNamesSpec([new OrganisationId(chosen)]), cancellationToken)
            : [];
        Organisations = [.. choices, .. posted];
        return true;
    }

    /// <summary>Activating or completing: the day, and the version the page was built from.</summary>
    public class DayInput
    {
        public string? On { get; set; }

        public int Version { get; set; }
    }

    /// <summary>Endorsing: the day and the endorsing organisation (also what the form shows).</summary>
    public sealed class InputModel : DayInput
    {
        public Guid? OrganisationId { get; set; }
    }
}
