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
    [BindProperty]
    public InputModel Input { get; set; } = new();

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

    public Task<IActionResult> OnPostPostponeAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, a => a.Postpone(Input.Reason), "Input.Reason", cancellationToken);

    public Task<IActionResult> OnPostRescheduleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Input.NewStart is null)
        {
            ModelState.AddModelError("Input.NewStart", string.Format(ActivitiesText.ValidationRequired, ActivitiesText.FieldNewStart));
        }

        return ChangeAsync(
            id,
            a => a.Reschedule(Activity.Days(LocalDate.FromDateOnly(Input.NewStart!.Value), Input.NewEnd is { } end ? LocalDate.FromDateOnly(end) : null)),
            "Input.NewStart",
            cancellationToken);
    }

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError("Input.Reason", string.Format(ActivitiesText.ValidationRequired, ActivitiesText.FieldReason));
        }

        return ChangeAsync(id, a => a.Cancel(Input.Reason!), "Input.Reason", cancellationToken);
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

    public sealed class InputModel
    {
        [StringLength(Activity.MaxReasonLength, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationMaxLength))]
        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldReason))]
        public string? Reason { get; set; }

        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldNewStart))]
        [DataType(DataType.Date)]
        public DateOnly? NewStart { get; set; }

        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldNewEnd))]
        [DataType(DataType.Date)]
        public DateOnly? NewEnd { get; set; }

        public int Version { get; set; }
    }
}
