using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Exports;
using Krat.Web.Hosting;
using Krat.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Krat.Web.Pages.Meetings;

/// <summary>
/// The committee's meetings as an iCalendar feed (/Meetings/Calendar, with ?qark= for another county). Public:
/// calendar programs subscribe without signing in, so the feed holds what the public may know of — planned and
/// cancelled meetings and held meetings whose minutes are approved (PublishedMeetingsInPeriodSpec), whoever asks.
/// Calendar programs send no language cookie, so the feed's language is in its address (?lang=en or ?lang=sq, as the
/// meetings page links to it); without one it is the visitor's language. Its links come from the configured base address.
/// </summary>
[AllowAnonymous]
public sealed class CalendarModel(
    CurrentCommittee current,
    IReadRepository<Meeting> meetings,
    IClock clock,
    Microsoft.Extensions.Options.IOptions<KratSiteOptions> site,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> texts) : PageModel
{
    private static readonly LocalDate Earliest = new(2000, 1, 1);
    private static readonly LocalDate Latest = new(2100, 12, 31);

    public async Task<IActionResult> OnGetAsync(string? lang, CancellationToken cancellationToken)
    {
        if (lang is not null)
        {
            if (lang.Length != 2 || LocalizationSetup.Cultures.FirstOrDefault(c => c.StartsWith(lang, StringComparison.OrdinalIgnoreCase)) is not { } chosen)
            {
                return BadRequest();
            }

            // For this answer only (the localizer and the labels read the current culture).
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(chosen);
        }

        if (await current.GetAsync(cancellationToken) is not { } committee)
        {
            return NotFound();
        }

        var published = await meetings.ListAsync(new PublishedMeetingsInPeriodSpec(committee.Id, new DateInterval(Earliest, Latest), 0, 1000), cancellationToken);
        var text = CalendarFeed.Write(
            committee.DisplayName(texts),
            published,
            clock.GetCurrentInstant(),
            // Absolute links from the configured base address (Krat:BaseUrl), never from the request's Host header.
            id => Url.Page("/Meetings/Details", new { id = id.Value, qark = Request.Qark() }) is { } url ? site.Value.Absolute(url) : null,
            System.Globalization.CultureInfo.CurrentUICulture);
        return Content(text, CalendarFeed.ContentType);
    }
}
