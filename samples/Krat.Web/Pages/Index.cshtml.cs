using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;

namespace Krat.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(IClock clock) : PageModel
{
    /// <summary>Committees work on Albanian time.</summary>
    private static readonly DateTimeZone Tirane = DateTimeZoneProviders.Tzdb["Europe/Tirane"];

    public string TodayIso { get; private set; } = string.Empty;

    public string TodayText { get; private set; } = string.Empty;

    public string NumberText { get; private set; } = string.Empty;

    public void OnGet()
    {
        var today = clock.GetCurrentInstant().InZone(Tirane).Date;
        TodayIso = LocalDatePattern.Iso.Format(today);
        TodayText = today.ToString("D", CultureInfo.CurrentCulture);
        NumberText = 1234567.5m.ToString("N1", CultureInfo.CurrentCulture);
    }
}
