using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Krat.Web.Hosting;

/// <summary>
/// Puts every table of the site's pages in its own horizontally scrolling box (<see cref="TableWrap"/>), so that a
/// wide table scrolls inside the page on a phone instead of widening the page. The box is a focusable region named
/// by the table's caption (or by the table's own <c>aria-label</c> when it has no caption).
/// </summary>
[HtmlTargetElement("table")]
public sealed partial class ScrollingTableTagHelper : TagHelper
{
    /// <inheritdoc />
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        var name = Caption().Match(content.GetContent()) is { Success: true } caption
            ? WebUtility.HtmlDecode(Tags().Replace(caption.Groups["text"].Value, " "))
            : context.AllAttributes.TryGetAttribute("aria-label", out var label) ? label.Value?.ToString() : null;
        output.PreElement.AppendHtml(TableWrap.Open(name));
        output.PostElement.AppendHtml(TableWrap.Close);
    }

    [GeneratedRegex("<caption\\b[^>]*>(?<text>.*?)</caption>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Caption();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
