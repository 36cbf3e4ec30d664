using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
