using Krat.Domain.Committees;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Reports;

/// <summary>One report on the list: its page, text keys, and who may open it.</summary>
public sealed record ReportEntry(string Page, string Key, ReportAccess Access);

/// <summary>Who may open a report (what a report then counts is its <see cref="Domain.Reports.ReportAudience"/>).</summary>
public enum ReportAccess
{
    /// <summary>Anyone: counts and published (suppressed) figures only.</summary>
    Public = 1,

    /// <summary>Signed-in users: names people, the committee's working records.</summary>
    SignedIn = 2,

    /// <summary>Administrators: every committee's figures.</summary>
    Administrators = 3,
}

/// <summary>The reports of the committee being viewed, with who may open each; the public sees the public ones.</summary>
[AllowAnonymous]
public sealed class IndexModel(CurrentCommittee current, IAuthorizationService authorization) : PageModel
{
    public static IReadOnlyList<ReportEntry> Entries { get; } =
    [
        new("/Reports/Period", "Period", ReportAccess.Public),
        new("/Reports/Coverage", "Coverage", ReportAccess.Public),
        new("/Reports/Statistics", "Statistics", ReportAccess.Public),
        new("/Reports/Attendance", "Attendance", ReportAccess.SignedIn),
        new("/Reports/Commitments", "Commitments", ReportAccess.SignedIn),
        new("/Reports/National", "National", ReportAccess.SignedIn),
        new("/Reports/Rollup", "Rollup", ReportAccess.Administrators),
    ];

    public Committee? Committee { get; private set; }

    public IReadOnlyList<ReportEntry> Visible { get; private set; } = [];

    public string? Qark => Request.Qark();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Committee = await current.GetAsync(cancellationToken);
        var signedIn = User.Identity?.IsAuthenticated == true;
        var admin = (await authorization.AuthorizeAsync(User, KratPolicies.CanAdminister)).Succeeded;
        Visible = [.. Entries.Where(e => e.Access switch
        {
            ReportAccess.Public => true,
            ReportAccess.SignedIn => signedIn,
            _ => admin,
        })];
    }
}
