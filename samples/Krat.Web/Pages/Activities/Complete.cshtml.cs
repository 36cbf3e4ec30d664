using System.ComponentModel.DataAnnotations;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Krat.Web.Pages.Activities;

/// <summary>Records that a planned activity was held, with the people it reached (not after today in Tirana).</summary>
[Authorize(Policy = KratPolicies.CanRecordActivities)]
public sealed class CompleteModel(IRepository<Activity> activities, CurrentCommittee current, IClock clock, FormErrors errors) : PageModel
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
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

        Input = new InputModel
        {
            ActualStart = Activity.PlannedDays.Start.ToDateOnly(),
            ActualEnd = Activity.PlannedDays.End == Activity.PlannedDays.Start ? null : Activity.PlannedDays.End.ToDateOnly(),
            Version = Activity.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
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
            var reach = Reach.Of(Input.Total!.Value, Input.Women, Input.Men, Input.Children, Input.Adults);
            var days = Activity.Days(LocalDate.FromDateOnly(Input.ActualStart!.Value), Input.ActualEnd is { } end ? LocalDate.FromDateOnly(end) : null);
            Activity.Complete(days, reach, Albania.Today(clock));
            await activities.UpdateAsync(Activity, Input.Version, cancellationToken);
            await activities.SaveChangesAsync(cancellationToken);
            return RedirectToPage("/Activities/Details", new { id, qark = Qark });
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception, FieldOf(exception)))
        {
            return Page();
        }
    }

    /// <summary>The form field a refused completion belongs to ("" for the whole form).</summary>
    private static string FieldOf(Exception exception) => exception switch
    {
        DomainException { Rule: "activity.actual-not-future" } => "Input.ActualStart",
        ArgumentException { ParamName: "start" } => "Input.ActualStart",
        ArgumentException { ParamName: "end" } => "Input.ActualEnd",
        ArgumentException { ParamName: "women" } => "Input.Women",
        ArgumentException { ParamName: "men" } => "Input.Men",
        ArgumentException { ParamName: "children" } => "Input.Children",
        ArgumentException { ParamName: "adults" } => "Input.Adults",
        ArgumentException { ParamName: "total" } => "Input.Total",
        _ => string.Empty,
    };

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
        [Required(ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationRequired))]
        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldActualStart))]
        [DataType(DataType.Date)]
        public DateOnly? ActualStart { get; set; }

        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldActualEnd))]
        [DataType(DataType.Date)]
        public DateOnly? ActualEnd { get; set; }

        [Required(ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationRequired))]
        [Range(0, Reach.MaxTotal, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationRange))]
        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldTotal))]
        public int? Total { get; set; }

        [Range(0, Reach.MaxTotal, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationRange))]
        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldWomen))]
        public int? Women { get; set; }

        [Range(0, Reach.MaxTotal, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationRange))]
        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldMen))]
        public int? Men { get; set; }

        [Range(0, Reach.MaxTotal, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationRange))]
        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldChildren))]
        public int? Children { get; set; }

        [Range(0, Reach.MaxTotal, ErrorMessageResourceType = typeof(ActivitiesText), ErrorMessageResourceName = nameof(ActivitiesText.ValidationRange))]
        [Display(ResourceType = typeof(ActivitiesText), Name = nameof(ActivitiesText.FieldAdults))]
        public int? Adults { get; set; }

        public int Version { get; set; }
    }
}
