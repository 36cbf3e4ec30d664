using System.Globalization;

namespace Krat.Domain.Common;

/// <summary>
/// Thrown when an operation would break a rule of the KRAT domain (for example a second chair on the
/// same date). The text names the rule and the values involved in words a committee secretary
/// understands, in Albanian and in English (<see cref="Text"/>); the aggregate that threw is left exactly as
/// it was before the call.
/// </summary>
/// <remarks>
/// <see cref="Message"/> is read in the reader's language at the moment it is read: the English text when
/// <see cref="CultureInfo.CurrentUICulture"/> is an English culture, the Albanian text for any other culture
/// (the same rule as <see cref="Label.In"/>). A host that shows <see cref="Message"/> therefore shows Albanian
/// under the default <c>sq-AL</c> UI culture and English when the reader has chosen English.
/// </remarks>
public sealed class DomainException : Exception
{
    /// <summary>Creates the exception for a broken rule, with its explanation in both languages.</summary>
    /// <param name="rule">A short, stable identifier of the rule, such as <c>seat.one-chair</c>, for programs and tests.</param>
    /// <param name="message">The explanation shown to a person, in Albanian (with ë and ç, dates as dd.MM.yyyy) and English.</param>
    public DomainException(string rule, Label message)
        : base(message?.English)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentNullException.ThrowIfNull(message);
        Rule = rule;
        Text = message;
    }

    /// <summary>Creates the exception for a broken rule with a text in one language only, used for both languages.</summary>
    /// <param name="rule">A short, stable identifier of the rule, such as <c>seat.one-chair</c>, for programs and tests.</param>
    /// <param name="message">The explanation shown to a person; it is shown whatever the reader's language.</param>
    public DomainException(string rule, string message)
        : this(rule, new Label(message, message))
    {
    }

    /// <summary>Creates the exception with a generic rule identifier.</summary>
    public DomainException()
        : this("domain", new Label("U shkel një rregull i fushës.", "A rule of the domain was broken."))
    {
    }

    /// <summary>Creates the exception with a generic rule identifier and a text in one language only.</summary>
    /// <param name="message">The explanation shown to a person, whatever the reader's language.</param>
    public DomainException(string message)
        : this("domain", message)
    {
    }

    /// <summary>Creates the exception with a generic rule identifier, a text in one language only and an inner exception.</summary>
    /// <param name="message">The explanation shown to a person, whatever the reader's language.</param>
    /// <param name="innerException">The underlying cause.</param>
    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = "domain";
        Text = new Label(message, message);
    }

    /// <summary>The stable identifier of the broken rule, such as <c>seat.one-chair</c>; it does not depend on the language.</summary>
    public string Rule { get; } = "domain";

    /// <summary>The explanation in both languages: Albanian first, then English.</summary>
    public Label Text { get; }

    /// <summary>
    /// The explanation in the language of <see cref="CultureInfo.CurrentUICulture"/> when read: English for an
    /// English culture, Albanian otherwise.
    /// </summary>
    public override string Message => Text.In(CultureInfo.CurrentUICulture);
}
