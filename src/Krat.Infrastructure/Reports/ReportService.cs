using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using Krat.Domain.Plans;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// Computes Krat's reports on a <see cref="KratDbContext"/>. Counts and sums are grouped in SQL (GROUP BY), so one
/// row per group travels to the application, not one per activity or meeting.
/// <para>
/// Dimensions kept as JSON arrays (an activity's municipalities, target groups and partners) are grouped in two
/// steps: EF Core cannot join a JSON array to its row on SQLite (<c>SelectMany</c> over a primitive collection
/// needs the APPLY operation, which SQLite lacks), so SQL groups by the whole array — one row per distinct
/// combination, such as <c>["Durrës","Shijak"]</c> — and memory splits the arrays and adds the counts up.
/// People reached are plain columns of the activity row (an optional complex property), summed in the same
/// <c>GROUP BY</c> as plain <c>SUM</c>s. A period report is seven statements whatever the period holds: the
/// committee; four <c>GROUP BY</c>s of the period's activities (by kind and status with every reach sum, by
/// municipalities, by target groups, by lead and partners); the organisations' names; and one <c>GROUP BY</c> of
/// the same period a year before.
/// </para>
/// <para>
/// What is read row by row is what a report lists row by row (attendance entries, commitments with their
/// reviews, service providers) or what a pure calculation of the domain needs (an action plan and the activities
/// of its measures for <see cref="PlanProgress"/>; the victim statistics records for their disclosure decision).
/// Every query is read-only (no tracking).
/// </para>
/// </summary>
public sealed class ReportService : IReportService
{
    private readonly KratDbContext _db;

    /// <summary>Creates the service on a context (scoped, like the context).</summary>
    /// <param name="db">The context; its committee scope applies to every report but the national roll-up.</param>
    public ReportService(KratDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <inheritdoc />
    public Task<PeriodReport> PeriodAsync(CommitteeId committeeId, DateInterval period, ReportAudience audience, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        return BuildPeriodAsync(committeeId, period, null, ReportAudiences.Checked(audience), cancellationToken);
    }

    /// <inheritdoc />
    public Task<PeriodReport> MonthAsync(CommitteeId committeeId, YearMonth month, ReportAudience audience, CancellationToken cancellationToken = default) =>
        BuildPeriodAsync(committeeId, ReportMath.Month(month), null, ReportAudiences.Checked(audience), cancellationToken);

    /// <inheritdoc />
    public async Task<PeriodReport?> CampaignAsync(CommitteeId committeeId, CampaignId campaignId, ReportAudience audience, CancellationToken cancellationToken = default)
    {
        ReportAudiences.Checked(audience);
        var campaign = await _db.Set<Campaign>().AsNoTracking()
            .Where(c => c.Id == campaignId && c.CommitteeId == committeeId)
            .Select(c => new { c.Start, c.End })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return campaign is null
            ? null
            : await BuildPeriodAsync(committeeId, new DateInterval(campaign.Start, campaign.End), campaignId, audience, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<PlanProgressReport?> PlanProgressAsync(CommitteeId committeeId, LocalDate asOf, ReportAudience audience, ActionPlanId? planId = null, CancellationToken cancellationToken = default)
    {
        var counts = ReportAudiences.Counts(audience);
        var plans = _db.Set<ActionPlan>().AsNoTracking().Where(p => p.CommitteeId == committeeId);
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
        var activities = await _db.Set<Activity>().AsNoTracking()
            .Where(a => a.CommitteeId == committeeId && measureIds.Contains(a.MeasureId))
            .Where(counts)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await NamesAsync(plan.Measures.Select(m => m.LeadOrganisationId), cancellationToken).ConfigureAwait(false);
        return PlanProgressReport.Of(plan, activities, asOf, audience, names.ToDictionary(n => n.Key, n => new Label(n.Value.Name, n.Value.EnglishName ?? n.Value.Name)));
    }

    /// <inheritdoc />
    public async Task<AttendanceReport> AttendanceAsync(CommitteeId committeeId, DateInterval period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (from, to) = (period.Start, period.End);
        var meetings = _db.Set<Meeting>().AsNoTracking().Where(m => m.CommitteeId == committeeId && m.Date >= from && m.Date <= to);
        var perBody = await meetings
            .GroupBy(m => new { m.Body, m.State })
            .Select(g => new { g.Key.Body, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var held = meetings.Where(m => m.State == MeetingState.Held);
        var perInstitution = await held
            .SelectMany(m => m.Attendance)
            .GroupBy(a => new { a.OrganisationId, a.Status })
            .Select(g => new { g.Key.OrganisationId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = await held
            .SelectMany(m => m.Attendance, (m, a) => new { MeetingId = m.Id, m.Date, m.StartsAt, m.Body, m.Kind, a.OrganisationId, a.Status, a.Capacity, a.PersonId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var organisations = await NamesAsync(perInstitution.Select(r => r.OrganisationId), cancellationToken).ConfigureAwait(false);
        List<PersonId> personIds = [.. entries.Where(e => e.PersonId.HasValue).Select(e => e.PersonId!.Value).Distinct()];
        var people = await _db.Set<Person>().AsNoTracking()
            .Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName })
            .ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken).ConfigureAwait(false);

        var bodies = perBody
            .GroupBy(r => r.Body)
            .OrderBy(g => g.Key)
            .Select(g => new BodyMeetings(
                g.Key,
                g.Where(r => r.State == MeetingState.Held).Sum(r => r.Count),
                g.Where(r => r.State == MeetingState.Planned).Sum(r => r.Count),
                g.Where(r => r.State == MeetingState.Cancelled).Sum(r => r.Count)))
            .ToList();
        var institutions = perInstitution
            .GroupBy(r => r.OrganisationId)
            .Select(g =>
            {
                var name = organisations.TryGetValue(g.Key, out var n) ? n : new OrganisationName(g.Key.ToString(), string.Empty);
                return (name.SortKey, Report: new InstitutionAttendance(
                    g.Key,
                    name.Name,
                    g.Where(r => r.Status == AttendanceStatus.Present).Sum(r => r.Count),
                    g.Where(r => r.Status == AttendanceStatus.Excused).Sum(r => r.Count),
                    g.Where(r => r.Status == AttendanceStatus.Absent).Sum(r => r.Count),
                    [.. entries
                        .Where(e => e.OrganisationId == g.Key)
                        .OrderBy(e => e.StartsAt).ThenBy(e => e.Body).ThenBy(e => e.MeetingId)
                        .Select(e => new AttendanceEntry(
                            e.MeetingId, e.Date, e.Body, e.Kind, e.Status, e.Capacity, e.PersonId,
                            e.PersonId is { } p && people.TryGetValue(p, out var full) ? full : null))]).WithEnglishName(name.EnglishName));
            })
            .OrderBy(x => x.SortKey, StringComparer.Ordinal).ThenBy(x => x.Report.OrganisationId)
            .Select(x => x.Report)
            .ToList();
        return new AttendanceReport(committeeId, period, bodies, institutions);
    }

    /// <inheritdoc />
    public async Task<CommitmentTracker> CommitmentsAsync(CommitteeId committeeId, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        var made = _db.Set<Meeting>().AsNoTracking().Where(m => m.CommitteeId == committeeId && m.Date <= asOf);
        var commitments = await made
            .SelectMany(m => m.Commitments, (m, c) => new { MeetingId = m.Id, m.Date, m.StartsAt, m.Kind, c.Id, c.Number, c.What, c.OwnerId, c.Due })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var reviewsOf = await ReviewsAsync(made, cancellationToken).ConfigureAwait(false);
        var names = await NamesAsync(commitments.Select(c => c.OwnerId), cancellationToken).ConfigureAwait(false);
        var institutions = commitments
            .GroupBy(c => c.OwnerId)
            .Select(g =>
            {
                var name = names.TryGetValue(g.Key, out var n) ? n : new OrganisationName(g.Key.ToString(), string.Empty);
                return (name.SortKey, Report: new InstitutionCommitments(
                    g.Key,
                    name.Name,
                    [.. g.OrderBy(c => c.StartsAt).ThenBy(c => c.MeetingId).ThenBy(c => c.Number).Select(c =>
                    {
                        var (status, closedOn, overdue) = CommitmentLine.StateOn(reviewsOf[c.Id], c.Due, asOf);
                        return new CommitmentLine(c.Id, c.MeetingId, c.Date, c.Kind, c.Number, c.What, c.Due, status, closedOn, overdue);
                    })]).WithEnglishName(name.EnglishName));
            })
            .OrderBy(x => x.SortKey, StringComparer.Ordinal).ThenBy(x => x.Report.OwnerId)
            .Select(x => x.Report)
            .ToList();
        return new CommitmentTracker(committeeId, asOf, institutions);
    }

    /// <inheritdoc />
    public async Task<WhoDoesWhatWhere> CoverageAsync(CommitteeId committeeId, DateInterval period, ReportAudience audience, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ReportAudiences.Checked(audience);
        var (county, _) = await CommitteeAsync(committeeId, cancellationToken).ConfigureAwait(false);
        List<string> municipalities = [.. Albania.County(county).Municipalities.Select(m => m.Name)];
        var providers = await _db.Set<ServiceProvider>().AsNoTracking()
            .Where(ServiceProvider.ActiveDuring(period))
            .Where(p => p.Municipalities.Any(m => municipalities.Contains(m)))
            .Select(p => new { p.Id, p.Name, p.ServiceTypes, p.Municipalities, p.TargetGroups })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Grouped in SQL by the two JSON arrays (one row per distinct combination), split in memory (see BuildPeriodAsync).
        var combinations = await ActivitiesIn(committeeId, period, null, audience)
            .Where(a => a.Status != ActivityStatus.Cancelled)
            .GroupBy(a => new { a.Municipalities, a.TargetGroups })
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

    /// <inheritdoc />
    public async Task<VictimStatisticsReport> VictimStatisticsAsync(CommitteeId committeeId, int year, int threshold = DisclosureDecision.DefaultThreshold, CancellationToken cancellationToken = default)
    {
        var within = ReportMath.Year(year);
        var (from, to) = (within.Start, within.End);
        // Publishing is the domain's suppression over the recorded counts: load the (few) tables of the year. Reports
        // are published output, whoever reads them: only published records, in their current version (drafts never).
        // The decision needs the current counts only, not the version history.
        var statistics = await _db.Set<VictimStatistics>().AsNoTracking().IgnoreAutoIncludes().Include(s => s.Counts)
            .Where(s => s.CommitteeId == committeeId && s.Status == StatisticsStatus.Published && s.PeriodStart >= from && s.PeriodEnd <= to)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return VictimStatisticsReport.Of(committeeId, year, statistics, threshold);
    }

    /// <inheritdoc />
    public async Task<CommitteeAnalysis> AnalysisAsync(CommitteeId committeeId, DateInterval period, LocalDate asOf, ReportAudience audience, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ReportAudiences.Checked(audience);
        var (county, name) = await CommitteeAsync(committeeId, cancellationToken).ConfigureAwait(false);
        var work = await BuildPeriodAsync(committeeId, period, null, audience, cancellationToken).ConfigureAwait(false);
        var plan = await PlanProgressAsync(committeeId, asOf, audience, null, cancellationToken).ConfigureAwait(false);
        var attendance = await AttendanceAsync(committeeId, period, cancellationToken).ConfigureAwait(false);
        var commitments = await CommitmentsAsync(committeeId, asOf, cancellationToken).ConfigureAwait(false);
        var coverage = await CoverageAsync(committeeId, period, audience, cancellationToken).ConfigureAwait(false);
        var victims = new List<VictimStatisticsReport>();
        for (var year = period.Start.Year; year <= period.End.Year; year++)
        {
            victims.Add(await VictimStatisticsAsync(committeeId, year, DisclosureDecision.DefaultThreshold, cancellationToken).ConfigureAwait(false));
        }

        return new CommitteeAnalysis(committeeId, name, county, period, asOf, work, plan, attendance, commitments, coverage, victims);
    }

    /// <inheritdoc />
    public async Task<NationalRollup> NationalAsync(DateInterval period, LocalDate asOf, ReportAudience audience, IReadOnlyCollection<CommitteeId>? committeeIds = null, int threshold = DisclosureDecision.DefaultThreshold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var counts = ReportAudiences.Counts(audience);
        var (from, to) = (period.Start, period.End);
        List<CommitteeId> only = [.. committeeIds ?? []];
        var all = committeeIds is null;

        var committees = await _db.Set<Committee>().AsNoTracking().IgnoreQueryFilters()
            .Where(c => all || only.Contains(c.Id))
            .Select(c => new { c.Id, c.County })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var meetings = await _db.Set<Meeting>().AsNoTracking().IgnoreQueryFilters()
            .Where(m => (all || only.Contains(m.CommitteeId)) && m.State == MeetingState.Held && m.Date >= from && m.Date <= to)
            .GroupBy(m => m.CommitteeId)
            .Select(g => new { CommitteeId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.CommitteeId, r => r.Count, cancellationToken).ConfigureAwait(false);
        var activities = await _db.Set<Activity>().AsNoTracking().IgnoreQueryFilters()
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
        var commitments = await _db.Set<Meeting>().AsNoTracking().IgnoreQueryFilters()
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
        var victims = await _db.Set<VictimStatistics>().AsNoTracking().IgnoreQueryFilters().IgnoreAutoIncludes().Include(s => s.Counts)
            .Where(s => (all || only.Contains(s.CommitteeId)) && s.Status == StatisticsStatus.Published && s.Municipality == null && s.PeriodStart >= from && s.PeriodEnd <= to)
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

    private async Task<PeriodReport> BuildPeriodAsync(CommitteeId committeeId, DateInterval period, CampaignId? campaignId, ReportAudience audience, CancellationToken cancellationToken)
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
            .GroupBy(a => new { a.Municipalities, a.Status })
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
            .GroupBy(a => new { a.Status, a.Municipalities })
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

    // The activities a report counts: those the audience sees (ReportAudiences.Counts, the rule the activities list
    // applies too) of a campaign, whatever their day (a postponed or rescheduled activity stays in its campaign's
    // report), or else of a period.
    private IQueryable<Activity> ActivitiesIn(CommitteeId committeeId, DateInterval period, CampaignId? campaignId, ReportAudience audience)
    {
        var (from, to) = (period.Start, period.End);
        var query = _db.Set<Activity>().AsNoTracking().Where(a => a.CommitteeId == committeeId).Where(ReportAudiences.Counts(audience));
        return campaignId is { } campaign
            ? query.Where(a => a.CampaignId == campaign)
            : query.Where(a => a.EffectiveDate >= from && a.EffectiveDate <= to);
    }

    // The reviews of the commitments made at some meetings, each as (day, status left), oldest first as the domain
    // orders them (day, then identity); CommitmentLine.StateOn replays those up to a day.
    private static async Task<ILookup<CommitmentId, (LocalDate Date, CommitmentStatus Status)>> ReviewsAsync(IQueryable<Meeting> made, CancellationToken cancellationToken)
    {
        var reviews = await made
            .SelectMany(m => m.Commitments)
            .SelectMany(c => c.Reviews, (c, r) => new { CommitmentId = c.Id, r.Date, r.Id, r.Status })
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return reviews.ToLookup(r => r.CommitmentId, r => (r.Date, r.Status));
    }

    private async Task<(CountyCode County, string Name)> CommitteeAsync(CommitteeId committeeId, CancellationToken cancellationToken)
    {
        var committee = await _db.Set<Committee>().AsNoTracking()
            .Where(c => c.Id == committeeId)
            .Select(c => new { c.County, c.Name })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"There is no committee {committeeId} (in the current committee scope).", nameof(committeeId));
        return (committee.County, committee.Name);
    }

    private async Task<Dictionary<OrganisationId, OrganisationName>> NamesAsync(IEnumerable<OrganisationId> ids, CancellationToken cancellationToken)
    {
        List<OrganisationId> wanted = [.. ids.Distinct()];
        if (wanted.Count == 0)
        {
            return [];
        }

        return await _db.Set<Organisation>().AsNoTracking()
            .Where(o => wanted.Contains(o.Id))
            .Select(o => new OrganisationName(o.Name, o.SortKey) { Id = o.Id, EnglishName = o.EnglishName, Acronym = o.Acronym, Kind = o.Kind })
            .ToDictionaryAsync(o => o.Id, cancellationToken).ConfigureAwait(false);
    }

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

    // The few columns of an organisation that reports show.
    private sealed record OrganisationName(string Name, string SortKey)
    {
        public OrganisationId Id { get; init; }

        public string? EnglishName { get; init; }

        public string? Acronym { get; init; }

        public OrganisationKind Kind { get; init; }
    }
}
