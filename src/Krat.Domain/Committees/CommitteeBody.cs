namespace Krat.Domain.Committees;

/// <summary>
/// The two tiers of a KRAT: the committee itself (heads of institutions, chaired by the Prefect) and its
/// Technical Table (working level, chaired by the prefecture's Secretary General, meets more often).
/// </summary>
public enum CommitteeBody
{
    /// <summary>Komiteti — the committee itself.</summary>
    [Common.Label("Komiteti", "Committee")]
    Committee = 1,

    /// <summary>Tryeza teknike — the Technical Table.</summary>
    [Common.Label("Tryeza teknike", "Technical Table")]
    TechnicalTable = 2,
}
