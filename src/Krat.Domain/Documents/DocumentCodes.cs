using Krat.Domain.Common;

namespace Krat.Domain.Documents;

/// <summary>What kind of record an attachment belongs to. A code list.</summary>
public enum AttachmentOwner
{
    /// <summary>A meeting (signed minutes, attendance sheet…).</summary>
    [Label("Mbledhje", "Meeting")]
    Meeting = 1,

    /// <summary>An activity (photos, attendance sheet, report…).</summary>
    [Label("Aktivitet", "Activity")]
    Activity = 2,

    /// <summary>A partnership (the signed agreement, a report…).</summary>
    [Label("Partneritet", "Partnership")]
    Partnership = 3,
}

/// <summary>What an attached file is. A code list.</summary>
public enum AttachmentPurpose
{
    /// <summary>The minutes, signed.</summary>
    [Label("Procesverbal i nënshkruar", "Signed minutes")]
    SignedMinutes = 1,

    /// <summary>The attendance sheet with signatures.</summary>
    [Label("Listë prezence", "Attendance sheet")]
    AttendanceSheet = 2,

    /// <summary>A photo.</summary>
    [Label("Fotografi", "Photo")]
    Photo = 3,

    /// <summary>A report.</summary>
    [Label("Raport", "Report")]
    Report = 4,

    /// <summary>Another document.</summary>
    [Label("Tjetër", "Other")]
    Other = 5,
}

/// <summary>What an import from a spreadsheet brings in. A code list.</summary>
public enum ImportKind
{
    /// <summary>Activities of the committee.</summary>
    [Label("Aktivitete", "Activities")]
    Activities = 1,

    /// <summary>Organisations.</summary>
    [Label("Organizata", "Organisations")]
    Organisations = 2,

    /// <summary>People.</summary>
    [Label("Persona", "People")]
    People = 3,
}
