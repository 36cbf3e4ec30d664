using Ardalis.Specification;
using Krat.Domain.Common;
using Krat.Domain.Geography;

namespace Krat.Domain.Organisations.Specifications;

/// <summary>
/// Organisations whose names or acronym contain a text, Albanian diacritics and case ignored
/// ("ndergjegjesim" finds "ndërgjegjësim"), optionally of one kind and one county, ordered by Albanian name.
/// </summary>
public sealed class OrganisationsMatchingSpec : Specification<Organisation>
{
    /// <summary>Builds the query.</summary>
    /// <param name="text">The text to find; every organisation when blank.</param>
    /// <param name="kind">Only organisations of this kind, when given.</param>
    /// <param name="county">Only organisations of this county, when given.</param>
    public OrganisationsMatchingSpec(string? text = null, OrganisationKind? kind = null, CountyCode? county = null)
    {
        var folded = AlbanianText.Fold(text);
        Query
            .Where(o => OrganisationKeys.Search(o).Contains(folded), folded.Length > 0)
            .Where(o => o.Kind == kind, kind.HasValue)
            .Where(o => o.County == county, county.HasValue)
            .OrderBy(o => OrganisationKeys.Sort(o))
            .ThenBy(o => o.Id);
    }
}
