using System.Globalization;
using NodaTime;

namespace Krat.Web.Charts;

/// <summary>
/// How the plan, partnership and statistics pages write days, periods, ratios and amounts in the reader's
/// language: Albanian "31.10.2023", English "31 Oct 2023"; a calendar year as "2023"; ratios as "45 %".
/// </summary>
public static class DisplayText
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>A day, e.g. "31.10.2023" or "31 Oct 2023".</summary>
    public static string Date(LocalDate date) =>
        IsEnglish ? date.ToString("d MMM yyyy", EnglishCulture) : date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A day or a dash.</summary>
    public static string Date(LocalDate? date) => date is { } d ? Date(d) : "—";

    /// <summary>ISO form for a <c>datetime</c> attribute or a date input.</summary>
    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A period: "2023" for a whole calendar year, else "01.01.2023 – 30.06.2023" (open end: "01.01.2023 –").</summary>
    public static string Period(LocalDate start, LocalDate? end)
    {
        if (end is { } e && start.Day == 1 && start.Month == 1 && e.Month == 12 && e.Day == 31 && e.Year == start.Year)
        {
            return start.Year.ToString(CultureInfo.InvariantCulture);
        }

        return end is { } last ? $"{Date(start)} – {Date(last)}" : $"{Date(start)} –";
    }

    /// <summary>A ratio from 0 to 1 as a whole percentage, "45 %"; a dash when unknown.</summary>
    public static string Percent(double? ratio) =>
        ratio is { } r ? Math.Round(r * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + " %" : "—";

    /// <summary>An amount of an indicator, in the reader's culture ("85", "12,5").</summary>
    public static string Amount(decimal? amount) =>
        amount is { } a ? a.ToString("0.##", CultureInfo.CurrentCulture) : "—";
}
