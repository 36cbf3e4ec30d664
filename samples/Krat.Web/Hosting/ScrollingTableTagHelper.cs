using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Krat.Web.Hosting;

/// <summary>
/// Puts every table of the site in its own horizontally scrolling box (<c>.table-wrap</c>), so that a wide table
/// scrolls inside the page on a phone instead of widening the page. The box can take the keyboard focus, so that
/// keyboard users can scroll it too (WCAG 2.1.1).
/// </summary>
[HtmlTargetElement("table")]
public sealed class ScrollingTableTagHelper : TagHelper
{
    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.PreElement.AppendHtml("<div class=\"table-wrap\" tabindex=\"0\">");
        output.PostElement.AppendHtml("</div>");
    }
}
