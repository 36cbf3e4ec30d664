using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Plans;
using Krat.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// The progress of an action plan (<see cref="PlanProgressReport"/>): the plan and the activities of its measures that the audience sees, for the domain's calculation.
/// </summary>
internal sealed class PlanProgressQuery : ReportQuery
{
    /// <summary>Creates the query on a context (scoped, like the context).</summary>
    /// <param name="db">The context; its committee scope applies.</param>
    public PlanProgressQuery(KratDbContext db)
        : base(db)
    {
    }

    /// <inheritdoc cref="IReportService.PlanProgressAsync" />
    public async Task<PlanProgressReport?> PlanProgressAsync(CommitteeId committeeId, LocalDate asOf, ReportAudience audience, ActionPlanId? planId = null, CancellationToken cancellationToken = default)
    {
        var counts = ReportAudiences.Counts(audience);
        var plans = Db.Set<ActionPlan>().AsNoTracking().Where(p => p.CommitteeId == committeeId);
        var plan = planId is { } id
            ? await plans.Where(p => p.Id == id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : await plans
                .Where(p => p.Start <= asOf && p.End >= asOf)
                .OrderBy(p => p.Status == ActionPlanStatus.Approved ? 0 : p.Status == ActionPlanStatus.Closed ? 1 : 2)
                .ThenByDescending(p => p.Start)
                .ThenBy(p => p.Id)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return null;
        }

        // PlanProgress is the domain's calculation over Activity objects: load only the activities of the plan's
        // measures that the audience sees (one row each; an activity has no child tables).
        List<MeasureId?> measureIds = [.. plan.Measures.Select(m => (MeasureId?)m.Id)];
        var activities = await Db.Set<Activity>().AsNoTracking()
            .Where(a => a.CommitteeId == committeeId && measureIds.Contains(a.MeasureId))
            .Where(counts)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await NamesAsync(plan.Measures.Select(m => m.LeadOrganisationId), cancellationToken).ConfigureAwait(false);
        return PlanProgressReport.Of(plan, activities, asOf, audience, names.ToDictionary(n => n.Key, n => new Label(n.Value.Name, n.Value.EnglishName ?? n.Value.Name)));
    }
}
