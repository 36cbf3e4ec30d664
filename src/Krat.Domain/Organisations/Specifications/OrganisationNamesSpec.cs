using Ardalis.Specification;

namespace Krat.Domain.Organisations.Specifications;

/// <summary>
/// The names of organisations, every one or only some, ordered by Albanian name (folded, Albanian
/// diacritics and case ignored, then identity): what a page needs to name the organisations it shows or to
/// offer them as choices, without loading whole organisations.
/// </summary>
public sealed class OrganisationNamesSpec : Specification<Organisation, OrganisationNames>
{
    /// <summary>Builds the query.</summary>
    /// <param name="only">Only these organisations, when given (unknown identities are ignored); every organisation when <see langword="null"/>.</param>
    public OrganisationNamesSpec(IReadOnlyCollection<OrganisationId>? only = null)
    {
        List<OrganisationId> ids = [.. only ?? []];
        Query
            .Where(o => ids.Contains(o.Id), only is not null)
            .OrderBy(o => OrganisationKeys.Sort(o))
            .ThenBy(o => o.Id)
            .Select(o => new OrganisationNames(o.Id, o.Name, o.EnglishName, o.Acronym, o.County));
    }
}
