using Krat.Domain.Common;

namespace Krat.Domain.Initiatives;

/// <summary>
/// Where an initiative stands. Allowed moves: Draft → Endorsed → Active → Completed; no step back and no skip.
/// A code list.
/// </summary>
public enum InitiativeStatus
{
    /// <summary>Proposed, not yet backed by an authority.</summary>
    [Label("Projekt", "Draft")]
    Draft = 1,

    /// <summary>Endorsed by an organisation or a person on a date.</summary>
    [Label("Mbështetur", "Endorsed")]
    Endorsed = 2,

    /// <summary>Being carried out.</summary>
    [Label("Në zbatim", "Active")]
    Active = 3,

    /// <summary>Finished. Final.</summary>
    [Label("Përfunduar", "Completed")]
    Completed = 4,
}
