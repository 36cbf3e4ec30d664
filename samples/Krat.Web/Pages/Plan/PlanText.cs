namespace Krat.Web;

/// <summary>
/// Marker for the texts of the action plan, partnerships and statistics pages: Resources/PlanText.resx (Albanian)
/// and Resources/PlanText.en.resx (English). Inject <c>IStringLocalizer&lt;PlanText&gt;</c>.
/// </summary>
public sealed class PlanText;
