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

    /// <summary>
    /// Posts fields to any address with a valid anti-forgery token of the client (taken from the language switch of
    /// the home page), as a crafted request would: for handlers whose form the page does not show the client.
    /// </summary>
    public static async Task<(HttpStatusCode Status, string? Location, IHtmlDocument Document)> PostWithTokenAsync(
        this HttpClient client, string path, Dictionary<string, string> fields)
    {
        var home = await client.GetDocumentAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The home page has no anti-forgery token.");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync(path, content);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.ReadDocumentAsync());
    }

    /// <summary>The fields of the attendance grid's row of a seat, as the Record page numbers them ("Grid[3].").</summary>
    public static async Task<string> GridRowAsync(this HttpClient client, string page, Guid seatId)
    {
        var document = await client.GetDocumentAsync(page);
        var name = document.QuerySelector($"tr[data-seat='{seatId}'] input[name$='.SeatId']")?.GetAttribute("name")
            ?? throw new InvalidOperationException($"No grid row for seat {seatId} on {page}.");
        return name[..^"SeatId".Length];
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
