using System.Globalization;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime.Text;

namespace Krat.Web.Pages.Plan;

/// <summary>What the editing pages of plans, initiatives and statistics share: reading form dates and turning failures into form errors.</summary>
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

    /// <summary>
    /// Shows a failed save or a broken domain rule as a form error, keeping the user's input: the domain's message;
    /// for a concurrency conflict who changed the record and when. Returns false for other exceptions.
    /// </summary>
    public static bool TryShow(Exception exception, ModelStateDictionary modelState, IStringLocalizer texts)
    {
        switch (exception)
        {
            case DomainException or ArgumentException:
                modelState.AddModelError(string.Empty, exception.Message);
                return true;
            case ConcurrencyConflictException conflict:
                var when = conflict.ChangedAt is { } at
                    ? at.InZone(Meeting.TimeZone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)
                    : "—";
                modelState.AddModelError(string.Empty, texts["Form.Concurrency", conflict.ChangedBy ?? "—", when]);
                return true;
            default:
                return false;
        }
    }
}
