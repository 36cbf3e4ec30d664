using System.Net;
using Ical.Net;
using Krat.Demo.Durres;
using Krat.Domain.Common;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Meetings;

/// <summary>
/// The calendar feed speaks the language it is asked in (?lang=, as the meetings page links to it, else the visitor's
/// language), the committee's name included, and still links only to the configured base address.
/// </summary>
public sealed class CalendarLanguageTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    [Fact]
    public async Task TheEnglishFeed_NamesTheCommitteeAndTheMeetingsInEnglish()
    {
        using var client = site.CreateSiteClient();

        var english = Calendar.Load(await client.GetStringAsync("/Meetings/Calendar?lang=en"))!;
        var albanian = Calendar.Load(await client.GetStringAsync("/Meetings/Calendar?lang=sq"))!;
        var closing = $"{DemoIds.ClosingMeeting.Value:D}@krat.al";
        var meeting = site.Scenario.ClosingMeeting;

        Assert.Equal("Regional Anti-Trafficking Committee of Durrës", english.Properties["X-WR-CALNAME"]?.Value);
        Assert.Equal(site.Scenario.KratDurres.Name, albanian.Properties["X-WR-CALNAME"]?.Value);
        Assert.EndsWith("//EN", english.ProductId ?? "", StringComparison.Ordinal);
        Assert.StartsWith(meeting.Kind.Label().English, english.Events.Single(e => e.Uid == closing).Summary, StringComparison.Ordinal);
        Assert.Equal($"{meeting.Body.Label().English} – {meeting.State.Label().English}", english.Events.Single(e => e.Uid == closing).Description);
        Assert.StartsWith(meeting.Kind.Label().Albanian, albanian.Events.Single(e => e.Uid == closing).Summary, StringComparison.Ordinal);
        Assert.Equal(albanian.Events.Select(e => e.Uid).Order(), english.Events.Select(e => e.Uid).Order());
    }

    [Fact]
    public async Task WithoutALanguage_TheFeedIsInTheVisitorsLanguage_AndTheMeetingsPageLinksToItsOwn()
    {
        using var client = site.CreateSiteClient();
        (await client.SwitchCultureAsync("en")).Dispose();

        var feed = Calendar.Load(await client.GetStringAsync("/Meetings/Calendar"))!;
        var meetings = await client.GetDocumentAsync("/Meetings");

        Assert.Equal("Regional Anti-Trafficking Committee of Durrës", feed.Properties["X-WR-CALNAME"]?.Value);
        Assert.Contains("lang=en", meetings.QuerySelector("[data-testid=calendar-link]")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("english")]
    [InlineData("")]
    public async Task AnUnknownLanguage_IsABadRequest(string lang)
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync($"/Meetings/Calendar?lang={lang}");

        Assert.Equal(lang.Length == 0 ? HttpStatusCode.OK : HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheEnglishFeed_LinksToTheConfiguredAddress_WhateverTheHostHeader()
    {
        using var host = site.WithWebHostBuilder(builder => builder.UseSetting("Krat:BaseUrl", "https://krat.prefektura-durres.example/"));
        using var client = host.CreateClient(new() { BaseAddress = KratWebFactory.SiteAddress, AllowAutoRedirect = false });

        var feed = (await client.GetStringAsync("/Meetings/Calendar?lang=en")).Replace("\r\n ", "", StringComparison.Ordinal);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/Meetings/Calendar?lang=en");
        forged.Headers.Host = "evil.example";
        using var refused = await client.SendAsync(forged);

        Assert.Contains("URL:https://krat.prefektura-durres.example/Meetings/Details/", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", feed, StringComparison.Ordinal);
        Assert.Contains("Regional Anti-Trafficking Committee", feed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
