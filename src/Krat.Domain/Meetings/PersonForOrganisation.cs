using Krat.Domain.Organisations;
using Krat.Domain.People;

namespace Krat.Domain.Meetings;

/// <summary>
/// A person acting on behalf of an organisation at a meeting: the chair (the Prefect for the Prefecture),
/// or the presenter of an agenda item (Fabiola Egro for "Sot për të Ardhmen"). Equality is by value.
/// </summary>
public sealed record PersonForOrganisation
{
    private PersonForOrganisation(PersonId personId, OrganisationId organisationId)
    {
        PersonId = personId;
        OrganisationId = organisationId;
    }

    /// <summary>The person.</summary>
    public PersonId PersonId { get; private init; }

    /// <summary>The organisation the person acts for.</summary>
    public OrganisationId OrganisationId { get; private init; }

    /// <summary>A person acting for an organisation.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="organisationId">The organisation.</param>
    /// <returns>The pair.</returns>
    public static PersonForOrganisation Of(PersonId personId, OrganisationId organisationId) =>
        new(Common.Require.Id(personId, nameof(personId)), Common.Require.Id(organisationId, nameof(organisationId)));
}
