using Krat.Domain.Common;

namespace Krat.Domain.People;

/// <summary>
/// What a person is found and listed by, folded (<see cref="AlbanianText"/>) so that diacritics and case do not
/// matter: the keys the people specifications search and order by.
/// </summary>
internal static class PersonKeys
{
    /// <summary>The full name and position title, folded: what a search looks in.</summary>
    internal static string Search(Person person) => AlbanianText.FoldAll(person.FullName, person.PositionTitle, person.EnglishPositionTitle);

    /// <summary>Family then given name (the full name when it was recorded as one text), folded: the order of lists.</summary>
    internal static string Sort(Person person) =>
        person.FamilyName is null ? AlbanianText.Fold(person.FullName) : AlbanianText.FoldAll(person.FamilyName, person.GivenName);
}
