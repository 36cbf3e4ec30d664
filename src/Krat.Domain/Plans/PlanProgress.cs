using Krat.Domain.Activities;
using NodaTime;

namespace Krat.Domain.Plans;

/// <summary>
/// How far one measure has come on a day. Ratios run from 0 to 1 and are <see langword="null"/> when there is
/// nothing to measure. Activities count when they implement the measure: cancelled ones are left out; an activity
/// counts as done when it was completed on or before the day.
/// </summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="Code">Its code.</param>
/// <param name="PlannedActivities">Activities not cancelled (planned, postponed or completed).</param>
/// <param name="CompletedActivities">Activities completed by the day.</param>
/// <param name="OverdueActivities">Activities planned or postponed whose planned first day is before the day.</param>
/// <param name="ActivityRatio">Completed / planned activities.</param>
/// <param name="IndicatorRatio">The average achievement of its indicators (<see cref="Indicator.Achievement"/>).</param>
/// <param name="Ratio">The average of the activity and indicator ratios that exist.</param>
/// <param name="IsBehindSchedule">
/// Whether it is late on the day: it has an overdue activity; or its timeframe has ended and <see cref="Ratio"/> is
/// below 1 (or unknown); or more than half of its timeframe has passed without any activity.
/// </param>
public sealed record MeasureProgress(
    MeasureId MeasureId,
    string Code,
    int PlannedActivities,
    int CompletedActivities,
    int OverdueActivities,
    double? ActivityRatio,
    double? IndicatorRatio,
    double? Ratio,
    bool IsBehindSchedule)
{
    /// <summary>The measure.</summary>
    public MeasureId MeasureId { get; } = MeasureId;

    /// <summary>Its code.</summary>
    public string Code { get; } = Code;

    /// <summary>Activities not cancelled (planned, postponed or completed).</summary>
    public int PlannedActivities { get; } = PlannedActivities;

    /// <summary>Activities completed by the day.</summary>
    public int CompletedActivities { get; } = CompletedActivities;

    /// <summary>Activities planned or postponed whose planned first day is before the day.</summary>
    public int OverdueActivities { get; } = OverdueActivities;

    /// <summary>Completed / planned activities.</summary>
    public double? ActivityRatio { get; } = ActivityRatio;

    /// <summary>The average achievement of its indicators (<see cref="Indicator.Achievement"/>).</summary>
    public double? IndicatorRatio { get; } = IndicatorRatio;

    /// <summary>The average of the activity and indicator ratios that exist.</summary>
    public double? Ratio { get; } = Ratio;

    /// <summary>/// Whether it is late on the day: it has an overdue activity; or its timeframe has ended and <see cref="Ratio"/> is
/// below 1 (or unknown); or more than half of its timeframe has passed without any activity.
///</summary>
    public bool IsBehindSchedule { get; } = IsBehindSchedule;

    /// <summary>Works out the progress of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="activities">Activities; those of other measures are ignored.</param>
    /// <param name="asOf">The day of the review.</param>
    /// <returns>The progress.</returns>
    public static MeasureProgress Of(Measure measure, IEnumerable<Activity> activities, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(activities);
        var own = activities.Where(a => a.MeasureId == measure.Id && a.Status != ActivityStatus.Cancelled).ToList();
        var completed = own.Count(a => a.Status == ActivityStatus.Completed && a.ActualStart <= asOf);
        var overdue = own.Count(a => a.Status is ActivityStatus.Planned or ActivityStatus.Postponed && a.PlannedStart < asOf);
        double? activityRatio = own.Count == 0 ? null : (double)completed / own.Count;
        var achievements = measure.Indicators.Select(i => i.Achievement(asOf)).Where(a => a.HasValue).Select(a => a!.Value).ToList();
        double? indicatorRatio = achievements.Count == 0 ? null : achievements.Average();
        var parts = new[] { activityRatio, indicatorRatio }.Where(r => r.HasValue).Select(r => r!.Value).ToList();
        double? ratio = parts.Count == 0 ? null : parts.Average();
        var days = Period.DaysBetween(measure.Start, measure.End) + 1;
        var elapsed = Period.DaysBetween(measure.Start, asOf);
        var behind = overdue > 0
            || (measure.End < asOf && (ratio ?? 0) < 1)
            || (own.Count == 0 && elapsed * 2 > days);
        return new MeasureProgress(measure.Id, measure.Code, own.Count, completed, overdue, activityRatio, indicatorRatio, ratio, behind);
    }
}

/// <summary>The progress of one objective: its measures' progress and their average ratio.</summary>
/// <param name="ObjectiveId">The objective.</param>
/// <param name="Pillar">Its pillar.</param>
/// <param name="Code">Its code.</param>
/// <param name="Measures">Its measures' progress, in plan order.</param>
/// <param name="Ratio">The average of the measures' ratios that exist, or <see langword="null"/>.</param>
/// <param name="MeasuresBehindSchedule">How many of its measures are behind schedule.</param>
public sealed record ObjectiveProgress(ObjectiveId ObjectiveId, Pillar Pillar, string Code, IReadOnlyList<MeasureProgress> Measures, double? Ratio, int MeasuresBehindSchedule)
{
    /// <summary>The objective.</summary>
    public ObjectiveId ObjectiveId { get; } = ObjectiveId;

    /// <summary>Its pillar.</summary>
    public Pillar Pillar { get; } = Pillar;

    /// <summary>Its code.</summary>
    public string Code { get; } = Code;

    /// <summary>Its measures' progress, in plan order.</summary>
    public IReadOnlyList<MeasureProgress> Measures { get; } = Measures;

    /// <summary>The average of the measures' ratios that exist, or <see langword="null"/>.</summary>
    public double? Ratio { get; } = Ratio;

    /// <summary>How many of its measures are behind schedule.</summary>
    public int MeasuresBehindSchedule { get; } = MeasuresBehindSchedule;
}

/// <summary>
/// The progress of an action plan on a day, measure by measure and rolled up to objectives and the plan.
/// A pure calculation over the plan and the activities passed in (activities are a separate aggregate).
/// </summary>
/// <param name="AsOf">The day of the review.</param>
/// <param name="Objectives">Each objective's progress, in plan order.</param>
/// <param name="Ratio">The average of all measures' ratios that exist, or <see langword="null"/>.</param>
/// <param name="MeasuresBehindSchedule">How many measures are behind schedule.</param>
public sealed record PlanProgress(LocalDate AsOf, IReadOnlyList<ObjectiveProgress> Objectives, double? Ratio, int MeasuresBehindSchedule)
{
    /// <summary>The day of the review.</summary>
    public LocalDate AsOf { get; } = AsOf;

    /// <summary>Each objective's progress, in plan order.</summary>
    public IReadOnlyList<ObjectiveProgress> Objectives { get; } = Objectives;

    /// <summary>The average of all measures' ratios that exist, or <see langword="null"/>.</summary>
    public double? Ratio { get; } = Ratio;

    /// <summary>How many measures are behind schedule.</summary>
    public int MeasuresBehindSchedule { get; } = MeasuresBehindSchedule;

    /// <summary>Works out the progress of a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="activities">The committee's activities (at least those linked to the plan's measures).</param>
    /// <param name="asOf">The day of the review.</param>
    /// <returns>The progress.</returns>
    public static PlanProgress Of(ActionPlan plan, IEnumerable<Activity> activities, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(activities);
        var ids = plan.Measures.Select(m => m.Id).ToHashSet();
        var relevant = activities.Where(a => a.MeasureId is { } id && ids.Contains(id)).ToList();
        var objectives = plan.Objectives.Select(o =>
        {
            var measures = plan.Measures.Where(m => m.ObjectiveId == o.Id).Select(m => MeasureProgress.Of(m, relevant, asOf)).ToList();
            return new ObjectiveProgress(o.Id, o.Pillar, o.Code, measures, Average(measures), measures.Count(m => m.IsBehindSchedule));
        }).ToList();
        var all = objectives.SelectMany(o => o.Measures).ToList();
        return new PlanProgress(asOf, objectives, Average(all), all.Count(m => m.IsBehindSchedule));
    }

    private static double? Average(List<MeasureProgress> measures)
    {
        var ratios = measures.Where(m => m.Ratio.HasValue).Select(m => m.Ratio!.Value).ToList();
        return ratios.Count == 0 ? null : ratios.Average();
    }
}
