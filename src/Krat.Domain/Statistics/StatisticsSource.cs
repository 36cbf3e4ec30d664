using System.Text.RegularExpressions;
using Krat.Domain.Common;

namespace Krat.Domain.Statistics;

/// <summary>
/// The rule that the source of a victim statistics record says where the figures come from and nothing about a
/// person. A source such as "Raport tremujor i Autoritetit Përgjegjës, T3 2023" passes; text that reads like data
/// about an individual is refused with <c>statistics.source-personal-data</c>: an age ("16 vjeçe", "aged 16",
/// "16-year-old"), a full date or a date of birth ("12.03.2007", "2007-03-12", "12 mars 2007", "lindur më…"),
/// initials with a place ("A.B. nga Durrësi", "E.K., Shijak") or an identification number that looks like a
/// personal number ("J45812345K", nine or more digits in a row).
/// </summary>
/// <remarks>
/// The check looks for shapes, not meanings, and errs on the side of the person: a source that names a full date
/// must say the period instead ("T3 2023", "tetor 2023"). Years, quarters, months, report numbers of up to eight
/// digits and acronyms without a place after them ("A.P.", "ILO") pass.
/// </remarks>
public static partial class StatisticsSource
{
    /// <summary>The stable identifier of the rule.</summary>
    public const string PersonalDataRule = "statistics.source-personal-data";

    /// <summary>
    /// The source trimmed, or <see langword="null"/> when blank; throws when it reads like data about a person or
    /// is longer than <see cref="VictimStatistics.MaxSourceLength"/>.
    /// </summary>
    /// <param name="source">The text as typed.</param>
    /// <param name="parameterName">The argument's name, for a text that is too long.</param>
    /// <returns>The checked text.</returns>
    /// <exception cref="DomainException">The text reads like data about a person (<c>statistics.source-personal-data</c>).</exception>
    /// <exception cref="DomainArgumentException">The text is longer than <see cref="VictimStatistics.MaxSourceLength"/>.</exception>
    public static string? Check(string? source, string parameterName)
    {
        var text = Require.OptionalText(source, parameterName, VictimStatistics.MaxSourceLength);
        if (text is not null && FindPersonalData(text) is { } found)
        {
            throw new DomainException(
                PersonalDataRule,
                new Label(
                    $"Burimi duket se përmban të dhëna për një person ({found.What.Albanian}: «{found.Text}»). Statistikat mbajnë vetëm numra: shkruani vetëm nga vijnë shifrat, p.sh. «Raport tremujor i Autoritetit Përgjegjës, T3 2023».",
                    $"The source seems to hold data about a person ({found.What.English}: \"{found.Text}\"). Statistics keep counts only: write only where the figures come from, e.g. \"Responsible Authority, quarterly report, Q3 2023\"."));
        }

        return text;
    }

    /// <summary>Whether a text reads like data about a person, by the shapes listed on <see cref="StatisticsSource"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <returns><see langword="true"/> when <see cref="Check"/> would refuse it.</returns>
    public static bool LooksPersonal(string? text) => text is not null && FindPersonalData(text) is not null;

    private static (Label What, string Text)? FindPersonalData(string text)
    {
        (Regex Pattern, Label What)[] checks =
        [
            (AgePattern(), new Label("një moshë", "an age")),
            (BirthPattern(), new Label("një datëlindje", "a date of birth")),
            (FullDatePattern(), new Label("një datë e plotë", "a full date")),
            (InitialsWithPlacePattern(), new Label("inicialet me një vend", "initials with a place")),
            (PersonalNumberPattern(), new Label("një numër identifikimi", "an identification number")),
        ];
        foreach (var (pattern, what) in checks)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return (what, match.Value.Trim());
            }
        }

        return null;
    }

    // "16 vjeç", "16 vjeçe", "16-vjeçare", "16 vjeçar", "16 vjec", "mosha 16", "moshës 16", "aged 16", "age 16",
    // "16-year-old", "16 years old" — but not a plan, strategy or programme of some years ("plani 5-vjeçar",
    // "Strategjia 5-vjeçare", "5-vjeçar plan").
    [GeneratedRegex(
        @"(?<!\b(plan|strategji|program)\w*\s+)\b\d{1,2}\s*-?\s*vje[çc](e|ar|are|ari|ës)?\b(?!\s+(plan|strategji|program))|\bmosh(a|ës|e)\s+(e\s+|i\s+)?\d{1,2}\b|\baged?\s+\d{1,2}\b|\b\d{1,2}\s*-?\s*(years?|yrs?)\s*-?\s*old\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgePattern();

    // Words that announce a date of birth.
    [GeneratedRegex(
        @"\b(lindur|lindi|datëlindj\w*|datelindj\w*|d\.o\.b\.?|dob|born|date of birth|birth ?date)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BirthPattern();

    // A day, month and year: "12.03.2007", "12/3/07", "2007-03-12", "12 mars 2007", "March 12, 2007".
    [GeneratedRegex(
        @"\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(\d{4}|\d{2})\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\s+(janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|nentor|dhjetor|january|february|march|april|may|june|july|august|september|october|november|december)\w*\s+\d{4}\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullDatePattern();

    // Two or three initials ("A.B.", "E. K.", "A.B.C.") followed by a place: ", Shijak", " nga Durrësi", " from Kavajë".
    [GeneratedRegex(
        @"(?<![\p{L}.])\p{Lu}\.\s?\p{Lu}\.(\s?\p{Lu}\.)?(\s*,\s*|\s+(nga|prej|në|ne|nё|nga qyteti|from|of|in)\s+)\p{Lu}\p{Ll}+",
        RegexOptions.CultureInvariant)]
    private static partial Regex InitialsWithPlacePattern();

    // The shape of an Albanian personal number (letter, 8 digits, letter: "J45812345K"), a passport-like id
    // ("BA1234567"), or nine or more digits in a row (phone numbers, other personal ids).
    [GeneratedRegex(
        @"\b\p{L}\d{8}\p{L}\b|\b\p{L}{2}\d{7}\b|\b\d{9,}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PersonalNumberPattern();
}
