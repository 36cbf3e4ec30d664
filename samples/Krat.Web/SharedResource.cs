namespace Krat.Web;

/// <summary>
/// Marker for the site's shared texts: Resources/SharedResource.resx holds Albanian (the neutral language),
/// Resources/SharedResource.en.resx English. Inject <c>IStringLocalizer&lt;SharedResource&gt;</c>.
/// </summary>
public sealed class SharedResource;
