using Krat.Domain.Common;

namespace Krat.Domain.Statistics;

/// <summary>The sex dimension of victim counts. A code list.</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    [Label("Femër", "Female")]
    Female = 1,

    /// <summary>Male.</summary>
    [Label("Mashkull", "Male")]
    Male = 2,
}

/// <summary>The age dimension of victim counts: under 18 or not. A code list.</summary>
public enum AgeGroup
{
    /// <summary>Under 18.</summary>
    [Label("Fëmijë", "Child")]
    Child = 1,

    /// <summary>18 or over.</summary>
    [Label("I rritur", "Adult")]
    Adult = 2,
}

/// <summary>The identification status dimension of victim counts. A code list.</summary>
public enum VictimStatus
{
    /// <summary>Potential victim.</summary>
    [Label("Viktimë e mundshme", "Potential victim")]
    Potential = 1,

    /// <summary>Officially identified victim.</summary>
    [Label("Viktimë zyrtare", "Official victim")]
    Official = 2,
}

/// <summary>The form-of-exploitation dimension of victim counts. A code list.</summary>
public enum ExploitationForm
{
    /// <summary>Sexual exploitation.</summary>
    [Label("Shfrytëzim seksual", "Sexual exploitation")]
    Sexual = 1,

    /// <summary>Labour exploitation.</summary>
    [Label("Shfrytëzim për punë", "Labour exploitation")]
    Labour = 2,

    /// <summary>Forced begging.</summary>
    [Label("Lypje e detyruar", "Forced begging")]
    Begging = 3,

    /// <summary>Forced criminality.</summary>
    [Label("Kriminalitet i detyruar", "Forced criminality")]
    ForcedCriminality = 4,

    /// <summary>Any other form, or more than one.</summary>
    [Label("Tjetër", "Other")]
    Other = 5,
}

/// <summary>A dimension along which victim counts are broken down; used to choose the rows and columns of a published table.</summary>
public enum StatisticsDimension
{
    /// <summary>By <see cref="Statistics.Sex"/>.</summary>
    [Label("Gjinia", "Sex")]
    Sex = 1,

    /// <summary>By <see cref="Statistics.AgeGroup"/>.</summary>
    [Label("Mosha", "Age group")]
    AgeGroup = 2,

    /// <summary>By <see cref="VictimStatus"/>.</summary>
    [Label("Statusi", "Status")]
    Status = 3,

    /// <summary>By <see cref="Statistics.ExploitationForm"/>.</summary>
    [Label("Forma e shfrytëzimit", "Form of exploitation")]
    ExploitationForm = 4,
}

/// <summary>
/// Whether a published figure is shown, hidden or not broken down. A code list. Public output says only this, never
/// why a figure is hidden (a small count or the protection of one): the committee's own review sees the reason
/// (<see cref="Disclosure.HidingReason"/>).
/// </summary>
public enum SuppressionState
{
    /// <summary>Shown as it is.</summary>
    [Label("E shfaqur", "Shown")]
    Shown = 1,

    /// <summary>Hidden, shown as "x": a count of at least 1, either small or hidden to protect a small one.</summary>
    [Label("E fshehur: numër i vogël, ose e fshehur për të mbrojtur një të tillë", "Hidden: a small count, or hidden to protect one")]
    Hidden = 2,

    /// <summary>Not broken down (the view as a whole is withheld: too few); it may be 0.</summary>
    [Label("Pa ndarje: shumë pak", "Not broken down: too few")]
    Withheld = 3,
}
