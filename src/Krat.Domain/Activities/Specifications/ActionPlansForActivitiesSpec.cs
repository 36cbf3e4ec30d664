using Ardalis.Specification;
using Krat.Domain.Committees;
using Krat.Domain.Plans;

namespace Krat.Domain.Activities.Specifications;

/// <summary>
/// A committee's action plans with their measures, newest plan first (by start day, then identity): the measures an
/// activity of the committee may implement, and the names to show for an activity's measure.
/// </summary>
public sealed class ActionPlansForActivitiesSpec : Specification<ActionPlan>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee whose plans are listed.</param>
    public ActionPlansForActivitiesSpec(CommitteeId committeeId) =>
        Query
            .Where(p => p.CommitteeId == committeeId)
            .Include(p => p.Measures)
            .OrderByDescending(p => p.Start)
            .ThenBy(p => p.Id);
}
