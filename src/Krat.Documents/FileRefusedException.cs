using System.Globalization;
using Krat.Domain.Common;

namespace Krat.Documents;

/// <summary>
/// A file refused as a whole — an import file (not a spreadsheet, too large, a zip bomb, macros, formulas, not
/// UTF-8, columns missing) or an attachment (too large, a type not accepted, content that is not what its name
/// says): nothing of it is read further and nothing is saved. <see cref="Text"/> says why in Albanian and English.
/// </summary>
public sealed class FileRefusedException : Exception
{
    /// <summary>A refusal with its reason.</summary>
    /// <param name="reason">A stable code for the reason, such as <c>import.macro</c>.</param>
    /// <param name="text">Why, in Albanian and English.</param>
    public FileRefusedException(string reason, Label text)
        : base(text?.English)
    {
        ArgumentNullException.ThrowIfNull(text);
        Reason = reason;
        Text = text;
    }

    /// <summary>Creates a refusal with a generic reason.</summary>
    public FileRefusedException()
        : this("import.refused", new Label("Skedari u refuzua.", "The file was refused."))
    {
    }

    /// <summary>Creates a refusal with an English message.</summary>
    /// <param name="message">The message.</param>
    public FileRefusedException(string message)
        : this("import.refused", new Label(message, message))
    {
    }

    /// <summary>Creates a refusal with an English message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FileRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = "import.refused";
        Text = new Label(message, message);
    }

    /// <summary>A stable code for the reason: <c>import.too-large</c>, <c>import.too-many-rows</c>, <c>import.not-a-spreadsheet</c>,
    /// <c>import.zip-bomb</c>, <c>import.macro</c>, <c>import.formula</c>, <c>import.not-utf8</c>, <c>import.columns</c>, <c>import.empty</c>,
    /// <c>import.nothing-to-save</c>; <c>attachment.too-large</c>, <c>attachment.type</c>, <c>attachment.name-mismatch</c>, <c>attachment.owner</c>.</summary>
    public string Reason { get; } = "import.refused";

    /// <summary>Why, in Albanian and English.</summary>
    public Label Text { get; } = new("Skedari u refuzua.", "The file was refused.");

    /// <inheritdoc />
    public override string Message => Text.In(CultureInfo.CurrentUICulture);
}
