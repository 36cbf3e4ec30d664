using Ardalis.Specification;
using Krat.Domain.Committees;
using Krat.Domain.Plans;
using NodaTime;

namespace Krat.Domain.Activities.Specifications;

/// <summary>
/// The measures that have at least one activity that is not cancelled, as the <see cref="MeasureId"/> of each
/// such activity (a measure appears once per activity; callers put them in a set). Feed the result to
/// <see cref="ActionPlan.MeasuresWithoutActivity"/> to find the measures with no activity yet.
/// </summary>
public sealed class MeasuresWithActivitiesSpec : Specification<Activity, MeasureId>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee whose activities count.</param>
    public MeasuresWithActivitiesSpec(CommitteeId committeeId) =>
        Query
            .Where(a => a.CommitteeId == committeeId && a.MeasureId != null && a.Status != ActivityStatus.Cancelled)
            .OrderBy(a => a.Id)
            .Select(a => a.MeasureId!.Value);
}

/// <summary>
/// The activities of a committee's measures that are late on a day: still planned or postponed although their
/// planned first day is before that day. Their measures are behind schedule (see also <see cref="PlanProgress"/>,
/// which adds the measures whose timeframe ended without all activities done).
/// </summary>
public sealed class OverdueMeasureActivitiesSpec : Specification<Activity>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="asOf">The day of the review; activities planned before it and not held are late.</param>
    public OverdueMeasureActivitiesSpec(CommitteeId committeeId, LocalDate asOf) =>
        Query
            .Where(a => a.CommitteeId == committeeId
                && a.MeasureId != null
                && (a.Status == ActivityStatus.Planned || a.Status == ActivityStatus.Postponed)
                && a.PlannedStart < asOf)
            .OrderBy(a => a.PlannedStart)
            .ThenBy(a => a.Id);
}
