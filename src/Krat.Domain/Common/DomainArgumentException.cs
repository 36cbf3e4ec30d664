using System.Globalization;

namespace Krat.Domain.Common;

/// <summary>
/// An <see cref="ArgumentException"/> whose explanation reaches people through forms (a blank required text, a
/// text that is too long, a period that ends before it starts, a place outside Albania…), so it carries its text
/// in Albanian and in English (<see cref="Text"/>) besides the <see cref="ArgumentException.ParamName"/> that
/// tells a form which field is wrong.
/// </summary>
/// <remarks>
/// <see cref="Message"/> is the explanation alone, without .NET's " (Parameter 'x')" suffix, in the language of
/// <see cref="CultureInfo.CurrentUICulture"/> when read: English for an English culture, Albanian otherwise (the
/// same rule as <see cref="Label.In"/> and <see cref="DomainException.Message"/>). Code that catches
/// <see cref="ArgumentException"/> keeps working unchanged.
/// </remarks>
public sealed class DomainArgumentException : ArgumentException
{
    /// <summary>Creates the exception for a bad argument.</summary>
    /// <param name="text">The explanation in Albanian (with ë and ç, dates as dd.MM.yyyy) and in English.</param>
    /// <param name="paramName">The name of the argument, as given by <c>nameof</c>.</param>
    public DomainArgumentException(Label text, string? paramName)
        : base(text?.English, paramName)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Creates the exception with a generic text.</summary>
    public DomainArgumentException()
        : this(new Label("Vlera nuk është e vlefshme.", "The value is not valid."), null)
    {
    }

    /// <summary>Creates the exception with a text in one language only, used for both languages.</summary>
    /// <param name="message">The explanation shown to a person, whatever the reader's language.</param>
    public DomainArgumentException(string message)
        : this(new Label(message, message), null)
    {
    }

    /// <summary>Creates the exception with a text in one language only and an inner exception.</summary>
    /// <param name="message">The explanation shown to a person, whatever the reader's language.</param>
    /// <param name="innerException">The underlying cause.</param>
    public DomainArgumentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Text = new Label(message, message);
    }

    /// <summary>The explanation in both languages: Albanian first, then English.</summary>
    public Label Text { get; }

    /// <summary>The explanation alone in the language of <see cref="CultureInfo.CurrentUICulture"/>: English for an English culture, Albanian otherwise.</summary>
    public override string Message => Text.In(CultureInfo.CurrentUICulture);
}
