using Ardalis.Specification;
using Krat.Domain.Common;
using Krat.Domain.Geography;

namespace Krat.Domain.Organisations.Specifications;

/// <summary>
/// The organisations a committee's forms offer: those of its county and the central (national) ones, names only,
/// optionally only those whose names or acronym contain a text (Albanian diacritics and case ignored), ordered by
/// Albanian name (folded sort key, then identity) and at most <c>take</c> of them, so that a picker never lists
/// every organisation of the country.
/// </summary>
public sealed class OrganisationChoicesSpec : Specification<Organisation, OrganisationNames>
{
    /// <summary>The most names a picker asks for when it does not say.</summary>
    public const int DefaultTake = 100;

    /// <summary>Builds the query.</summary>
    /// <param name="county">The committee's county.</param>
    /// <param name="text">The text to find; every organisation of the county and every central one when blank.</param>
    /// <param name="take">The most names to return, at least 1.</param>
    public OrganisationChoicesSpec(CountyCode county, string? text = null, int take = DefaultTake)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        var folded = AlbanianText.Fold(text);
        Query
            .Where(o => o.County == county || o.Level == OrganisationLevel.Central)
            .Where(o => OrganisationKeys.Search(o).Contains(folded), folded.Length > 0)
            .OrderBy(o => OrganisationKeys.Sort(o))
            .ThenBy(o => o.Id)
            .Take(take)
            .Select(o => new OrganisationNames(o.Id, o.Name, o.EnglishName, o.Acronym));
    }
}
