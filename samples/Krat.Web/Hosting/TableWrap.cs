using System.Text.Encodings.Web;

namespace Krat.Web.Hosting;

/// <summary>
/// The box a table scrolls in on a narrow screen (<c>div.table-wrap</c>), so that a wide table scrolls inside the page
/// instead of widening it. The box takes the keyboard focus, so that keyboard users can scroll it too (WCAG 2.1.1),
/// and is a region named after its table, so that a screen reader says what the focused box holds.
/// </summary>
internal static class TableWrap
{
    /// <summary>The class of the box; site.css gives it its sideways scroll.</summary>
    public const string CssClass = "table-wrap";

    /// <summary>The closing tag of the box.</summary>
    public const string Close = "</div>";

    /// <summary>The opening tag of the box: a focusable region named <paramref name="name"/>, or a plain focusable box when there is no name.</summary>
    /// <param name="name">The table's name as plain text (its caption), or null.</param>
    public static string Open(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? $"<div class=\"{CssClass}\" tabindex=\"0\">"
            : $"<div class=\"{CssClass}\" tabindex=\"0\" role=\"region\" aria-label=\"{HtmlEncoder.Default.Encode(Normalise(name))}\">";

    /// <summary>Whitespace runs as one space, trimmed.</summary>
    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
