#region complete
using System.ComponentModel.DataAnnotations;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Repositories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Prefektura.Korce.Pages;
/// <summary>Records that a planned activity took place and whom it reached: load, call the verb, save.</summary>
public sealed class CompleteActivityModel(IRepository<Activity> activities, IClock clock) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public CompleteInput Input { get; set; } = new();

    /// <summary>Shows the form with the activity's version (kept in a hidden field).</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var activity = await activities.GetByIdAsync(new ActivityId(id), cancellationToken);
        if (activity is null)
        {
            return NotFound();      // also what a scoped user gets for another committee's activity
        }

        Input = new CompleteInput { Version = activity.Version, Day = activity.PlannedDays.Start.ToDateOnly() };
        return Page();
    }

    /// <summary>Completes the activity if the rules allow it and nobody saved it since the form was shown.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var activity = await activities.GetByIdAsync(new ActivityId(id), cancellationToken);    // tracked: IRepository
        if (activity is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var today = Albania.Today(clock);
        try
        {
            activity.Complete(Activity.Days(LocalDate.FromDateOnly(Input.Day)), Reach.Of(Input.Total, Input.Women, Input.Men, Input.Children, Input.Adults), today);
            await activities.UpdateAsync(activity, Input.Version, cancellationToken);    // the version the user saw
            await activities.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);      // a rule, worded for a secretary (sq or en)
            return Page();
        }
        catch (ConcurrencyConflictException e)
        {
            ModelState.AddModelError(string.Empty, $"{e.ChangedBy} changed this activity at {e.ChangedAt}.");
            return Page();
        }

        return RedirectToPage("Report");
    }
}

/// <summary>What the form posts.</summary>
public sealed class CompleteInput
{
    /// <summary>The version of the activity the form was shown with.</summary>
    public int Version { get; set; }

    /// <summary>The day it took place.</summary>
    public DateOnly Day { get; set; }

    /// <summary>People reached.</summary>
    [Range(0, Reach.MaxTotal)]
    public int Total { get; set; }

    /// <summary>Of them women, if counted.</summary>
    public int? Women { get; set; }

    /// <summary>Of them men, if counted.</summary>
    public int? Men { get; set; }

    /// <summary>Of them children, if counted.</summary>
    public int? Children { get; set; }

    /// <summary>Of them adults, if counted.</summary>
    public int? Adults { get; set; }
}
#endregion
