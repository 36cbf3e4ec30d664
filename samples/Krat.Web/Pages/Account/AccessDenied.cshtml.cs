using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Account;

/// <summary>Where the sign-in cookie sends a signed-in user who lacks the policy of a page.</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
