using System.Security.Claims;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Reports;
using Krat.Web.Security;

namespace Krat.Web.Pages.Activities;

/// <summary>Who may see and change an activity; every handler asks here, not only the links.</summary>
public static class ActivityAccess
{
    /// <summary>
    /// Whether <paramref name="user"/> may see <paramref name="activity"/> while viewing <paramref name="committee"/>:
    /// the public only public activities of the viewed committee; administrators any activity of the viewed
    /// committee; secretaries and members any activity of their own committee (the committee scope already hides
    /// the others).
    /// </summary>
    public static bool CanSee(ClaimsPrincipal user, Activity activity, Committee? committee)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(activity);
        if (user.Identity?.IsAuthenticated != true)
        {
            return committee is not null && activity.CommitteeId == committee.Id && ReportAudience.Public.Sees(activity);
        }

        return user.IsInRole(KratRoles.Administrator)
            ? committee is not null && activity.CommitteeId == committee.Id
            : activity.CommitteeId == user.CommitteeId();
    }

    /// <summary>Whether the signed-in user sees internal activities too.</summary>
    public static bool SeesInternal(ClaimsPrincipal user) => user?.Identity?.IsAuthenticated == true;

    /// <summary>
    /// Whom the site serves <paramref name="user"/> as, for every list, export and report that counts activities: the
    /// committee (all activities) when signed in, else the public (public activities only,
    /// <see cref="ReportAudiences.Counts"/>). The one place the site decides it.
    /// </summary>
    public static ReportAudience Audience(ClaimsPrincipal user) => SeesInternal(user) ? ReportAudience.Committee : ReportAudience.Public;

    /// <summary>Whether the user records activities for any organisation (administrator or secretary).</summary>
    public static bool ActsForAnyOrganisation(ClaimsPrincipal user) =>
        user is not null && (user.IsInRole(KratRoles.Administrator) || user.IsInRole(KratRoles.Secretary));

    /// <summary>
    /// Whether <paramref name="user"/> may change <paramref name="activity"/>: administrators and secretaries
    /// always, a member only when its organisation leads the activity.
    /// </summary>
    public static bool CanChange(ClaimsPrincipal user, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ActsForAnyOrganisation(user)
            || (user.IsInRole(KratRoles.Member) && user.OrganisationId() is { } own && own == activity.LeadOrganisationId);
    }
}
