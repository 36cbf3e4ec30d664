using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Initiatives;

/// <summary>
/// Who endorsed an initiative and when: an organisation and/or a person (at least one), on a day, optionally at a
/// meeting and by a decision of it. Equality is by value.
/// </summary>
public sealed record Endorsement
{
    private Endorsement(OrganisationId? organisationId, PersonId? personId, LocalDate on, MeetingId? meetingId, DecisionId? decisionId)
    {
        OrganisationId = organisationId;
        PersonId = personId;
        On = on;
        MeetingId = meetingId;
        DecisionId = decisionId;
    }

    /// <summary>The endorsing organisation, such as the Prefecture.</summary>
    public OrganisationId? OrganisationId { get; private init; }

    /// <summary>The endorsing person, such as the Prefect.</summary>
    public PersonId? PersonId { get; private init; }

    /// <summary>The day of the endorsement.</summary>
    public LocalDate On { get; private init; }

    /// <summary>The meeting where it was given, if any.</summary>
    public MeetingId? MeetingId { get; private init; }

    /// <summary>The decision that records it, if any.</summary>
    public DecisionId? DecisionId { get; private init; }

    /// <summary>Records an endorsement.</summary>
    /// <param name="on">The day.</param>
    /// <param name="organisationId">The endorsing organisation.</param>
    /// <param name="personId">The endorsing person.</param>
    /// <param name="meetingId">The meeting.</param>
    /// <param name="decisionId">The decision.</param>
    /// <returns>The endorsement.</returns>
    /// <exception cref="ArgumentException">Neither an organisation nor a person is given, or an identity is empty.</exception>
    public static Endorsement By(LocalDate on, OrganisationId? organisationId = null, PersonId? personId = null, MeetingId? meetingId = null, DecisionId? decisionId = null)
    {
        if (organisationId is null && personId is null)
        {
            throw new DomainArgumentException(new Label("Mbështetja jepet nga një organizatë, nga një person ose nga të dy.", "An endorsement is given by an organisation, a person, or both."), nameof(organisationId));
        }

        if (organisationId?.Value == Guid.Empty || personId?.Value == Guid.Empty || meetingId?.Value == Guid.Empty || decisionId?.Value == Guid.Empty)
        {
            throw new ArgumentException("An identity is required.", nameof(organisationId));
        }

        return new Endorsement(organisationId, personId, on, meetingId, decisionId);
    }
}
