using Krat.Domain.Geography;
using Krat.Domain.Plans;
using Krat.Infrastructure.Repositories;
using Krat.Web.Charts;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Plan;

/// <summary>Closes an approved plan on a day (not before its approval). Secretary or administrator.</summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class CloseModel(CurrentCommittee current, IRepository<ActionPlan> plans, IClock clock, IStringLocalizer<PlanText> texts, FormErrors errors) : PageModel
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public ActionPlan Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await PlanEditing.LoadAsync(plans, current, id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        Input = new InputModel { On = DisplayText.Iso(Albania.Today(clock)), Version = plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
        var plan = await PlanEditing.LoadAsync(plans, current, id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        var on = EditSupport.ParseDate(Input.On, "Input.On", texts["Plan.Close.On"], ModelState, texts);
        if (on is null)
        {
            return Page();
        }

        try
        {
            plan.Close(on.Value);
            await plans.UpdateAsync(plan, Input.Version, cancellationToken);
            await plans.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception))
        {
            return Page();
        }

        return RedirectToPage("/Plan/Details", new { id, qark = Request.Qark() });
    }

    public sealed class InputModel
    {
        public string? On { get; set; }

        public int Version { get; set; }
    }
}
