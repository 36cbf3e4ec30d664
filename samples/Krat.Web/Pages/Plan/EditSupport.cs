using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime.Text;

namespace Krat.Web.Pages.Plan;

/// <summary>What the editing pages of plans, initiatives and statistics share: reading form dates.</summary>
internal static class EditSupport
{
    /// <summary>Reads a date input (ISO "2023-10-31"); adds a field error and returns null when it is missing or invalid.</summary>
    public static NodaTime.LocalDate? ParseDate(string? text, string field, ModelStateDictionary modelState, IStringLocalizer texts)
    {
        var result = LocalDatePattern.Iso.Parse(text?.Trim() ?? string.Empty);
        if (result.Success)
        {
            return result.Value;
        }

        modelState.AddModelError(field, texts["Form.DateInvalid"]);
        return null;
    }
}
