namespace Krat.Web.Pages.Meetings;

/// <summary>
/// The search that narrows a page's organisation pickers on the server (<c>?org=</c>, diacritics ignored): a plain
/// GET form that works without script and comes back at the form it serves.
/// </summary>
/// <param name="Page">The page's address, without query.</param>
/// <param name="Anchor">The section to come back at.</param>
/// <param name="Text">The text searched for, if any.</param>
/// <param name="More">Whether the pickers hold only the first organisations (more match than they list).</param>
public sealed record OrganisationSearch(string Page, string Anchor, string? Text, bool More);

/// <summary>The "correct" link and "remove" button of one recorded part of a meeting on the Record page.</summary>
/// <param name="Page">The page's address, without query.</param>
/// <param name="Part">The part ("guest", "decision", "commitment"), also the section to come back at.</param>
/// <param name="Id">The part's identity.</param>
/// <param name="RemoveHandler">The handler that removes it.</param>
/// <param name="Version">The meeting's version the page was loaded with.</param>
public sealed record RowActions(string Page, string Part, Guid Id, string RemoveHandler, int Version);
