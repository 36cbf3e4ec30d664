using NodaTime;

namespace Krat.Domain.Plans.Specifications;

/// <summary>One line of a committee's list of action plans: what it is, its period and where it stands.</summary>
public sealed class ActionPlanSummary
{
    /// <summary>Creates the line.</summary>
    /// <param name="id">The plan.</param>
    /// <param name="title">Its title.</param>
    /// <param name="nationalPlan">The national plan it follows.</param>
    /// <param name="start">The first day of its period.</param>
    /// <param name="end">The last day of its period, inclusive.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="approvedOn">The day it was approved.</param>
    /// <param name="closedOn">The day it was closed.</param>
    public ActionPlanSummary(ActionPlanId id, string title, string? nationalPlan, LocalDate start, LocalDate end, ActionPlanStatus status, LocalDate? approvedOn, LocalDate? closedOn)
    {
        Id = id;
        Title = title;
        NationalPlan = nationalPlan;
        Start = start;
        End = end;
        Status = status;
        ApprovedOn = approvedOn;
        ClosedOn = closedOn;
    }

    /// <summary>The plan.</summary>
    public ActionPlanId Id { get; }

    /// <summary>Its title.</summary>
    public string Title { get; }

    /// <summary>The national plan it follows, such as "PKV 2021-2023".</summary>
    public string? NationalPlan { get; }

    /// <summary>The first day of its period.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of its period, inclusive.</summary>
    public LocalDate End { get; }

    /// <summary>Where it stands.</summary>
    public ActionPlanStatus Status { get; }

    /// <summary>The day it was approved, once approved.</summary>
    public LocalDate? ApprovedOn { get; }

    /// <summary>The day it was closed, once closed.</summary>
    public LocalDate? ClosedOn { get; }
}
