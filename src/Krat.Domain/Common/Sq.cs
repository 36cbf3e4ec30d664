using System.Globalization;
using NodaTime;

namespace Krat.Domain.Common;

/// <summary>How the Albanian texts of domain errors write dates and periods: dd.MM.yyyy, as in Albanian administration.</summary>
internal static class Sq
{
    /// <summary>A day as dd.MM.yyyy, for example 31.10.2023.</summary>
    public static string Date(LocalDate date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A day as dd.MM.yyyy, or "—" when unknown.</summary>
    public static string Date(LocalDate? date) => date is { } day ? Date(day) : "—";

    /// <summary>A moment of a day as dd.MM.yyyy HH:mm.</summary>
    public static string DateTime(LocalDateTime at) => at.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A period as 31.10.2023–30.10.2026, or "nga 31.10.2023" when it has no end.</summary>
    public static string Period(Term term) => Period(term.Start, term.End);

    /// <summary>A period from <paramref name="start"/> to an optional inclusive <paramref name="end"/>.</summary>
    public static string Period(LocalDate start, LocalDate? end) =>
        end is { } last ? $"{Date(start)}–{Date(last)}" : $"nga {Date(start)}";
}
