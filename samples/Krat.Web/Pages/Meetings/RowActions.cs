namespace Krat.Web.Pages.Meetings;

/// <summary>The "correct" link and "remove" button of one recorded part of a meeting on the Record page.</summary>
/// <param name="EditLink">The address of the page showing the part's correction form, at its section.</param>
/// <param name="Part">The part ("guest", "decision", "commitment"), also the section to come back at.</param>
/// <param name="Id">The part's identity.</param>
/// <param name="RemoveHandler">The handler that removes it.</param>
/// <param name="Version">The meeting's version the page was loaded with.</param>
public sealed record RowActions(string EditLink, string Part, Guid Id, string RemoveHandler, int Version);
