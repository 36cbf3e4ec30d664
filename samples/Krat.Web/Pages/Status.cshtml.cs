using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages;

/// <summary>Friendly page for an error status (404, 403, 400…), re-executed by the status-code pages middleware.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string TitleKey { get; private set; } = "Status.Other.Title";

    public string TextKey { get; private set; } = "Status.Other.Text";

    public void OnGet(int code)
    {
        var name = code switch
        {
            StatusCodes.Status400BadRequest => "400",
            StatusCodes.Status403Forbidden => "403",
            StatusCodes.Status404NotFound => "404",
            _ => "Other",
        };
        TitleKey = $"Status.{name}.Title";
        TextKey = $"Status.{name}.Text";
    }

    public void OnPost(int code) => OnGet(code);
}
