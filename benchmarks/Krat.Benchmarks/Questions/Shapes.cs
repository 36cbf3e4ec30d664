using Krat.Domain.Activities;
using Krat.Domain.Geography;

namespace Krat.Benchmarks.Questions;

/// <summary>An activity row as raw SQL reads it: every column of <c>Activities</c> a list needs, JSON arrays kept as text.</summary>
public sealed record ActivityRow(
    Guid Id,
    Guid CommitteeId,
    string County,
    ActivityKind Kind,
    ActivityStatus Status,
    string Title,
    string? Description,
    string PlannedStart,
    string? PlannedEnd,
    string? ActualStart,
    string? ActualEnd,
    string EffectiveDate,
    string Municipalities,
    string? Venue,
    Guid LeadOrganisationId,
    string PartnerOrganisationIds,
    string TargetGroups,
    int? ReachTotal,
    Guid? MeasureId,
    Guid? CampaignId,
    Visibility Visibility);

/// <summary>One line of the campaign report: completed activities of a kind in a municipality and the people they reached.</summary>
public sealed record ReportLine(ActivityKind Kind, string Municipality, int Activities, long Reach, long Women, long Men);

/// <summary>Activities recorded in a county in the roll-up year.</summary>
public sealed record CountyCount(CountyCode County, int Activities);
