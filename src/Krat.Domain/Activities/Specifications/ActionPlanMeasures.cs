using Krat.Domain.Plans;
using NodaTime;

namespace Krat.Domain.Activities.Specifications;

/// <summary>
/// One action plan with the names of its measures (see <see cref="MeasuresForActivitiesSpec"/>): what choosing or
/// naming the measure of an activity needs, without objectives, indicators or actuals.
/// </summary>
public sealed class ActionPlanMeasures
{
    /// <summary>Creates the read model.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="title">Its title.</param>
    /// <param name="period">Its period, both ends inclusive.</param>
    /// <param name="measures">Its measures, by identity.</param>
    public ActionPlanMeasures(ActionPlanId planId, string title, DateInterval period, IReadOnlyList<MeasureName> measures)
    {
        PlanId = planId;
        Title = title;
        Period = period;
        Measures = measures;
    }

    /// <summary>The plan.</summary>
    public ActionPlanId PlanId { get; }

    /// <summary>Its title.</summary>
    public string Title { get; }

    /// <summary>Its period (<see cref="ActionPlan.Period"/>): first and last day, both inclusive.</summary>
    public DateInterval Period { get; }

    /// <summary>Its measures, by identity (sort by <see cref="MeasureName.Code"/> to show them in the plan's order).</summary>
    public IReadOnlyList<MeasureName> Measures { get; }
}

/// <summary>The code and title of one measure of an action plan (see <see cref="ActionPlanMeasures"/>).</summary>
public sealed class MeasureName
{
    /// <summary>Creates the read model.</summary>
    /// <param name="id">The measure.</param>
    /// <param name="code">Its code within the plan, such as "1.2".</param>
    /// <param name="title">What it is to do.</param>
    public MeasureName(MeasureId id, string code, string title)
    {
        Id = id;
        Code = code;
        Title = title;
    }

    /// <summary>The measure.</summary>
    public MeasureId Id { get; }

    /// <summary>Its code within the plan (<see cref="Measure.Code"/>).</summary>
    public string Code { get; }

    /// <summary>What it is to do (<see cref="Measure.Title"/>).</summary>
    public string Title { get; }
}
