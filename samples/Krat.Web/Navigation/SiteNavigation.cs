namespace Krat.Web.Navigation;

/// <summary>An entry of the main navigation: the Razor page it opens and the key of its label.</summary>
public sealed record NavItem(string Page, string LabelKey);

/// <summary>
/// The main navigation, in order. The layout lists only the entries whose page exists in the site
/// (<c>Url.Page</c> returns null for a missing page), so a feature appears once its page is added.
/// </summary>
public static class SiteNavigation
{
    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("/Committee/Index", "Nav.Committee"),
        new("/Meetings/Index", "Nav.Meetings"),
        new("/Activities/Index", "Nav.Activities"),
        new("/Plan/Index", "Nav.ActionPlan"),
        new("/Reports/Index", "Nav.Reports"),
        new("/Partnerships/Index", "Nav.Partnerships"),
        new("/Statistics/Index", "Nav.Statistics"),
        new("/Directory/Index", "Nav.Directory"),
    ];

    /// <summary>True when <paramref name="currentPage"/> (route value "page") belongs to the entry's folder.</summary>
    public static bool IsCurrent(NavItem item, string? currentPage)
    {
        ArgumentNullException.ThrowIfNull(item);
        var folder = item.Page[..(item.Page.LastIndexOf('/') + 1)];
        return currentPage is not null && currentPage.StartsWith(folder, StringComparison.Ordinal);
    }
}
