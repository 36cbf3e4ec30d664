using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Exports;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Krat.Web.Pages.Meetings;

/// <summary>
/// The committee's meetings as an iCalendar feed (/Meetings/Calendar, with ?qark= for another county). Public:
/// calendar programs subscribe without signing in, so the feed holds what the public may know of — planned and
/// cancelled meetings and held meetings whose minutes are approved (PublishedMeetingsInPeriodSpec), whoever asks.
/// </summary>
[AllowAnonymous]
public sealed class CalendarModel(CurrentCommittee current, IReadRepository<Meeting> meetings, IClock clock, Microsoft.Extensions.Options.IOptions<KratSiteOptions> site) : PageModel
{
    private static readonly LocalDate Earliest = new(2000, 1, 1);
    private static readonly LocalDate Latest = new(2100, 12, 31);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } committee)
        {
            return NotFound();
        }

        var published = await meetings.ListAsync(new PublishedMeetingsInPeriodSpec(committee.Id, Earliest, Latest, 0, 1000), cancellationToken);
        var text = CalendarFeed.Write(
            committee.Name,
            published,
            clock.GetCurrentInstant(),
            // Absolute links from the configured base address (Krat:BaseUrl), never from the request's Host header.
            id => Url.Page("/Meetings/Details", new { id = id.Value, qark = Request.Qark() }) is { } url ? site.Value.Absolute(url) : null);
        return Content(text, CalendarFeed.ContentType);
    }
}
