using Krat.Domain.Common;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Krat.Web.Pages.Meetings;

/// <summary>Options of a select list for a code list, labelled in the visitor's language.</summary>
public static class Choices
{
    /// <summary>Every member of <typeparamref name="TEnum"/>, valued by its name (as model binding reads it).</summary>
    public static IEnumerable<SelectListItem> Of<TEnum>()
        where TEnum : struct, Enum =>
        CodeList.All<TEnum>().Select(entry => new SelectListItem(GovernanceFormat.Label(entry.Key), entry.Key.ToString()));
}
