using Ardalis.Specification;

namespace Krat.Domain.People.Specifications;

/// <summary>
/// The names of people, everyone or only some, ordered by family then given name (folded, Albanian
/// diacritics and case ignored, then identity): what a page needs to name the people it shows (the
/// representatives of a roster, say) without loading their contacts and representations.
/// </summary>
public sealed class PersonNamesSpec : Specification<Person, PersonName>
{
    /// <summary>Builds the query.</summary>
    /// <param name="only">Only these people, when given (unknown identities are ignored); everyone when <see langword="null"/>.</param>
    public PersonNamesSpec(IReadOnlyCollection<PersonId>? only = null)
    {
        List<PersonId> ids = [.. only ?? []];
        Query
            .Where(p => ids.Contains(p.Id), only is not null)
            .OrderBy(p => PersonKeys.Sort(p))
            .ThenBy(p => p.Id)
            .Select(p => new PersonName(p.Id, p.FullName, p.Honorific, p.PositionTitle, p.EnglishPositionTitle));
    }
}
