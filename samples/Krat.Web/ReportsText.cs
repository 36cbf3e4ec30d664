namespace Krat.Web;

/// <summary>
/// Marker for the texts of the report pages: Resources/ReportsText.resx (Albanian) and ReportsText.en.resx
/// (English). Inject <c>IStringLocalizer&lt;ReportsText&gt;</c>.
/// </summary>
public sealed class ReportsText
{
    private ReportsText()
    {
    }
}
