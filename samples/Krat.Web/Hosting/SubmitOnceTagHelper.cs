using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Krat.Web.Hosting;

/// <summary>Adds the <see cref="SubmitOnce.FieldName"/> hidden field, with a new random value, to every form that posts.</summary>
[HtmlTargetElement("form")]
public sealed class SubmitOnceTagHelper : TagHelper
{
    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (context.AllAttributes.TryGetAttribute("method", out var method)
            && string.Equals(method.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase))
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{SubmitOnce.FieldName}\" value=\"{Guid.NewGuid():N}\" />");
        }
    }
}
