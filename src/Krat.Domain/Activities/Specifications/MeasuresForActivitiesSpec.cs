using Ardalis.Specification;
using Krat.Domain.Committees;
using Krat.Domain.Plans;
using NodaTime;

namespace Krat.Domain.Activities.Specifications;

/// <summary>
/// The measures of a committee's action plans, as names grouped by plan, newest plan first (by start day, then
/// identity) and each plan's measures by identity: the measures an activity of the committee may implement, and
/// the names to show for an activity's measure. The read-only counterpart of
/// <see cref="ActionPlansForActivitiesSpec"/>, which loads whole plans. (The inner projection refers to nothing
/// of the plan, so SQLite can run it without an APPLY operation.)
/// </summary>
public sealed class MeasuresForActivitiesSpec : Specification<ActionPlan, ActionPlanMeasures>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee whose plans are listed.</param>
    public MeasuresForActivitiesSpec(CommitteeId committeeId) =>
        Query
            .Where(p => p.CommitteeId == committeeId)
            .OrderByDescending(p => p.Start)
            .ThenBy(p => p.Id)
            .Select(p => new ActionPlanMeasures(
                p.Id,
                p.Title,
                new DateInterval(p.Start, p.End),
                p.Measures
                    .OrderBy(m => m.Id)
                    .Select(m => new MeasureName(m.Id, m.Code, m.Title))
                    .ToList()));
}
