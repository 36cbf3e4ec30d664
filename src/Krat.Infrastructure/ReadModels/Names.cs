using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;

namespace Krat.Infrastructure.ReadModels;

/// <summary>
/// The names of the organisations and people a read model refers to, read by two projecting queries (names only,
/// never whole aggregates) on a no-tracking repository of the unit of work.
/// </summary>
internal sealed class Names
{
    private readonly Dictionary<OrganisationId, OrganisationNames> _organisations;
    private readonly Dictionary<PersonId, PersonName> _people;

    private Names(Dictionary<OrganisationId, OrganisationNames> organisations, Dictionary<PersonId, PersonName> people)
    {
        _organisations = organisations;
        _people = people;
    }

    /// <summary>Reads the names of the given organisations and people (no query for an empty set).</summary>
    public static async Task<Names> ReadAsync(KratDbContext context, IEnumerable<OrganisationId> organisations, IEnumerable<PersonId> people, CancellationToken cancellationToken)
    {
        HashSet<OrganisationId> organisationIds = [.. organisations];
        HashSet<PersonId> personIds = [.. people];
        var organisationNames = organisationIds.Count == 0
            ? []
            : await new EfReadRepository<Organisation>(context, SpecificationEvaluator.Default).ListAsync(new OrganisationNamesSpec(organisationIds), cancellationToken).ConfigureAwait(false);
        var personNames = personIds.Count == 0
            ? []
            : await new EfReadRepository<Person>(context, SpecificationEvaluator.Default).ListAsync(new PersonNamesSpec(personIds), cancellationToken).ConfigureAwait(false);
        return new Names(organisationNames.ToDictionary(o => o.Id), personNames.ToDictionary(p => p.Id));
    }

    /// <summary>The names of an organisation; its identity as its name if it is not stored (or another committee's scope hides it).</summary>
    public OrganisationNames Of(OrganisationId id) =>
        _organisations.TryGetValue(id, out var names) ? names : new OrganisationNames(id, id.ToString(), null, null);

    /// <summary>The name of a person; the identity as the name if the person is not stored.</summary>
    public PersonName Of(PersonId id) =>
        _people.TryGetValue(id, out var name) ? name : new PersonName(id, id.ToString(), null, null);
}
