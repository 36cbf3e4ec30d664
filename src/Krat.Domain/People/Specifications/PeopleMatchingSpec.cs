using Ardalis.Specification;
using Krat.Domain.Common;
using Krat.Domain.Organisations;

namespace Krat.Domain.People.Specifications;

/// <summary>
/// People whose name or position title contains a text, Albanian diacritics and case ignored, optionally
/// only those who ever represented an organisation; ordered by family then given name.
/// </summary>
public sealed class PeopleMatchingSpec : Specification<Person>
{
    /// <summary>Builds the query.</summary>
    /// <param name="text">The text to find; every person when blank.</param>
    /// <param name="organisationId">Only people who represent or represented this organisation, when given.</param>
    public PeopleMatchingSpec(string? text = null, OrganisationId? organisationId = null)
    {
        var folded = AlbanianText.Fold(text);
        var organisation = organisationId.GetValueOrDefault();
        Query
            .Where(p => PersonKeys.Search(p).Contains(folded), folded.Length > 0)
            .Where(p => p.Representations.Any(r => r.OrganisationId == organisation), organisationId.HasValue)
            .OrderBy(p => PersonKeys.Sort(p))
            .ThenBy(p => p.Id);
    }
}
