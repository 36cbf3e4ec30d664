namespace Krat.Domain.Common;

/// <summary>
/// Argument checks shared by the aggregates; each throws <see cref="ArgumentException"/> naming the argument — a
/// <see cref="DomainArgumentException"/> (Albanian and English) where the text reaches people through forms.
/// </summary>
internal static class Require
{
    /// <summary>A trimmed, non-blank text of at most <paramref name="maxLength"/> characters.</summary>
    public static string Text(string? value, string parameterName, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainArgumentException(new Label("Kjo vlerë është e detyrueshme.", "A value is required."), parameterName);
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainArgumentException(
                new Label(
                    $"Lejohen më së shumti {maxLength} karaktere; u dhanë {trimmed.Length}.",
                    $"At most {maxLength} characters are allowed; {trimmed.Length} were given."),
                parameterName);
        }

        return trimmed;
    }

    /// <summary>A trimmed text of at most <paramref name="maxLength"/> characters, or <see langword="null"/> when blank.</summary>
    public static string? OptionalText(string? value, string parameterName, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, parameterName, maxLength);

    /// <summary>A defined member of a code list.</summary>
    public static TCode Defined<TCode>(TCode value, string parameterName)
        where TCode : struct, Enum =>
        CodeList.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, $"{value} is not a value of {typeof(TCode).Name}.");

    /// <summary>A non-default strongly typed identity.</summary>
    public static TId Id<TId>(TId id, string parameterName)
        where TId : struct, IEntityId =>
        id.Value == Guid.Empty ? throw new ArgumentException("An identity is required.", parameterName) : id;
}
