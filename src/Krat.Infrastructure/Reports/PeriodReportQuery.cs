using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// The activity report of a period, a month or a campaign (<see cref="PeriodReport"/>): seven statements whatever the
/// period holds (see <see cref="ReportService"/>), the JSON arrays grouped in SQL and split in memory.
/// </summary>
internal sealed class PeriodReportQuery : ReportQuery
{
    /// <summary>Creates the query on a context (scoped, like the context).</summary>
    /// <param name="db">The context; its committee scope applies.</param>
    public PeriodReportQuery(KratDbContext db)
        : base(db)
    {
    }

    /// <inheritdoc cref="IReportService.PeriodAsync" />
    public Task<PeriodReport> PeriodAsync(CommitteeId committeeId, DateInterval period, ReportAudience audience, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        return BuildPeriodAsync(committeeId, period, null, ReportAudiences.Checked(audience), cancellationToken);
    }

    /// <inheritdoc cref="IReportService.MonthAsync" />
    public Task<PeriodReport> MonthAsync(CommitteeId committeeId, YearMonth month, ReportAudience audience, CancellationToken cancellationToken = default) =>
        BuildPeriodAsync(committeeId, ReportMath.Month(month), null, ReportAudiences.Checked(audience), cancellationToken);

    /// <inheritdoc cref="IReportService.CampaignAsync" />
    public async Task<PeriodReport?> CampaignAsync(CommitteeId committeeId, CampaignId campaignId, ReportAudience audience, CancellationToken cancellationToken = default)
    {
        ReportAudiences.Checked(audience);
        var campaign = await Db.Set<Campaign>().AsNoTracking()
            .Where(c => c.Id == campaignId && c.CommitteeId == committeeId)
            .Select(c => new { c.Start, c.End })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return campaign is null
            ? null
            : await BuildPeriodAsync(committeeId, new DateInterval(campaign.Start, campaign.End), campaignId, audience, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The report of the period, or of the campaign (whatever its activities' days) when one is given.</summary>
    public async Task<PeriodReport> BuildPeriodAsync(CommitteeId committeeId, DateInterval period, CampaignId? campaignId, ReportAudience audience, CancellationToken cancellationToken)
    {
        var (county, _) = await CommitteeAsync(committeeId, cancellationToken).ConfigureAwait(false);

        // The period's activities are read as groups, never row by row: by (kind, status) with every reach sum, by
        // (municipalities, status) and by (target groups, status) with count and people reached, and by (lead,
        // partners) for the organisations involved. Memory adds the groups up and splits the JSON arrays (EF Core
        // cannot join a JSON array to its row on SQLite: SelectMany over a primitive collection needs APPLY). The
        // breakdowns are separate statements because one key of every dimension would make nearly every activity
        // a group of its own.
        var activities = ActivitiesIn(committeeId, period, campaignId, audience);
        var facts = await activities
            .GroupBy(a => new { a.Kind, a.Status })
            .Select(g => new Fact(
                g.Key.Kind,
                g.Key.Status,
                g.Count(),
                g.Count(a => a.Reach != null),
                g.Sum(a => a.Reach != null ? a.Reach.Total : 0),
                g.Sum(a => a.Reach != null ? a.Reach.Women ?? 0 : 0),
                g.Sum(a => a.Reach != null ? a.Reach.Men ?? 0 : 0),
                g.Sum(a => a.Reach != null ? a.Reach.Children ?? 0 : 0),
                g.Sum(a => a.Reach != null ? a.Reach.Adults ?? 0 : 0)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byPlaces = await activities
            .GroupBy(a => new { Municipalities = a.MunicipalityNames, a.Status })
            .Select(g => new ArrayRow<string>(g.Key.Municipalities, g.Key.Status, g.Count(), g.Sum(a => a.Reach != null ? a.Reach.Total : 0)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byGroups = await activities
            .GroupBy(a => new { a.TargetGroups, a.Status })
            .Select(g => new ArrayRow<TargetGroup>(g.Key.TargetGroups, g.Key.Status, g.Count(), g.Sum(a => a.Reach != null ? a.Reach.Total : 0)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var byKind = Rows(facts, f => f.Kind);
        var byStatus = Rows(facts, f => f.Status);
        var byMunicipality = ArrayRow<string>.Split(byPlaces);
        var byTargetGroup = ArrayRow<TargetGroup>.Split(byGroups);
        var municipalityOverlap = ArrayRow<string>.Overlap(byPlaces);
        var targetGroupOverlap = ArrayRow<TargetGroup>.Overlap(byGroups);
        var completed = facts.Where(f => f.Status == ActivityStatus.Completed && f.WithReach > 0).ToList();
        var reach = completed.Count == 0
            ? ReachTotals.None
            : new ReachTotals(
                completed.Sum(f => f.WithReach),
                completed.Sum(f => f.Total),
                completed.Sum(f => f.Women),
                completed.Sum(f => f.Men),
                completed.Sum(f => f.Children),
                completed.Sum(f => f.Adults));
        var involvement = await activities
            .Where(a => a.Status != ActivityStatus.Cancelled)
            .GroupBy(a => new { a.LeadOrganisationId, a.PartnerOrganisationIds })
            .Select(g => new { g.Key.LeadOrganisationId, g.Key.PartnerOrganisationIds, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var led = involvement
            .GroupBy(r => r.LeadOrganisationId)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        var partnered = involvement
            .SelectMany(r => r.PartnerOrganisationIds.Distinct(), (r, id) => (Id: id, r.Count))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var names = await NamesAsync(led.Keys.Concat(partnered.Keys), cancellationToken).ConfigureAwait(false);

        var catalogue = Albania.County(county).Municipalities.Select((m, i) => (m.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var coverage = MunicipalityCoverage.Of(county, byMunicipality.Where(r => r.Completed > 0).Select(r => r.Key));
        var totals = Totals(byStatus, reach.Total, coverage.Reached.Count);
        var organisations = names.Values
            .OrderByDescending(o => OrganisationSector.IsState(o.Kind)).ThenBy(o => o.SortKey, StringComparer.Ordinal).ThenBy(o => o.Id)
            .Select(o => new InvolvedOrganisation(o.Id, o.Name, o.EnglishName, o.Acronym, o.Kind, led.GetValueOrDefault(o.Id), partnered.GetValueOrDefault(o.Id)))
            .ToList();

        var yearBefore = ReportMath.YearBefore(period);
        var previous = await ActivitiesIn(committeeId, yearBefore, null, audience)
            .GroupBy(a => new { a.Status, Municipalities = a.MunicipalityNames })
            .Select(g => new { g.Key.Status, g.Key.Municipalities, Count = g.Count(), Reached = g.Sum(a => a.Reach != null ? a.Reach.Total : 0) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        PeriodTotals? previousTotals = null;
        if (previous.Count > 0)
        {
            var previousByStatus = Row<ActivityStatus>.AddUp(previous.Select(r => (r.Status, r.Status, r.Count, r.Reached)));
            var previousPlaces = previous
                .Where(r => r.Status == ActivityStatus.Completed)
                .SelectMany(r => r.Municipalities)
                .Distinct()
                .Count();
            previousTotals = Totals(previousByStatus, previousByStatus.Sum(r => r.Reached), previousPlaces);
        }

        return new PeriodReport(
            committeeId,
            county,
            period,
            campaignId,
            audience,
            totals,
            [.. byKind.OrderBy(r => r.Key).Select(r => r.ToCount(r.Key.Label()))],
            [.. byMunicipality.OrderBy(r => catalogue.GetValueOrDefault(r.Key, int.MaxValue)).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.ToCount(new Label(r.Key, r.Key)))],
            municipalityOverlap,
            [.. byTargetGroup.OrderBy(r => r.Key).Select(r => r.ToCount(r.Key.Label()))],
            targetGroupOverlap,
            [.. byStatus.OrderBy(r => r.Key).Select(r => r.ToCount(r.Key.Label()))],
            reach,
            organisations,
            coverage,
            yearBefore,
            previousTotals);
    }

    // Adds the fact rows up by one dimension.
    private static List<Row<TKey>> Rows<TKey>(IEnumerable<Fact> facts, Func<Fact, TKey> key) =>
        Row<TKey>.AddUp(facts.Select(f => (key(f), f.Status, f.Activities, f.Total)));

    private static PeriodTotals Totals(List<Row<ActivityStatus>> byStatus, int reached, int municipalities) =>
        new(
            byStatus.Sum(r => r.Activities),
            byStatus.Where(r => r.Key == ActivityStatus.Completed).Sum(r => r.Activities),
            byStatus.Where(r => r.Key == ActivityStatus.Cancelled).Sum(r => r.Activities),
            reached,
            municipalities);

    // One group of the period's activities as it comes from SQL: the activities of one kind and status, with their count and reach sums (0 where not recorded).
    private sealed record Fact(
        ActivityKind Kind,
        ActivityStatus Status,
        int Activities,
        int WithReach,
        int Total,
        int Women,
        int Men,
        int Children,
        int Adults);

    // One group of a breakdown, added up from the facts.
    private sealed record Row<TKey>(TKey Key, int Activities, int Completed, int Reached)
    {
        // Adds groups up by key: their activities, those of them completed, and the people they reached.
        public static List<Row<TKey>> AddUp(IEnumerable<(TKey Key, ActivityStatus Status, int Activities, int Reached)> groups) =>
            [.. groups
                .GroupBy(g => g.Key)
                .Select(g => new Row<TKey>(
                    g.Key,
                    g.Sum(x => x.Activities),
                    g.Where(x => x.Status == ActivityStatus.Completed).Sum(x => x.Activities),
                    g.Sum(x => x.Reached)))];

        public ActivityCount<TKey> ToCount(Label label) => new(Key, label, Activities, Completed, Reached);
    }

    // One group of activities with the same JSON array (of municipalities or target groups) and status.
    private sealed record ArrayRow<TKey>(IReadOnlyList<TKey> Keys, ActivityStatus Status, int Activities, int Reached)
        where TKey : notnull
    {
        // Splits the arrays: every activity counts once under each of its keys ("activities touching" the key).
        public static List<Row<TKey>> Split(IEnumerable<ArrayRow<TKey>> rows) =>
            Row<TKey>.AddUp(rows.SelectMany(r => r.Keys.Distinct(), (r, key) => (key, r.Status, r.Activities, r.Reached)));

        // What Split counts more than once (an activity with k keys, k − 1 times) and what it leaves out (no key), so
        // the split rows reconcile with the totals.
        public static BreakdownOverlap Overlap(IReadOnlyCollection<ArrayRow<TKey>> rows)
        {
            ActivityTally Tally(ArrayRow<TKey> r, int times) =>
                new(r.Activities * times, r.Status == ActivityStatus.Completed ? r.Activities * times : 0, r.Reached * times);
            var again = rows.Where(r => r.Keys.Distinct().Count() > 1).Aggregate(ActivityTally.None, (sum, r) => sum + Tally(r, r.Keys.Distinct().Count() - 1));
            var without = rows.Where(r => r.Keys.Count == 0).Aggregate(ActivityTally.None, (sum, r) => sum + Tally(r, 1));
            return new BreakdownOverlap(again, without);
        }
    }
}
