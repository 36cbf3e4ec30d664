namespace Krat.Web;

/// <summary>
/// Marker for the texts of the governance pages (committee, meetings, directory): Resources/GovernanceText.resx
/// holds Albanian (the neutral language), Resources/GovernanceText.en.resx English.
/// </summary>
public sealed class GovernanceText;
