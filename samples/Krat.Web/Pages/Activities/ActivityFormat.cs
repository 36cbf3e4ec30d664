using System.Globalization;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using NodaTime;
using Krat.Web.Localization;

namespace Krat.Web.Pages.Activities;

/// <summary>How the activities pages write dates, numbers and code lists in the reader's language.</summary>
public static class ActivityFormat
{

    /// <summary>A day: "31.10.2023" in Albanian, "31 Oct 2023" in English.</summary>
    public static string Date(LocalDate date) => Formats.Date(date);

    public static string? Date(LocalDate? date) => date is { } day ? Date(day) : null;

    /// <summary>A day as ISO yyyy-MM-dd (datetime attributes, CSV, date inputs).</summary>
    public static string Iso(LocalDate date) => Formats.Iso(date);

    public static string? Iso(LocalDate? date) => date is { } day ? Iso(day) : null;

    /// <summary>A moment on Albanian time, e.g. "31.10.2023 10:15".</summary>
    public static string Moment(Instant instant) => Formats.Moment(instant);

    public static string Number(int value) => Formats.Number(value);

    public static string? Number(int? value) => value is { } number ? Number(number) : null;

    /// <summary>The label of a code in the reader's language.</summary>
    public static string Label<TCode>(TCode code)
        where TCode : struct, Enum => code.Label().In(CultureInfo.CurrentUICulture);

    /// <summary>The first and, for several days, last day: "05.10.2023" or "05.10.2023 – 07.10.2023".</summary>
    public static string Days(DateInterval days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return Formats.Days(days.Start, days.End);
    }

    /// <summary>The days the activity is shown on: actual once completed, else planned.</summary>
    public static string When(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Days(activity.ActualDays ?? activity.PlannedDays);
    }
}
