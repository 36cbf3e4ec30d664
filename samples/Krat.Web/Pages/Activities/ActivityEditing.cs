using System.Security.Claims;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Infrastructure.Repositories;
using Microsoft.AspNetCore.Mvc;

namespace Krat.Web.Pages.Activities;

/// <summary>What the pages that change an activity share: loading it with the access checks, and conflict messages.</summary>
public static class ActivityEditing
{
    /// <summary>The outcome of loading an activity for a change.</summary>
    public enum Access
    {
        Allowed,
        NotFound,
        Forbidden,
    }

    /// <summary>
    /// Loads the activity and checks that <paramref name="user"/> may change it: 404 when it does not exist or
    /// belongs to another committee, 403 when a member's organisation does not lead it.
    /// </summary>
    public static async Task<(Access Access, Activity? Activity)> LoadAsync(
        IRepository<Activity> activities, Guid id, ClaimsPrincipal user, Committee? committee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var activity = await activities.GetByIdAsync(new ActivityId(id), cancellationToken);
        if (activity is null || !ActivityAccess.CanSee(user, activity, committee))
        {
            return (Access.NotFound, null);
        }

        return ActivityAccess.CanChange(user, activity) ? (Access.Allowed, activity) : (Access.Forbidden, activity);
    }

    /// <summary>What a page answers when the access check refuses: 404 or 403; <see langword="null"/> when allowed.</summary>
    public static IActionResult? Refusal(Access access) => access switch
    {
        Access.NotFound => new NotFoundResult(),
        Access.Forbidden => new StatusCodeResult(StatusCodes.Status403Forbidden),
        _ => null,
    };
}
