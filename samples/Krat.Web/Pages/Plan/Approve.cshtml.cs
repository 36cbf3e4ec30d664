using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Plans;
using Krat.Domain.Plans.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Charts;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Krat.Web.Pages.Plan;

/// <summary>
/// Approves a draft plan by a decision of one of the committee's meetings (decisions of kind "approve a plan"), on
/// the day of that meeting. Secretary or administrator; the domain refuses a plan that is not a draft or has no measure.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class ApproveModel(CurrentCommittee current, IRepository<ActionPlan> plans, IReadRepository<Meeting> meetings, IStringLocalizer<PlanText> texts, FormErrors errors) : PageModel
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public ActionPlan Plan { get; private set; } = null!;

    public IReadOnlyList<DecisionOption> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel { DecisionId = Decisions.Count > 0 ? Decisions[0].DecisionId : null, Version = Plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var chosen = Decisions.FirstOrDefault(d => d.DecisionId == Input.DecisionId);
        if (chosen is null)
        {
            ModelState.AddModelError("Input.DecisionId", texts["Validation.Decision", texts["Plan.Approve.Decision"]]);
            return Page();
        }

        try
        {
            Plan.Approve(new DecisionId(chosen.DecisionId), chosen.Date);
            await plans.UpdateAsync(Plan, Input.Version, cancellationToken);
            await plans.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception))
        {
            return Page();
        }

        return RedirectToPage("/Plan/Details", new { id, qark = Request.Qark() });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await PlanEditing.LoadAsync(plans, current, id, cancellationToken);
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        var approvals = await meetings.ListAsync(new PlanApprovalMeetingsSpec(plan.CommitteeId), cancellationToken);
        Decisions = [.. approvals.SelectMany(m => m.Decisions
            .Where(d => d.Kind == DecisionKind.ApprovePlan)
            .OrderBy(d => d.Number)
            .Select(d => new DecisionOption(d.Id.Value, m.Date, $"{DisplayText.Date(m.Date)} — {m.Title ?? m.Kind.Label().In()} — {texts["Plan.Decision", d.Number]}: {d.Text}")))];
        return true;
    }

    /// <summary>A decision the plan may be approved by, with the day of its meeting.</summary>
    public sealed record DecisionOption(Guid DecisionId, NodaTime.LocalDate Date, string Text);

    public sealed class InputModel
    {
        public Guid? DecisionId { get; set; }

        public int Version { get; set; }
    }
}
