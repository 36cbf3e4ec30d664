using Krat.Domain.Common;

namespace Krat.Domain.Partnerships;

/// <summary>
/// The role of a participant in a partnership: the four organisation roles of the IATI standard (codes 1–4,
/// same numbers) and a plain partner (5, outside IATI). A code list.
/// </summary>
public enum ParticipantRole
{
    /// <summary>IATI 1: provides the money.</summary>
    [Label("Financues", "Funding")]
    Funding = 1,

    /// <summary>IATI 2: answers for the partnership (the lead).</summary>
    [Label("Përgjegjës", "Accountable")]
    Accountable = 2,

    /// <summary>IATI 3: manages the funds on behalf of the funder.</summary>
    [Label("Ndërmjetës", "Extending")]
    Extending = 3,

    /// <summary>IATI 4: carries out the work.</summary>
    [Label("Zbatues", "Implementing")]
    Implementing = 4,

    /// <summary>Takes part without one of the IATI roles.</summary>
    [Label("Partner", "Partner")]
    Partner = 5,
}

/// <summary>A type of service that a provider offers to victims and people at risk. A code list.</summary>
public enum ServiceType
{
    /// <summary>Shelter and safe accommodation.</summary>
    [Label("Strehim", "Shelter")]
    Shelter = 1,

    /// <summary>Psychosocial support and counselling.</summary>
    [Label("Mbështetje psiko-sociale", "Psychosocial support")]
    PsychosocialSupport = 2,

    /// <summary>Legal aid.</summary>
    [Label("Ndihmë juridike", "Legal aid")]
    LegalAid = 3,

    /// <summary>Health care.</summary>
    [Label("Kujdes shëndetësor", "Health care")]
    HealthCare = 4,

    /// <summary>Education and schooling support.</summary>
    [Label("Arsim", "Education")]
    Education = 5,

    /// <summary>Vocational training.</summary>
    [Label("Formim profesional", "Vocational training")]
    VocationalTraining = 6,

    /// <summary>Economic support and employment help.</summary>
    [Label("Mbështetje ekonomike", "Economic support")]
    EconomicSupport = 7,

    /// <summary>Family reunification and reintegration.</summary>
    [Label("Ribashkim familjar", "Family reunification")]
    FamilyReunification = 8,

    /// <summary>Child protection.</summary>
    [Label("Mbrojtje e fëmijëve", "Child protection")]
    ChildProtection = 9,

    /// <summary>Community and day-centre services.</summary>
    [Label("Shërbime komunitare", "Community services")]
    CommunityServices = 10,
}
