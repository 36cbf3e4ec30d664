using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Krat.Web.Tests.Harness;

/// <summary>Reads the site's responses as HTML documents (AngleSharp) and submits its forms.</summary>
public static class Html
{
    /// <summary>The response body parsed as an HTML document.</summary>
    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>GETs <paramref name="path"/> and parses it; fails unless the status is 2xx.</summary>
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.ReadDocumentAsync();
    }

    /// <summary>Trimmed text of the first element matching <paramref name="selector"/>, or null.</summary>
    public static string? Text(this IParentNode document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim();

    /// <summary>
    /// Opens <paramref name="pagePath"/>, takes the form matching <paramref name="formSelector"/> with its hidden
    /// fields (the anti-forgery token among them), sets <paramref name="fields"/> and posts it to the form's
    /// action, as a browser would. Cookies (anti-forgery, sign-in) stay in the client.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string pagePath, string formSelector, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var document = await client.GetDocumentAsync(pagePath);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {pagePath}.");

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "submit" or "button" || (input.Type is "checkbox" or "radio" && !input.IsChecked))
            {
                continue;
            }

            values[input.Name!] = input.Value;
        }

        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pagePath : action;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(target, content);
    }

    /// <summary>Posts the login form of the site with a user name and password.</summary>
    public static Task<HttpResponseMessage> LogInAsync(this HttpClient client, string userName, string password) =>
        client.SubmitFormAsync("/Account/Login", "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });

    /// <summary>Switches the site's language with the header's switch, coming from <paramref name="fromPath"/>.</summary>
    public static Task<HttpResponseMessage> SwitchCultureAsync(this HttpClient client, string culture, string fromPath = "/") =>
        client.SubmitFormAsync(fromPath, "form.culture-switch", new Dictionary<string, string> { ["culture"] = culture });
}
