using Krat.Domain.Common;

namespace Krat.Domain.Activities;

/// <summary>What kind of activity was planned or held. A code list with Albanian and English labels.</summary>
public enum ActivityKind
{
    /// <summary>An awareness session for a community or group.</summary>
    [Label("Seancë ndërgjegjësuese", "Awareness session")]
    AwarenessSession = 1,

    /// <summary>A session in a school, with pupils, teachers or parents.</summary>
    [Label("Seancë në shkollë", "School session")]
    SchoolSession = 2,

    /// <summary>A public event of a campaign.</summary>
    [Label("Aktivitet fushate", "Campaign event")]
    CampaignEvent = 3,

    /// <summary>A training for professionals.</summary>
    [Label("Trajnim", "Training")]
    Training = 4,

    /// <summary>A workshop or round table.</summary>
    [Label("Punëtori", "Workshop")]
    Workshop = 5,

    /// <summary>Outreach work in the field (street work, door to door, community visits).</summary>
    [Label("Punë në terren", "Outreach")]
    Outreach = 6,

    /// <summary>A television, radio or online media appearance.</summary>
    [Label("Paraqitje në media", "Media appearance")]
    MediaAppearance = 7,

    /// <summary>A leaflet, poster, report or other publication.</summary>
    [Label("Botim", "Publication")]
    Publication = 8,

    /// <summary>A cultural event (exhibition, theatre, concert).</summary>
    [Label("Aktivitet kulturor", "Cultural event")]
    CulturalEvent = 9,

    /// <summary>A sports event.</summary>
    [Label("Aktivitet sportiv", "Sports event")]
    SportsEvent = 10,

    /// <summary>Any other kind of activity.</summary>
    [Label("Tjetër", "Other")]
    Other = 11,
}

/// <summary>
/// Where an activity stands. Allowed moves: Planned → Completed, Cancelled or Postponed; Postponed → Planned
/// (replanned with a new date) or Cancelled. Completed and Cancelled are final.
/// </summary>
public enum ActivityStatus
{
    /// <summary>Planned for a date that has not been held yet.</summary>
    [Label("Planifikuar", "Planned")]
    Planned = 1,

    /// <summary>Held; the actual dates and the people reached are recorded. Final.</summary>
    [Label("Realizuar", "Completed")]
    Completed = 2,

    /// <summary>Called off, with a reason. Final.</summary>
    [Label("Anuluar", "Cancelled")]
    Cancelled = 3,

    /// <summary>Put off without a new date yet.</summary>
    [Label("Shtyrë", "Postponed")]
    Postponed = 4,
}

/// <summary>A group of people that an activity, an initiative or a service is meant for. A code list.</summary>
public enum TargetGroup
{
    /// <summary>Pupils of primary and secondary schools.</summary>
    [Label("Nxënës", "Pupils")]
    Pupils = 1,

    /// <summary>Teachers and school staff.</summary>
    [Label("Mësues", "Teachers")]
    Teachers = 2,

    /// <summary>Parents.</summary>
    [Label("Prindër", "Parents")]
    Parents = 3,

    /// <summary>Roma and Egyptian communities.</summary>
    [Label("Komunitetet rome dhe egjiptiane", "Roma and Egyptian communities")]
    RomaAndEgyptianCommunities = 4,

    /// <summary>Children in street situations.</summary>
    [Label("Fëmijë në situatë rruge", "Children in street situations")]
    ChildrenInStreetSituations = 5,

    /// <summary>Young people.</summary>
    [Label("Të rinj", "Youth")]
    Youth = 6,

    /// <summary>Job seekers.</summary>
    [Label("Punëkërkues", "Job seekers")]
    JobSeekers = 7,

    /// <summary>Women and girls.</summary>
    [Label("Gra dhe vajza", "Women")]
    Women = 8,

    /// <summary>Front-line professionals (police, social workers, health and education staff).</summary>
    [Label("Profesionistë të vijës së parë", "Front-line professionals")]
    FrontLineProfessionals = 9,

    /// <summary>Employers and businesses.</summary>
    [Label("Punëdhënës", "Employers")]
    Employers = 10,

    /// <summary>The general public.</summary>
    [Label("Publiku i gjerë", "General public")]
    GeneralPublic = 11,

    /// <summary>Victims and potential victims of trafficking (as a group served, never as individuals).</summary>
    [Label("Viktima dhe viktima të mundshme", "Victims and potential victims")]
    VictimsAndPotentialVictims = 12,

    /// <summary>Migrants and returnees.</summary>
    [Label("Emigrantë dhe të kthyer", "Migrants and returnees")]
    MigrantsAndReturnees = 13,
}

/// <summary>Who may see a record: the committee's members only, or the public site as well. A code list.</summary>
public enum Visibility
{
    /// <summary>Only the committee's members and staff.</summary>
    [Label("E brendshme", "Internal")]
    Internal = 1,

    /// <summary>Anyone, including the public site.</summary>
    [Label("Publike", "Public")]
    Public = 2,
}
