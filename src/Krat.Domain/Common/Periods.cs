using NodaTime;

namespace Krat.Domain.Common;

/// <summary>The shared rule that periods never run backwards, as a domain error a secretary can read.</summary>
internal static class Periods
{
    /// <summary>The stable identifier of the rule.</summary>
    public const string BackwardsRule = "period.backwards";

    /// <summary>
    /// Checks a period given by its first and last day as a form enters it: both days plausible, the last not before
    /// the first; otherwise a <see cref="DomainArgumentException"/> naming <paramref name="endParameter"/>.
    /// </summary>
    public static void RequireOrdered(LocalDate start, LocalDate end, string startParameter, string endParameter)
    {
        Require.Date(start, startParameter);
        Require.Date(end, endParameter);
        if (end < start)
        {
            throw new DomainArgumentException(
                new Label(
                    $"Një periudhë nuk mund të përfundojë ({Sq.Date(end)}) para se të fillojë ({Sq.Date(start)}).",
                    $"A period cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."),
                endParameter);
        }
    }

    /// <summary>
    /// Checks a closed period (a <see cref="DateInterval"/>, which never runs backwards): given, and both days
    /// plausible; otherwise an <see cref="ArgumentNullException"/> or the <see cref="PlausibleDates.Rule"/> error naming
    /// <paramref name="parameter"/>.
    /// </summary>
    public static DateInterval RequirePlausible(DateInterval? period, string parameter)
    {
        ArgumentNullException.ThrowIfNull(period, parameter);
        Require.Date(period.Start, parameter);
        Require.Date(period.End, parameter);
        return period;
    }

    /// <summary>Throws <c>period.backwards</c> when <paramref name="last"/> is before <paramref name="start"/>.</summary>
    public static void RequireNotBefore(LocalDate last, LocalDate start, Label what)
    {
        Require.Date(start, nameof(start));
        Require.Date(last, nameof(last));
        if (last < start)
        {
            throw new DomainException(
                BackwardsRule,
                new Label(
                    $"Një periudhë nuk mund të shkojë mbrapsht: {what.Albanian} fillon më {Sq.Date(start)} dhe nuk mund të përfundojë më {Sq.Date(last)}.",
                    $"A period cannot run backwards: {what.English} starts on {start:yyyy-MM-dd} and cannot end on {last:yyyy-MM-dd}."));
        }
    }
}
