using Krat.Domain.Common;

namespace Krat.Domain.Plans;

/// <summary>The four pillars of the national anti-trafficking strategy, under which every objective sits. A code list.</summary>
public enum Pillar
{
    /// <summary>Preventing trafficking (awareness, education, employment).</summary>
    [Label("Parandalim", "Prevention")]
    Prevention = 1,

    /// <summary>Protecting and reintegrating victims.</summary>
    [Label("Mbrojtje", "Protection")]
    Protection = 2,

    /// <summary>Prosecuting traffickers.</summary>
    [Label("Ndjekje penale", "Prosecution")]
    Prosecution = 3,

    /// <summary>Partnership and coordination.</summary>
    [Label("Partneritet dhe bashkërendim", "Partnership")]
    Partnership = 4,
}

/// <summary>How an indicator is measured. A code list.</summary>
public enum IndicatorKind
{
    /// <summary>A whole number of things (sessions, people); values are integers ≥ 0.</summary>
    [Label("Numër", "Count")]
    Count = 1,

    /// <summary>A percentage; values are between 0 and 100.</summary>
    [Label("Përqindje", "Percentage")]
    Percentage = 2,

    /// <summary>A described result; values are texts and carry no number.</summary>
    [Label("Cilësor", "Qualitative")]
    Qualitative = 3,
}

/// <summary>Where an action plan stands: Draft → Approved (by a decision) → Closed. A code list.</summary>
public enum ActionPlanStatus
{
    /// <summary>Being written; everything may change.</summary>
    [Label("Projekt", "Draft")]
    Draft = 1,

    /// <summary>Approved by a decision of the committee; only indicator actuals may still be recorded.</summary>
    [Label("Miratuar", "Approved")]
    Approved = 2,

    /// <summary>Closed; nothing changes any more.</summary>
    [Label("Mbyllur", "Closed")]
    Closed = 3,
}
