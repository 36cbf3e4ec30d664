using System.ComponentModel.DataAnnotations;
using Krat.Domain.Activities;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Krat.Web.Pages.Activities;

/// <summary>
/// Postpones, reschedules or cancels an activity, as the domain allows (Planned → Postponed | Cancelled;
/// Postponed → Planned | Cancelled); a transition the domain refuses shows its message.
/// </summary>
[Authorize(Policy = KratPolicies.CanRecordActivities)]
public sealed class ScheduleModel(IRepository<Activity> activities, CurrentCommittee current, FormErrors errors) : PageModel
{
    /// <summary>What the form shows: the activity's version, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public Activity Activity { get; private set; } = null!;

    public string? Qark => Request.Qark();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        Input = new InputModel { Version = Activity.Version };
        return Page();
    }

    /// <summary>A post without one of the three buttons: access is checked as for them, then it is a bad request.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? BadRequest();

    public Task<IActionResult> OnPostPostponeAsync(Guid id, [Bind(Prefix = nameof(Input))] ReasonInput input, CancellationToken cancellationToken)
    {
        Input = new InputModel { Reason = input.Reason, Version = input.Version };
        return ChangeAsync(id, a => a.Postpone(input.Reason), "Input.Reason", cancellationToken);
    }

    public Task<IActionResult> OnPostRescheduleAsync(Guid id, [Bind(Prefix = nameof(Input))] RescheduleInput input, CancellationToken cancellationToken)
    {
        Input = new InputModel { NewStart = input.NewStart, NewEnd = input.NewEnd, Version = input.Version };
        if (input.NewStart is null)
        {
            ModelState.AddModelError("Input.NewStart", string.Format(ActivitiesText.ValidationRequired, ActivitiesText.FieldNewStart));
        }

        return ChangeAsync(
            id,
            a => a.Reschedule(Activity.Days(LocalDate.FromDateOnly(input.NewStart!.Value), input.NewEnd is { } end ? LocalDate.FromDateOnly(end) : null)),
            "Input.NewStart",
            cancellationToken);
    }

    public Task<IActionResult> OnPostCancelAsync(Guid id, [Bind(Prefix = nameof(Input))] ReasonInput input, CancellationToken cancellationToken)
    {
        Input = new InputModel { Reason = input.Reason, Version = input.Version };
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            ModelState.AddModelError("Input.Reason", string.Format(ActivitiesText.ValidationRequired, ActivitiesText.FieldReason));
        }

        return ChangeAsync(id, a => a.Cancel(input.Reason!), "Input.Reason", cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Action<Activity> change, string field, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            change(Activity);
            await activities.UpdateAsync(Activity, Input.Version, cancellationToken);
            await activities.SaveChangesAsync(cancellationToken);
            return RedirectToPage("/Activities/Details", new { id, qark = Qark });
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception, exception switch
        {
            ArgumentException { ParamName: "end" } => "Input.NewEnd",
            ArgumentException => field,
            _ => string.Empty,
        }))
        {
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        var (access, activity) = await ActivityEditing.LoadAsync(activities, id, User, committee, cancellationToken);
        if (ActivityEditing.Refusal(access) is { } refusal)
        {
            return refusal;
        }

        Activity = activity!;
        return null;
    }

    /// <summary>What the form shows: the fields of both of its forms (postpone or cancel with a reason, reschedule with dates).</summary>
    public sealed class InputModel : RescheduleInput
    {
        [StringLength(Activity.MaxReasonLength, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationMaxLength))]
        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldReason))]
        public string? Reason { get; set; }
    }

    /// <summary>Postponing or cancelling: the reason (required to cancel) and the version the page was built from.</summary>
    public sealed class ReasonInput
    {
        [StringLength(Activity.MaxReasonLength, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationMaxLength))]
        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldReason))]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    /// <summary>Rescheduling: the new first (required) and last day, and the version the page was built from.</summary>
    public class RescheduleInput
    {
        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldNewStart))]
        [DataType(DataType.Date)]
        public DateOnly? NewStart { get; set; }

        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldNewEnd))]
        [DataType(DataType.Date)]
        public DateOnly? NewEnd { get; set; }

        public int Version { get; set; }
    }
}
