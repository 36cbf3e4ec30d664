using Krat.Domain.Common;
using Krat.Infrastructure.Errors;
using Krat.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Krat.Web.Hosting;

/// <summary>
/// The one way the site turns a refused change into a form error, with the user's input kept: a rule the domain
/// refuses (<see cref="DomainException"/>, <see cref="DomainArgumentException"/>) with the domain's own message; a
/// concurrent change with who changed (or deleted) the record and when; an unknown reference, a duplicate or an unreadable
/// value with the site's message. Pages call <see cref="TryShow"/> where they can place the error beside its form;
/// <see cref="RefusedInputFilter"/> uses the same messages for whatever a page lets through.
/// </summary>
public sealed class FormErrors(IStringLocalizer<SharedResource> texts)
{
    /// <summary>What to tell the visitor about <paramref name="exception"/>, or <see langword="null"/> when it is not refused input (a fault).</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The message in the visitor's language, or <see langword="null"/>.</returns>
    public string? MessageOf(Exception exception) => exception switch
    {
        DomainException or DomainArgumentException => exception.Message,
        ConcurrencyConflictException { WasDeleted: true, ChangedBy: { } who } => texts["Form.Deleted", who],
        ConcurrencyConflictException { WasDeleted: true } => texts["Form.DeletedMeanwhile"],
        ConcurrencyConflictException { ChangedBy: { } who } conflict => texts["Form.Concurrency", who, When(conflict)],
        ConcurrencyConflictException => texts["Form.ChangedMeanwhile"],
        ForeignKeyViolationException or KeyNotFoundException => texts["Form.UnknownReference"],
        UniqueConstraintViolationException => texts["Form.Duplicate"],
        ArgumentException or FormatException or OverflowException => texts["Form.InvalidValue"],
        _ => null,
    };

    /// <summary>
    /// Adds the message of a refused rule, argument or concurrent change to the form under <paramref name="key"/>
    /// and returns true; returns false for anything else, which <see cref="RefusedInputFilter"/> answers (an unknown
    /// reference or a duplicate: the form again with 422) or which is a fault.
    /// </summary>
    /// <param name="modelState">The page's model state.</param>
    /// <param name="exception">The failure.</param>
    /// <param name="key">The form's or field's key ("" for the page's summary).</param>
    /// <returns>Whether the failure is now shown.</returns>
    public bool TryShow(ModelStateDictionary modelState, Exception exception, string key = "")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (exception is not (ArgumentException or ConcurrencyConflictException or DomainException) || MessageOf(exception) is not { } message)
        {
            return false;
        }

        modelState.AddModelError(key, message);
        return true;
    }

    private static string When(ConcurrencyConflictException conflict) =>
        conflict.ChangedAt is { } at ? Formats.Moment(at) : "—";
}
