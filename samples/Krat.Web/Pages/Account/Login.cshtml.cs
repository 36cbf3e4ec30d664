using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Krat.Web.Security;
using Microsoft.Extensions.Options;

namespace Krat.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<IdentityUser> signInManager,
    UnknownUserHashing unknownUsers,
    IOptions<KratSiteOptions> options,
    IStringLocalizer<SharedResource> texts) : PageModel
{
    /// <summary>What the form shows: empty, or the user name posted when signing in is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public string? ReturnUrl { get; private set; }

    /// <summary>Demo mode: the page lists the demo accounts with their passwords.</summary>
    public bool DemoMode => options.Value.DemoMode;

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Input))] InputModel input, string? returnUrl)
    {
        Input = input;
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signInManager.UserManager.FindByNameAsync(Input.UserName) is null)
        {
            // Same work as for a known user (a password hash is checked), so timing does not reveal user names.
            unknownUsers.Verify(Input.Password);
            ModelState.AddModelError(string.Empty, texts["Login.Failed"]);
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.UserName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage("/Index");
        }

        ModelState.AddModelError(string.Empty, texts[result.IsLockedOut ? "Login.LockedOut" : "Login.Failed"]);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Login.UserName")]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.Password)]
        [Display(Name = "Login.Password")]
        public string Password { get; set; } = string.Empty;
    }
}
