using Ardalis.Specification;
using Krat.Domain.Common;
using Krat.Domain.Organisations;

namespace Krat.Domain.People.Specifications;

/// <summary>
/// The people of some organisations (those who represent or represented them), optionally only those whose name
/// or position title contains a text (Albanian diacritics and case ignored): one <see cref="PersonOfOrganisation"/>
/// line per person and organisation, names only, by family then given name (diacritics ignored), then person, then organisation. What a form offers
/// when it asks "who came for this institution" without listing everybody.
/// </summary>
/// <remarks>
/// The projection refers to the person, so Krat's evaluator gives EF Core the result-selector form of
/// <c>SelectMany</c> (one join). The order is applied after the join, in memory, both for the repository and for
/// <c>Evaluate</c>.
/// </remarks>
public sealed class PeopleOfOrganisationsSpec : Specification<Person, PersonOfOrganisation>
{
    /// <summary>Builds the query.</summary>
    /// <param name="organisations">The organisations; an empty collection gives no lines.</param>
    /// <param name="text">The text to find; everyone of the organisations when blank.</param>
    public PeopleOfOrganisationsSpec(IReadOnlyCollection<OrganisationId> organisations, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        List<OrganisationId> ids = [.. organisations.Distinct()];
        var folded = AlbanianText.Fold(text);
        Query
            .Where(p => p.Representations.Any(r => ids.Contains(r.OrganisationId)))
            .Where(p => PersonKeys.Search(p).Contains(folded), folded.Length > 0)
            .OrderBy(p => PersonKeys.Sort(p))
            .ThenBy(p => p.Id)
            .PostProcessingAction(lines => lines.OrderBy(l => l.SortKey, StringComparer.Ordinal).ThenBy(l => l.PersonId).ThenBy(l => l.OrganisationId))
            .SelectMany(p => p.Representations
                .AsQueryable()
                .Where(r => ids.Contains(r.OrganisationId))
                .Select(r => new PersonOfOrganisation(p.Id, r.OrganisationId, p.FullName, p.Honorific, PersonKeys.Sort(p))));
    }
}
