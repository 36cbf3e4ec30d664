using System.Globalization;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Web.Localization;
using NodaTime;
using NodaTime.Text;

namespace Krat.Web.Pages.Meetings;

/// <summary>How the governance pages write dates, times, labels and names.</summary>
public static class GovernanceFormat
{
    /// <summary>A day as the visitor reads it: "31.10.2023" in Albanian, "31 Oct 2023" in English (<see cref="Formats"/>).</summary>
    public static string Date(LocalDate date) => Formats.Date(date);

    /// <summary>An optional day, or an empty string.</summary>
    public static string Date(LocalDate? date) => date is { } d ? Date(d) : string.Empty;

    /// <summary>A day as ISO text for the <c>datetime</c> attribute and for links.</summary>
    public static string Iso(LocalDate date) => Formats.Iso(date);

    /// <summary>A time of day in Tirana, "10:00".</summary>
    public static string Time(ZonedDateTime time) => Formats.Time(time.TimeOfDay);

    /// <summary>The label of a code in the visitor's language.</summary>
    public static string Label<TEnum>(TEnum code)
        where TEnum : struct, Enum => code.Label().In(CultureInfo.CurrentUICulture);

    /// <summary>The name of an organisation in the visitor's language (with its acronym), or "?" when unknown.</summary>
    public static string Name(this IReadOnlyDictionary<OrganisationId, Organisation> organisations, OrganisationId? id) =>
        id is { } key && organisations.TryGetValue(key, out var organisation) ? organisation.DisplayName(CultureInfo.CurrentUICulture) : string.Empty;

    /// <summary>The name of an organisation in the visitor's language, or an empty string when unknown (from names read alone).</summary>
    public static string Name(this IReadOnlyDictionary<OrganisationId, OrganisationNames> organisations, OrganisationId? id) =>
        id is { } key && organisations.TryGetValue(key, out var organisation) ? organisation.DisplayName(CultureInfo.CurrentUICulture) : string.Empty;

    /// <summary>The name of a person with honorific, or an empty string when unknown (from names read alone).</summary>
    public static string Name(this IReadOnlyDictionary<PersonId, PersonName> people, PersonId? id) =>
        id is { } key && people.TryGetValue(key, out var person) ? person.ToString() : string.Empty;

    /// <summary>The name of a person with honorific, or an empty string when unknown.</summary>
    public static string Name(this IReadOnlyDictionary<PersonId, Person> people, PersonId? id) =>
        id is { } key && people.TryGetValue(key, out var person) ? person.ToString() : string.Empty;

    /// <summary>Whether the user may edit the committee's records (administrator or secretary).</summary>
    public static bool CanEdit(System.Security.Claims.ClaimsPrincipal user) =>
        user is not null && (user.IsInRole(Security.KratRoles.Administrator) || user.IsInRole(Security.KratRoles.Secretary));

    /// <summary>Whether the user is signed in (member, secretary or administrator): they see draft minutes too.</summary>
    public static bool SignedIn(System.Security.Claims.ClaimsPrincipal user) => user?.Identity?.IsAuthenticated == true;

    /// <summary>Whether a visitor with the given rights may see the meeting's record (public: approved minutes only).</summary>
    public static bool MaySeeRecord(Meeting meeting, System.Security.Claims.ClaimsPrincipal user) =>
        SignedIn(user) || meeting.Minutes == MinutesStatus.Approved;

    /// <summary>Whether the public may know of the meeting at all (planned, cancelled, or approved minutes).</summary>
    public static bool IsPublished(Meeting meeting) =>
        meeting.State is MeetingState.Planned or MeetingState.Cancelled || meeting.Minutes == MinutesStatus.Approved;

    /// <summary>Reads an ISO day from the query string, or null.</summary>
    public static LocalDate? ParseIso(string? text) =>
        text is { Length: > 0 } && LocalDatePattern.Iso.Parse(text) is { Success: true } result ? result.Value : null;
}
