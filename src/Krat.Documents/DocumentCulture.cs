using System.Globalization;
using Krat.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace Krat.Documents;

/// <summary>
/// The two languages documents are written in: Albanian first (the default), English on request. Any culture whose
/// language is English gives English; every other culture gives Albanian.
/// </summary>
public static class DocumentCulture
{
    /// <summary>Albanian (<c>sq</c>), the language documents are written in unless English is asked for.</summary>
    public static CultureInfo Albanian { get; } = CultureInfo.GetCultureInfo("sq");

    /// <summary>English (<c>en</c>).</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>Albanian or English, from a culture asked for (<see langword="null"/> gives Albanian).</summary>
    /// <param name="culture">The culture asked for.</param>
    /// <returns><see cref="English"/> for an English culture, otherwise <see cref="Albanian"/>.</returns>
    public static CultureInfo Of(CultureInfo? culture) =>
        culture?.TwoLetterISOLanguageName == "en" ? English : Albanian;

    internal static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    internal static string Text(this CultureInfo culture, string albanian, string english) =>
        IsEnglish(culture) ? english : albanian;

    internal static string Text(this CultureInfo culture, Label label) => label.In(culture);

    internal static string Date(this CultureInfo culture, LocalDate date) =>
        LocalDatePattern.Create(IsEnglish(culture) ? "d MMMM yyyy" : "dd.MM.yyyy", IsEnglish(culture) ? culture : CultureInfo.InvariantCulture).Format(date);

    internal static string Date(this CultureInfo culture, LocalDate? date) => date is { } d ? culture.Date(d) : string.Empty;
}
