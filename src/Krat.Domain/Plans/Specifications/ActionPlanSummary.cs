using NodaTime;

namespace Krat.Domain.Plans.Specifications;

/// <summary>One line of a committee's list of action plans: what it is, its period and where it stands.</summary>
public sealed class ActionPlanSummary
{
    /// <summary>Creates the line.</summary>
    /// <param name="id">The plan.</param>
    /// <param name="title">Its title.</param>
    /// <param name="nationalPlan">The national plan it follows.</param>
    /// <param name="period">Its period, both ends inclusive.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="approvedOn">The day it was approved.</param>
    /// <param name="closedOn">The day it was closed.</param>
    public ActionPlanSummary(ActionPlanId id, string title, string? nationalPlan, DateInterval period, ActionPlanStatus status, LocalDate? approvedOn, LocalDate? closedOn)
    {
        Id = id;
        Title = title;
        NationalPlan = nationalPlan;
        Period = period;
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

    /// <summary>Its period, both ends inclusive.</summary>
    public DateInterval Period { get; }

    /// <summary>Where it stands.</summary>
    public ActionPlanStatus Status { get; }

    /// <summary>The day it was approved, once approved.</summary>
    public LocalDate? ApprovedOn { get; }

    /// <summary>The day it was closed, once closed.</summary>
    public LocalDate? ClosedOn { get; }
}
