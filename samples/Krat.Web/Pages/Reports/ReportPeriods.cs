using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Reports;

/// <summary>The periods the report forms ask for, checked, with the errors in the reader's language.</summary>
public static class ReportPeriods
{
    /// <summary>The whole calendar year.</summary>
    public static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>The quarter 1–4 of the year.</summary>
    public static DateInterval Quarter(int year, int quarter)
    {
        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new DateInterval(start, start.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>From–to, both or neither (neither = the year of <paramref name="today"/>); null with a model error when impossible.</summary>
    public static DateInterval? FromTo(DateOnly? from, DateOnly? to, LocalDate today, ModelStateDictionary modelState, IStringLocalizer<ReportsText> texts)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(texts);
        if (from is null && to is null)
        {
            return Year(today.Year);
        }

        if (from is not { } start || to is not { } end)
        {
            modelState.AddModelError(from is null ? "from" : "to", texts["Error.BothDates"]);
            return null;
        }

        if (end < start)
        {
            modelState.AddModelError("to", texts["Error.EndBeforeStart"]);
            return null;
        }

        return new DateInterval(LocalDate.FromDateOnly(start), LocalDate.FromDateOnly(end));
    }

    /// <summary>A year (2000 to next year) and an optional quarter; null with a model error when out of range.</summary>
    public static DateInterval? YearOrQuarter(int? year, int? quarter, LocalDate today, ModelStateDictionary modelState, IStringLocalizer<ReportsText> texts)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(texts);
        var y = year ?? today.Year;
        if (y < 2000 || y > today.Year + 1)
        {
            modelState.AddModelError("year", texts["Error.Year"]);
            return null;
        }

        if (quarter is { } q && (q < 1 || q > 4))
        {
            modelState.AddModelError("quarter", texts["Error.Quarter"]);
            return null;
        }

        return quarter is { } chosen ? Quarter(y, chosen) : Year(y);
    }
}
