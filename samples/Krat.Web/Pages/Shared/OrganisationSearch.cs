namespace Krat.Web.Pages;

/// <summary>
/// The search that narrows a page's organisation pickers on the server (<c>?org=</c>, diacritics ignored): a plain
/// GET form that works without script and comes back at the form it serves (the meeting's Record page, the activity
/// form's partners).
/// </summary>
/// <param name="Page">The page's address, without query.</param>
/// <param name="Anchor">The section to come back at.</param>
/// <param name="Text">The text searched for, if any.</param>
/// <param name="More">Whether the pickers hold only the first organisations (more match than they list).</param>
public sealed record OrganisationSearch(string Page, string Anchor, string? Text, bool More);

