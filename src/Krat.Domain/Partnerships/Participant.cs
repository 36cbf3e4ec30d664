using Krat.Domain.Organisations;

namespace Krat.Domain.Partnerships;

/// <summary>An organisation taking part in a partnership in one role. Equality is by value (organisation and role).</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Role">Its role.</param>
public sealed record Participant(OrganisationId OrganisationId, ParticipantRole Role)
{
    /// <summary>The organisation.</summary>
    public OrganisationId OrganisationId { get; } = OrganisationId;

    /// <summary>Its role.</summary>
    public ParticipantRole Role { get; } = Role;
}
