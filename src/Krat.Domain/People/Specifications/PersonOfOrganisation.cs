using Krat.Domain.Organisations;

namespace Krat.Domain.People.Specifications;

/// <summary>
/// A person together with one organisation the person represents or represented (see
/// <see cref="PeopleOfOrganisationsSpec"/>): one line per person and organisation, names only.
/// </summary>
public sealed class PersonOfOrganisation
{
    /// <summary>Creates the read model.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="organisationId">The organisation the person represents or represented.</param>
    /// <param name="fullName">The person's name as it is written.</param>
    /// <param name="honorific">The honorific, or <see langword="null"/>.</param>
    /// <param name="sortKey">The person's family then given name, folded: the order of the lines.</param>
    internal PersonOfOrganisation(PersonId personId, OrganisationId organisationId, string fullName, string? honorific, string sortKey)
    {
        PersonId = personId;
        OrganisationId = organisationId;
        FullName = fullName;
        Honorific = honorific;
        SortKey = sortKey;
    }

    /// <summary>The person.</summary>
    public PersonId PersonId { get; }

    /// <summary>The organisation the person represents or represented.</summary>
    public OrganisationId OrganisationId { get; }

    /// <summary>The name as it is written (<see cref="Person.FullName"/>).</summary>
    public string FullName { get; }

    /// <summary>The honorific, such as "Z." (Mr) or "Znj." (Ms), or <see langword="null"/>.</summary>
    public string? Honorific { get; }

    /// <summary>The person's family then given name, folded: the order of the lines.</summary>
    internal string SortKey { get; }

    /// <inheritdoc />
    /// <remarks>As <see cref="Person.ToString"/>: the full name, after the honorific when there is one.</remarks>
    public override string ToString() => Person.Titled(Honorific, FullName);
}
