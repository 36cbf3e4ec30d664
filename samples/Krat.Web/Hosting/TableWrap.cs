using System.Globalization;
using System.Text.Encodings.Web;
using Krat.Domain.Common;

namespace Krat.Web.Hosting;

/// <summary>
/// The box a table scrolls in on a narrow screen (<c>div.table-wrap</c>), so that a wide table scrolls inside the page
/// instead of widening it. The box takes the keyboard focus, so that keyboard users can scroll it too (WCAG 2.1.1),
/// and is a region named after its table, so that a screen reader says what the focused box holds. It carries a short
/// hint (<c>data-scroll-hint</c>) that site.css shows above the table, with shadows at the cut edges, only while the
/// table is wider than its box, so that a sighted reader on a phone sees that the table scrolls sideways.
/// </summary>
internal static class TableWrap
{
    /// <summary>The class of the box; site.css gives it its sideways scroll.</summary>
    public const string CssClass = "table-wrap";

    /// <summary>The closing tag of the box.</summary>
    public const string Close = "</div>";

    /// <summary>The hint shown while a table scrolls sideways in its box.</summary>
    public static readonly Label ScrollHint = new("Tabela vazhdon anash: rrëshqiteni ↔", "The table continues sideways: scroll ↔");

    /// <summary>The opening tag of the box: a focusable region named <paramref name="name"/>, or a plain focusable box when there is no name.</summary>
    /// <param name="name">The table's name as plain text (its caption), or null.</param>
    /// <param name="culture">The language of the scroll hint; the current UI culture when null.</param>
    public static string Open(string? name, CultureInfo? culture = null)
    {
        var hint = HtmlEncoder.Default.Encode(ScrollHint.In(culture));
        return string.IsNullOrWhiteSpace(name)
            ? $"<div class=\"{CssClass}\" tabindex=\"0\" data-scroll-hint=\"{hint}\">"
            : $"<div class=\"{CssClass}\" tabindex=\"0\" role=\"region\" aria-label=\"{HtmlEncoder.Default.Encode(Normalise(name))}\" data-scroll-hint=\"{hint}\">";
    }

    /// <summary>Whitespace runs as one space, trimmed.</summary>
    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
