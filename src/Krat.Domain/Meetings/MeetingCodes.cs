using Krat.Domain.Common;

namespace Krat.Domain.Meetings;

/// <summary>What a meeting is for. A code list.</summary>
public enum MeetingKind
{
    /// <summary>A regular (quarterly, half-yearly or monthly) meeting.</summary>
    [Label("Mbledhje e rregullt", "Regular meeting")]
    Regular = 1,

    /// <summary>The January–February analysis of the past year, which approves the year's action plan.</summary>
    [Label("Mbledhje vjetore analize", "Annual analysis meeting")]
    AnnualAnalysis = 2,

    /// <summary>The meeting that closes an awareness campaign, such as October's.</summary>
    [Label("Mbledhje mbyllëse e fushatës", "Campaign closing meeting")]
    CampaignClosing = 3,

    /// <summary>A meeting called outside the calendar.</summary>
    [Label("Mbledhje e jashtëzakonshme", "Extraordinary meeting")]
    Extraordinary = 4,
}

/// <summary>Where a meeting stands. Planned → Held or Planned → Cancelled; both end states are final. A code list.</summary>
public enum MeetingState
{
    /// <summary>Called but not yet held.</summary>
    [Label("E planifikuar", "Planned")]
    Planned = 1,

    /// <summary>Held: attendance, decisions and commitments can be recorded.</summary>
    [Label("E zhvilluar", "Held")]
    Held = 2,

    /// <summary>Cancelled.</summary>
    [Label("E anuluar", "Cancelled")]
    Cancelled = 3,
}

/// <summary>How a seat attended a meeting. A code list.</summary>
public enum AttendanceStatus
{
    /// <summary>Present, through a titular, a deputy or a substitute.</summary>
    [Label("I pranishëm", "Present")]
    Present = 1,

    /// <summary>Absent with an excuse.</summary>
    [Label("Mungesë e justifikuar", "Excused")]
    Excused = 2,

    /// <summary>Absent without an excuse.</summary>
    [Label("Mungesë", "Absent")]
    Absent = 3,
}

/// <summary>In which capacity the person present for a seat attended. A code list.</summary>
public enum PresenceCapacity
{
    /// <summary>The seat's titular representative.</summary>
    [Label("Titullar", "Principal")]
    Titular = 1,

    /// <summary>A deputy of the seat.</summary>
    [Label("Zëvendës", "Deputy")]
    Deputy = 2,

    /// <summary>Someone else sent by the organisation for this meeting only.</summary>
    [Label("Zëvendësues", "Substitute")]
    Substitute = 3,
}

/// <summary>What a decision of a meeting does. A code list.</summary>
public enum DecisionKind
{
    /// <summary>Approves an action plan.</summary>
    [Label("Miratim plani", "Approve a plan")]
    ApprovePlan = 1,

    /// <summary>Approves the committee's regulation.</summary>
    [Label("Miratim rregulloreje", "Approve a regulation")]
    ApproveRegulation = 2,

    /// <summary>Approves the membership order (who sits on the committee and the Technical Table).</summary>
    [Label("Miratim urdhri të përbërjes", "Approve a membership order")]
    ApproveMembershipOrder = 3,

    /// <summary>A recommendation or endorsement.</summary>
    [Label("Rekomandim", "Recommendation")]
    Recommendation = 4,

    /// <summary>Any other decision.</summary>
    [Label("Tjetër", "Other")]
    Other = 5,
}

/// <summary>Where a commitment stands. A code list.</summary>
public enum CommitmentStatus
{
    /// <summary>Not yet done; reviewed at later meetings.</summary>
    [Label("E hapur", "Open")]
    Open = 1,

    /// <summary>Done.</summary>
    [Label("E realizuar", "Done")]
    Done = 2,

    /// <summary>Dropped without being done.</summary>
    [Label("E braktisur", "Dropped")]
    Dropped = 3,
}

/// <summary>Where the minutes of a meeting stand. A code list.</summary>
public enum MinutesStatus
{
    /// <summary>Draft: the record of the meeting can still change.</summary>
    [Label("Draft", "Draft")]
    Draft = 1,

    /// <summary>Approved: the record no longer changes.</summary>
    [Label("Miratuar", "Approved")]
    Approved = 2,
}
