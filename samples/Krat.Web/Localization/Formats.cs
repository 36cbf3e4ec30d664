using System.Globalization;
using Krat.Domain.Geography;
using NodaTime;
using NodaTime.Text;

namespace Krat.Web.Localization;

/// <summary>
/// The one place where the site writes days, times, numbers and percentages, in the reader's culture for pages
/// (<see cref="CultureInfo.CurrentCulture"/>), in ISO and invariant form for files and attributes:
/// <list type="bullet">
/// <item>a day: "31.10.2023" in Albanian, "31 Oct 2023" in English; ISO "2023-10-31" in CSV, JSON and <c>datetime</c>;</item>
/// <item>a number: the culture's grouping, "20 544" in Albanian, "20,544" in English; "20544" in files;</item>
/// <item>a percentage: whole, after the culture's pattern ("43%" or "43 %"), never "100.0%" next to "43 %".</item>
/// </list>
/// </summary>
public static class Formats
{
    private static readonly LocalDatePattern AlbanianDate = LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu");

    private static readonly LocalDatePattern EnglishDate = LocalDatePattern.Create("d MMM uuuu", CultureInfo.GetCultureInfo("en"));

    /// <summary>Whether the current culture is English (any English culture).</summary>
    public static bool IsEnglish => IsEnglishCulture(null);

    /// <summary>A day in the reader's culture (the current one when <paramref name="culture"/> is null): "31.10.2023" (Albanian) or "31 Oct 2023" (English).</summary>
    public static string Date(LocalDate date, CultureInfo? culture = null) => (IsEnglishCulture(culture) ? EnglishDate : AlbanianDate).Format(date);

    /// <summary>A day, or an empty text for none.</summary>
    public static string Date(LocalDate? date, CultureInfo? culture = null) => date is { } day ? Date(day, culture) : string.Empty;

    /// <summary>A first and, when different, last day: "05.10.2023 – 07.10.2023"; one day alone when the last is none or the same.</summary>
    public static string Days(LocalDate first, LocalDate? last) =>
        last is { } end && end != first ? $"{Date(first)} – {Date(end)}" : Date(first);

    /// <summary>A time of day, "10:00" (24 hours in both languages).</summary>
    public static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A moment on Albanian time: "31.10.2023 10:15" (Albanian) or "31 Oct 2023 10:15" (English).</summary>
    public static string Moment(Instant instant)
    {
        var local = instant.InZone(Albania.TimeZone).LocalDateTime;
        return $"{Date(local.Date)} {Time(local.TimeOfDay)}";
    }

    /// <summary>A whole number with the culture's grouping: "20 544" or "20,544".</summary>
    public static string Number(long value, CultureInfo? culture = null) => value.ToString("#,0", culture ?? CultureInfo.CurrentCulture);

    /// <summary>A number with the culture's grouping and decimal mark, at most two decimals: "1 234,5" or "1,234.5".</summary>
    public static string Number(decimal value, CultureInfo? culture = null) => value.ToString("#,0.##", culture ?? CultureInfo.CurrentCulture);

    /// <summary>A number, or an empty text for none.</summary>
    public static string Number(decimal? value, CultureInfo? culture = null) => value is { } v ? Number(v, culture) : string.Empty;

    /// <summary>A ratio from 0 to 1 as a whole percentage in the culture's pattern ("43%" or "43 %"); "—" when unknown.</summary>
    public static string Percent(double? ratio, CultureInfo? culture = null) =>
        ratio is { } r ? (Math.Round(r * 100, MidpointRounding.AwayFromZero) / 100).ToString("P0", culture ?? CultureInfo.CurrentCulture) : "—";

    /// <summary>A day as ISO yyyy-MM-dd, whatever the culture: files (CSV, JSON), <c>datetime</c> attributes, date inputs, links.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Reads an ISO day (as report tables and files carry them), or null when the text is not one.</summary>
    public static LocalDate? ParseIso(string? text) =>
        text is { Length: 10 } && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    /// <summary>A number in invariant form without grouping ("20544", "12.5"): files (CSV, JSON) and inputs.</summary>
    public static string Iso(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static bool IsEnglishCulture(CultureInfo? culture) => (culture ?? CultureInfo.CurrentCulture).TwoLetterISOLanguageName == "en";
}
