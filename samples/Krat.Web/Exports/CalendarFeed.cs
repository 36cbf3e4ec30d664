using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using NodaTime;

namespace Krat.Web.Exports;

/// <summary>
/// The iCalendar feed of a committee's meetings (RFC 5545, built with Ical.Net), for calendar programs to
/// subscribe to. Times are local to Europe/Tirane with its VTIMEZONE; each event's UID is derived from the
/// MeetingId, so it stays the same across downloads and a rescheduled meeting moves instead of doubling.
/// Only public facts go in: kind or title, body, time, place, state (cancelled meetings carry
/// STATUS:CANCELLED) and a link to the meeting's page — never attendance, decisions or draft content.
/// Which meetings go in is the caller's choice (the site passes those the public may know of). The words of the feed
/// (kind, body, state) are in one language, Albanian or English, given by the caller with the calendar's name.
/// </summary>
public static class CalendarFeed
{
    /// <summary>The media type of the feed.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The product identifier written in PRODID for an Albanian feed (an English one ends in "//EN").</summary>
    public const string ProductId = "-//KRAT//Krat.Web//SQ";

    private const string TimeZoneId = "Europe/Tirane";

    /// <summary>The stable UID of a meeting's event.</summary>
    public static string Uid(MeetingId id) => $"{id.Value:D}@krat.al";

    /// <summary>Writes the feed.</summary>
    /// <param name="calendarName">The name calendar programs show (X-WR-CALNAME), e.g. the committee's name.</param>
    /// <param name="meetings">The meetings to publish.</param>
    /// <param name="now">The time of writing (DTSTAMP).</param>
    /// <param name="link">The absolute address of a meeting's page.</param>
    /// <param name="culture">The language of the feed's words (the name is given in it); the current UI culture when null.</param>
    /// <returns>The iCalendar text.</returns>
    public static string Write(string calendarName, IEnumerable<Meeting> meetings, Instant now, Func<MeetingId, Uri?> link, System.Globalization.CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(link);
        culture ??= System.Globalization.CultureInfo.CurrentUICulture;
        var english = culture.TwoLetterISOLanguageName == "en";
        var calendar = new Calendar { ProductId = english ? ProductId[..^2] + "EN" : ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        calendar.AddTimeZone(TimeZoneId);
        var stamp = new CalDateTime(now.ToDateTimeUtc(), CalDateTime.UtcTzId, true);
        foreach (var meeting in meetings)
        {
            var kind = meeting.Kind.Label().In(culture);
            var calendarEvent = new CalendarEvent
            {
                Uid = Uid(meeting.Id),
                DtStamp = stamp,
                DtStart = Local(meeting.Start),
                DtEnd = Local(meeting.End),
                Summary = meeting.Title is { } title ? $"{kind}: {title}" : kind,
                Location = meeting.Place,
                Status = meeting.State == MeetingState.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Url = link(meeting.Id),
                Description = $"{meeting.Body.Label().In(culture)} – {meeting.State.Label().In(culture)}",
            };
            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer(calendar).SerializeToString() ?? string.Empty;
    }

    private static CalDateTime Local(ZonedDateTime time) =>
        new(time.Year, time.Month, time.Day, time.Hour, time.Minute, time.Second, TimeZoneId);
}
