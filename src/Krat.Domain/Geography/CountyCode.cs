using System.Text.RegularExpressions;

namespace Krat.Domain.Geography;

/// <summary>
/// The ISO 3166-2 code of an Albanian county (qark): <c>AL-01</c> (Berat) to <c>AL-12</c> (Vlorë).
/// Only the twelve codes of the catalogue are valid.
/// </summary>
public readonly partial record struct CountyCode
{
    /// <summary>The length of every county code.</summary>
    public const int Length = 5;

    private CountyCode(string value) => Value = value;

    /// <summary>The code, such as <c>AL-02</c>.</summary>
    public string Value { get; }

    /// <summary>Reads a county code.</summary>
    /// <param name="value">A code from <c>AL-01</c> to <c>AL-12</c>; surrounding spaces and lower case are accepted.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentException">The text is not one of the twelve county codes.</exception>
    public static CountyCode From(string value) =>
        TryFrom(value, out var code)
            ? code
            : throw new ArgumentException($"'{value}' is not an Albanian county code (AL-01 … AL-12).", nameof(value));

    /// <summary>Reads a county code without throwing.</summary>
    /// <param name="value">The text to read.</param>
    /// <param name="code">The code when valid.</param>
    /// <returns><see langword="true"/> when the text is one of the twelve codes.</returns>
    public static bool TryFrom(string? value, out CountyCode code)
    {
        var normalised = value?.Trim().ToUpperInvariant();
        if (normalised is not null && Pattern().IsMatch(normalised))
        {
            code = new CountyCode(normalised);
            return true;
        }

        code = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex("^AL-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
