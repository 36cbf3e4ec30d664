using Krat.Domain.Common;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Domain.People;

/// <summary>
/// "A person represents an organisation for a period": the person works for or speaks for the organisation
/// (for example the Prefect for the Prefecture) during <see cref="Term"/>, with a position title there.
/// Whether the person fills a committee seat is recorded on the seat, not here.
/// </summary>
public sealed class Representation
{
    internal Representation(OrganisationId organisationId, Term term, string? positionTitle)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Term = term;
        PositionTitle = positionTitle;
    }

    private Representation()
    {
        Term = Term.Unset;
    }

    // The storage key of the representation; it is identified by its person, organisation and term.
    internal Guid Id { get; private set; }

    /// <summary>The organisation represented.</summary>
    public OrganisationId OrganisationId { get; private set; }

    /// <summary>The days on which the person represents the organisation, both inclusive.</summary>
    public Term Term { get; private set; }

    /// <summary>The person's position at the organisation, such as "Prefekt"; at most <see cref="Person.MaxPositionTitleLength"/> characters.</summary>
    public string? PositionTitle { get; private set; }

    internal void End(LocalDate last) => Term = Term.EndOn(last);
}
