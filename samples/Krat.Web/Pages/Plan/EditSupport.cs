using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime.Text;

namespace Krat.Web.Pages.Plan;

/// <summary>What the editing pages of plans, initiatives and statistics share: reading form dates.</summary>
internal static class EditSupport
{
    /// <summary>
    /// Reads a date input (ISO "2023-10-31"); adds a field error naming the field (<paramref name="label"/>, as its
    /// label shows it) and returns null when it is missing or invalid.
    /// </summary>
    public static NodaTime.LocalDate? ParseDate(string? text, string field, string label, ModelStateDictionary modelState, IStringLocalizer texts)
    {
        var result = LocalDatePattern.Iso.Parse(text?.Trim() ?? string.Empty);
        if (result.Success)
        {
            return result.Value;
        }

        modelState.AddModelError(field, texts["Validation.Date", label]);
        return null;
    }

    /// <summary>
    /// The closed period from a form's first and last day, both inclusive. A last day before the first is refused
    /// by the domain's rule (a <see cref="Krat.Domain.Common.DomainArgumentException"/> with its bilingual message,
    /// shown like any other domain error), since a <see cref="NodaTime.DateInterval"/> cannot run backwards.
    /// </summary>
    public static NodaTime.DateInterval Period(NodaTime.LocalDate start, NodaTime.LocalDate end)
    {
        _ = Krat.Domain.Common.Term.Between(start, end);
        return new NodaTime.DateInterval(start, end);
    }
}
