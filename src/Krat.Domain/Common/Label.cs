using System.Globalization;

namespace Krat.Domain.Common;

/// <summary>A text in Albanian (the first language of the data) with its English rendering.</summary>
/// <param name="Albanian">The Albanian text, with its diacritics (ë, ç).</param>
/// <param name="English">The English text.</param>
public sealed record Label(string Albanian, string English)
{
    /// <summary>The Albanian text, with its diacritics (ë, ç).</summary>
    public string Albanian { get; } = Albanian;

    /// <summary>The English text.</summary>
    public string English { get; } = English;

    /// <summary>The text for a culture: English for any English culture, Albanian otherwise.</summary>
    /// <param name="culture">The culture of the reader; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The text in the reader's language.</returns>
    public string In(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        return culture.TwoLetterISOLanguageName == "en" ? English : Albanian;
    }

    /// <inheritdoc />
    public override string ToString() => Albanian;
}

/// <summary>Gives a member of a code list (an enum of the domain) its Albanian and English labels.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class LabelAttribute : Attribute
{
    /// <summary>Labels a code.</summary>
    /// <param name="albanian">The Albanian label.</param>
    /// <param name="english">The English label.</param>
    public LabelAttribute(string albanian, string english)
    {
        Albanian = albanian;
        English = english;
    }

    /// <summary>The Albanian label.</summary>
    public string Albanian { get; }

    /// <summary>The English label.</summary>
    public string English { get; }
}
