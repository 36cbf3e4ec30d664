using System.Globalization;
using Krat.Web.Localization;
using NodaTime;

namespace Krat.Web.Charts;

/// <summary>
/// How the plan, partnership and statistics pages write days, periods, ratios and amounts in the reader's
/// language, through <see cref="Formats"/>; a calendar year as "2023".
/// </summary>
public static class DisplayText
{
    /// <summary>A day, e.g. "31.10.2023" or "31 Oct 2023" (<see cref="Formats"/>).</summary>
    public static string Date(LocalDate date) => Formats.Date(date);

    /// <summary>A day or a dash.</summary>
    public static string Date(LocalDate? date) => date is { } d ? Date(d) : "—";

    /// <summary>ISO form for a <c>datetime</c> attribute or a date input.</summary>
    public static string Iso(LocalDate date) => Formats.Iso(date);

    /// <summary>A period: "2023" for a whole calendar year, else "01.01.2023 – 30.06.2023" (open end: "01.01.2023 –").</summary>
    public static string Period(LocalDate start, LocalDate? end)
    {
        if (end is { } e && start.Day == 1 && start.Month == 1 && e.Month == 12 && e.Day == 31 && e.Year == start.Year)
        {
            return start.Year.ToString(CultureInfo.InvariantCulture);
        }

        return end is { } last ? $"{Date(start)} – {Date(last)}" : $"{Date(start)} –";
    }

    /// <summary>A ratio from 0 to 1 as a whole percentage (<see cref="Formats.Percent"/>); a dash when unknown.</summary>
    public static string Percent(double? ratio) => Formats.Percent(ratio);

    /// <summary>An amount of an indicator, in the reader's culture ("85", "1 234,5"); a dash when unknown.</summary>
    public static string Amount(decimal? amount) => amount is { } a ? Formats.Number(a) : "—";
}
