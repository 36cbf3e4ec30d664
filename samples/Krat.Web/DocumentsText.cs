namespace Krat.Web;

/// <summary>
/// Marker for the texts of the import and attachment pages: Resources/DocumentsText.resx (Albanian) and
/// DocumentsText.en.resx (English). Inject <c>IStringLocalizer&lt;DocumentsText&gt;</c>.
/// </summary>
public sealed class DocumentsText
{
    private DocumentsText()
    {
    }
}
