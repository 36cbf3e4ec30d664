using System.Net;
using AngleSharp.Html.Dom;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Meetings;

/// <summary>Small helpers of the governance tests.</summary>
public static class Forms
{
    /// <summary>Submits a form and returns the page it leads to: the redirect target when the post succeeded.</summary>
    public static async Task<(HttpStatusCode Status, string? Location, IHtmlDocument Document)> SubmitAsync(
        this HttpClient client, string page, string form, Dictionary<string, string> fields)
    {
        using var response = await client.SubmitFormAsync(page, form, fields);
        var location = response.Headers.Location?.OriginalString;
        return (response.StatusCode, location, await response.ReadDocumentAsync());
    }

    /// <summary>Posts a raw form without anti-forgery token.</summary>
    public static async Task<HttpStatusCode> PostWithoutTokenAsync(this HttpClient client, string path, string form)
    {
        using var content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(path, content);
        return response.StatusCode;
    }

    /// <summary>The status code of a GET.</summary>
    public static async Task<HttpStatusCode> StatusOfAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    /// <summary>Whether a response redirects to the login page (anonymous) or the access-denied page (signed in without the right).</summary>
    public static async Task<string?> RedirectOfAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location?.OriginalString : null;
    }
}
