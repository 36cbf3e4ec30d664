using Krat.Domain.Common;

namespace Krat.Domain.Organisations;

/// <summary>What kind of body an organisation is. A code list with Albanian and English labels.</summary>
public enum OrganisationKind
{
    /// <summary>A state institution of the central government (a ministry, a national agency).</summary>
    [Label("Institucion qendror shtetëror", "Central state institution")]
    CentralStateInstitution = 1,

    /// <summary>A regional branch of the state (regional police directorate, regional education office).</summary>
    [Label("Institucion rajonal shtetëror", "Regional state institution")]
    RegionalStateInstitution = 2,

    /// <summary>A prefecture, the state's representative in a county.</summary>
    [Label("Prefekturë", "Prefecture")]
    Prefecture = 3,

    /// <summary>A municipality or one of its units, such as a Child Protection Unit.</summary>
    [Label("Pushtet vendor", "Local government")]
    LocalGovernment = 4,

    /// <summary>A school.</summary>
    [Label("Shkollë", "School")]
    School = 5,

    /// <summary>A national non-governmental organisation.</summary>
    [Label("Organizatë jofitimprurëse", "Non-governmental organisation")]
    Ngo = 6,

    /// <summary>An international non-governmental organisation.</summary>
    [Label("Organizatë ndërkombëtare jofitimprurëse", "International NGO")]
    InternationalNgo = 7,

    /// <summary>A United Nations agency or another multilateral organisation.</summary>
    [Label("Agjenci e OKB-së / shumëpalëshe", "UN agency / multilateral")]
    Multilateral = 8,

    /// <summary>A bilateral donor agency, such as USAID.</summary>
    [Label("Agjenci donatore", "Donor agency")]
    DonorAgency = 9,

    /// <summary>A business.</summary>
    [Label("Biznes", "Business")]
    Business = 10,

    /// <summary>A media outlet.</summary>
    [Label("Media", "Media")]
    Media = 11,

    /// <summary>
    /// A public service centre that offers services to victims and people at risk, such as a resilience centre or a
    /// community centre set up by a partnership; it is not local government even when a municipality takes part.
    /// </summary>
    [Label("Qendër shërbimi publik", "Public service centre")]
    PublicServiceCentre = 12,
}

/// <summary>The level of government or reach at which an organisation works.</summary>
public enum OrganisationLevel
{
    /// <summary>National or international reach.</summary>
    [Label("Qendror", "Central")]
    Central = 1,

    /// <summary>One county (qark).</summary>
    [Label("Rajonal", "Regional")]
    Regional = 2,

    /// <summary>One municipality.</summary>
    [Label("Vendor", "Local")]
    Local = 3,
}
