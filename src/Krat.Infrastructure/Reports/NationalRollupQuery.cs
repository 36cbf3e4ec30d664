using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// The national roll-up of every committee, or of some (<see cref="NationalRollup"/>): one GROUP BY per figure, across the committee scope.
/// </summary>
internal sealed class NationalRollupQuery : ReportQuery
{
    /// <summary>Creates the query on a context (scoped, like the context).</summary>
    /// <param name="db">The context; its committee scope applies.</param>
    public NationalRollupQuery(KratDbContext db)
        : base(db)
    {
    }

    /// <inheritdoc cref="IReportService.NationalAsync" />
    public async Task<NationalRollup> NationalAsync(DateInterval period, LocalDate asOf, ReportAudience audience, IReadOnlyCollection<CommitteeId>? committeeIds = null, int threshold = DisclosureDecision.DefaultThreshold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var counts = ReportAudiences.Counts(audience);
        var (from, to) = (period.Start, period.End);
        List<CommitteeId> only = [.. committeeIds ?? []];
        var all = committeeIds is null;

        var committees = await Db.Set<Committee>().AsNoTracking().IgnoreQueryFilters()
            .Where(c => all || only.Contains(c.Id))
            .Select(c => new { c.Id, c.County })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var meetings = await Db.Set<Meeting>().AsNoTracking().IgnoreQueryFilters()
            .Where(m => (all || only.Contains(m.CommitteeId)) && m.State == MeetingState.Held && m.Date >= from && m.Date <= to)
            .GroupBy(m => m.CommitteeId)
            .Select(g => new { CommitteeId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.CommitteeId, r => r.Count, cancellationToken).ConfigureAwait(false);
        var activities = await Db.Set<Activity>().AsNoTracking().IgnoreQueryFilters()
            .Where(a => (all || only.Contains(a.CommitteeId)) && a.Status == ActivityStatus.Completed && a.EffectiveDate >= from && a.EffectiveDate <= to)
            .Where(counts)
            .GroupBy(a => a.CommitteeId)
            .Select(g => new
            {
                CommitteeId = g.Key,
                Count = g.Count(),
                School = g.Count(a => a.Kind == ActivityKind.SchoolSession),
                Reached = g.Sum(a => a.Reach != null ? a.Reach.Total : 0),
            })
            .ToDictionaryAsync(r => r.CommitteeId, cancellationToken).ConfigureAwait(false);
        // Commitments as they stood on asOf, never their status today: the status left by the last review on or before
        // the day (a closing review is the last of its day), else open — CommitmentLine.StateOn's rule, which the
        // committee's tracker applies in memory, here as a correlated subquery so the count stays a GROUP BY.
        var commitments = await Db.Set<Meeting>().AsNoTracking().IgnoreQueryFilters()
            .Where(m => (all || only.Contains(m.CommitteeId)) && m.Date <= asOf)
            .SelectMany(m => m.Commitments, (m, c) => new
            {
                m.CommitteeId,
                c.Due,
                Status = c.Reviews
                    .Where(r => r.Date <= asOf)
                    .OrderByDescending(r => r.Date).ThenByDescending(r => r.Status != CommitmentStatus.Open)
                    .Select(r => (CommitmentStatus?)r.Status)
                    .FirstOrDefault() ?? CommitmentStatus.Open,
            })
            .Where(x => x.Status == CommitmentStatus.Open)
            .GroupBy(x => x.CommitteeId)
            .Select(g => new { CommitteeId = g.Key, Open = g.Count(), Overdue = g.Count(x => x.Due != null && x.Due < asOf) })
            .ToDictionaryAsync(r => r.CommitteeId, cancellationToken).ConfigureAwait(false);
        // The roll-up adds up what each record's one disclosure decision publishes (the decision needs the record's
        // finest table): the county-wide records of the period, a dozen a year.
        var victims = await Db.Set<VictimStatistics>().AsNoTracking().IgnoreQueryFilters().IgnoreAutoIncludes().Include(s => s.Counts)
            .Where(s => (all || only.Contains(s.CommitteeId)) && s.Status == StatisticsStatus.Published && s.MunicipalityName == null && s.PeriodStart >= from && s.PeriodEnd <= to)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var figures = committees.Select(c =>
        {
            var done = activities.GetValueOrDefault(c.Id);
            var promised = commitments.GetValueOrDefault(c.Id);
            return new CommitteeFigures(
                c.Id, c.County, meetings.GetValueOrDefault(c.Id), done?.Count ?? 0, done?.School ?? 0, done?.Reached ?? 0, promised?.Open ?? 0, promised?.Overdue ?? 0);
        });
        return NationalRollup.Build(period, asOf, audience, figures, victims.Select(v => new CountyVictims(v.County, DisclosureDecision.Decide(v, threshold))), threshold);
    }
}
