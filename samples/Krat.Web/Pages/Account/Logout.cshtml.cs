using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Account;

/// <summary>Signing out is a POST (with the anti-forgery token), so a link elsewhere cannot sign a user out.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<IdentityUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends the session on the server: a copy of the cookie taken before is refused.
        if (await signInManager.UserManager.GetUserAsync(User) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
