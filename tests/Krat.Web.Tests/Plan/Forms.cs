using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Plan;

/// <summary>Reading a form now and posting it later (stale forms), and posting with a token taken from another form.</summary>
public static class Forms
{
    /// <summary>The action and the current values (inputs, selects, textareas) of a form on a page.</summary>
    public static async Task<(string Action, Dictionary<string, string> Fields)> ReadAsync(HttpClient client, string path, string selector)
    {
        var document = await client.GetDocumentAsync(path);
        var form = document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form '{selector}' on {path}.");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "submit" or "button" || (input.Type is "checkbox" or "radio" && !input.IsChecked))
            {
                continue;
            }

            fields[input.Name!] = input.Value;
        }

        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
        {
            fields[select.Name!] = select.Value ?? string.Empty;
        }

        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
        {
            fields[area.Name!] = area.Value;
        }

        var action = form.GetAttribute("action");
        return (string.IsNullOrEmpty(action) ? path : action, fields);
    }

    /// <summary>Posts form fields.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(action, content);
    }

    /// <summary>Reads a form, changes some fields and posts it at once.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string selector, IReadOnlyDictionary<string, string> changes)
    {
        var (action, fields) = await ReadAsync(client, path, selector);
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return await PostAsync(client, action, fields);
    }

    /// <summary>
    /// Posts to <paramref name="action"/> with the anti-forgery token of the language switch on <paramref name="tokenPage"/>
    /// (a valid token of this visitor), to show that a handler refuses the visitor for what they are, not for a missing token.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string tokenPage, string action, IDictionary<string, string> fields)
    {
        var document = await client.GetDocumentAsync(tokenPage);
        var token = document.QuerySelector("form.culture-switch input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await PostAsync(client, action, all);
    }

    /// <summary>Asserts a redirect to the login page (anonymous) or the access-denied page (signed in without the right).</summary>
    public static void AssertRedirectTo(HttpResponseMessage response, string page)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(page, location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
    }
}
