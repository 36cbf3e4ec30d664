using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Partnerships;
using Krat.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// Who does what where (<see cref="WhoDoesWhatWhere"/>): the county's service providers and the period's activities by municipality and target group.
/// </summary>
internal sealed class CoverageQuery : ReportQuery
{
    /// <summary>Creates the query on a context (scoped, like the context).</summary>
    /// <param name="db">The context; its committee scope applies.</param>
    public CoverageQuery(KratDbContext db)
        : base(db)
    {
    }

    /// <inheritdoc cref="IReportService.CoverageAsync" />
    public async Task<WhoDoesWhatWhere> CoverageAsync(CommitteeId committeeId, DateInterval period, ReportAudience audience, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ReportAudiences.Checked(audience);
        var (county, _) = await CommitteeAsync(committeeId, cancellationToken).ConfigureAwait(false);
        List<string> municipalities = [.. Albania.County(county).Municipalities.Select(m => m.Name)];
        var providers = await Db.Set<ServiceProvider>().AsNoTracking()
            .Where(ServiceProvider.ActiveDuring(period))
            .Where(p => p.MunicipalityNames.Any(m => municipalities.Contains(m)))
            .Select(p => new { p.Id, p.Name, p.ServiceTypes, Municipalities = p.MunicipalityNames, p.TargetGroups })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Grouped in SQL by the two JSON arrays (one row per distinct combination), split in memory (see BuildPeriodAsync).
        var combinations = await ActivitiesIn(committeeId, period, null, audience)
            .Where(a => a.Status != ActivityStatus.Cancelled)
            .GroupBy(a => new { Municipalities = a.MunicipalityNames, a.TargetGroups })
            .Select(g => new { g.Key.Municipalities, g.Key.TargetGroups, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var activities = combinations
            .SelectMany(c => c.Municipalities.Distinct().SelectMany(m => c.TargetGroups.Distinct(), (m, g) => new MunicipalityGroupActivities(m, g, c.Count)));
        return WhoDoesWhatWhere.Build(
            county,
            period,
            audience,
            providers.Select(p => new ProviderCoverage(p.Id, p.Name, [.. p.ServiceTypes], [.. p.Municipalities], [.. p.TargetGroups])),
            activities);
    }
}
