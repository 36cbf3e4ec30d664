using Krat.Domain.Common;
using Krat.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime.Text;

namespace Krat.Web.Pages.Plan;

/// <summary>What the editing pages of plans, initiatives and statistics share: reading form dates and turning failures into form errors.</summary>
internal static class EditSupport
{
    /// <summary>The county chosen with <c>?qark=</c> (administrators and the public), to keep in links and redirects; null when none.</summary>
    public static string? Qark(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request?.Query["qark"].ToString() is { Length: > 0 } qark ? qark : null;

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
                    ? Localization.Formats.Moment(at)
                    : "—";
                modelState.AddModelError(string.Empty, texts["Form.Concurrency", conflict.ChangedBy ?? "—", when]);
                return true;
            default:
                return false;
        }
    }
}
