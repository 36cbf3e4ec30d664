using NodaTime;

namespace Krat.Domain.Common;

/// <summary>
/// Argument checks shared by the aggregates; each throws <see cref="ArgumentException"/> naming the argument — a
/// <see cref="DomainArgumentException"/> (Albanian and English) where the text reaches people through forms.
/// </summary>
internal static class Require
{
    /// <summary>
    /// The largest amount the domain accepts in a figure (an indicator's value, a count): what an <see cref="int"/>
    /// holds, so that no sum or export overflows.
    /// </summary>
    public const int MaxAmount = int.MaxValue;

    /// <summary>
    /// Bidirectional control characters (embeddings, overrides, isolates and the directional marks): invisible, they
    /// can make a title read differently from what it is ("Trojan Source"). Albanian and English never need them.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> BidiControls = System.Buffers.SearchValues.Create(
        "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>A trimmed, non-blank text of at most <paramref name="maxLength"/> characters.</summary>
    public static string Text(string? value, string parameterName, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainArgumentException(new Label("Kjo vlerë është e detyrueshme.", "A value is required."), parameterName);
        }

        var trimmed = value.Trim();
        if (trimmed.AsSpan().IndexOfAny(BidiControls) >= 0)
        {
            throw new DomainArgumentException(
                new Label(
                    "Teksti përmban shenja të padukshme që ndryshojnë drejtimin e shkrimit (si U+202E); hiqini dhe provoni përsëri.",
                    "The text contains invisible characters that change the direction of writing (such as U+202E); remove them and try again."),
                parameterName);
        }

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

    /// <summary>A day inside <see cref="PlausibleDates"/> (by default 1990–2100).</summary>
    public static LocalDate Date(LocalDate value, string parameterName)
    {
        if (!PlausibleDates.Contains(value))
        {
            throw new DomainArgumentException(
                new Label(
                    $"Data {Sq.Date(value)} nuk është e besueshme: pranohen data nga {Sq.Date(PlausibleDates.Earliest)} deri më {Sq.Date(PlausibleDates.Latest)}.",
                    $"The date {value:yyyy-MM-dd} is not plausible: dates from {PlausibleDates.Earliest:yyyy-MM-dd} to {PlausibleDates.Latest:yyyy-MM-dd} are accepted."),
                parameterName);
        }

        return value;
    }

    /// <summary>An optional day inside <see cref="PlausibleDates"/>.</summary>
    public static LocalDate? Date(LocalDate? value, string parameterName) =>
        value is { } day ? Date(day, parameterName) : null;

    /// <summary>An amount of at most <see cref="MaxAmount"/> (the caller checks the lower bound and whole numbers).</summary>
    public static decimal? Amount(decimal? value, string parameterName)
    {
        if (value is > MaxAmount or < -MaxAmount)
        {
            throw new DomainArgumentException(
                new Label(
                    $"Vlera {value} është shumë e madhe: lejohet më së shumti {MaxAmount}.",
                    $"The value {value} is too large: at most {MaxAmount} is allowed."),
                parameterName);
        }

        return value;
    }
}
