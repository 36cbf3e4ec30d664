using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Meetings;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Tests.TestSupport;
using NodaTime;

namespace Krat.Infrastructure.Tests.Reports;

/// <summary>The reports on the demo-history generator's twelve-county year, checked against LINQ to objects over the same history.</summary>
public abstract class GeneratedHistoryReportsTests : IDisposable
{
    protected TestProvider Provider { get; }

    private static readonly DateInterval Year = ReportMath.Year(2023);

    // The generated 2023 seen from the end of January 2024: its statistics were published on 15.01.2024.
    private static readonly LocalDate StatisticsPublished = new(2024, 1, 31);
    private static readonly LocalDate YearEnd = new(2023, 12, 31);

    private readonly TestDatabase _database;
    private readonly GeneratedHistory _history = HistoryGenerator.Generate(new HistoryOptions { Today = StatisticsPublished });
    private readonly List<Activity> _activities;
    private readonly List<Meeting> _meetings;

    protected GeneratedHistoryReportsTests(TestProvider provider)
    {
        Provider = provider;
        _database = TestDatabase.Migrated(Provider);
        using (var context = _database.KratContext())
        {
            context.AddRange(_history.InSaveOrder().Cast<object>());
            context.SaveChanges();
        }

        _activities = [.. _history.Activities()];
        _meetings = [.. _history.Meetings()];
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task NationalRollup_MatchesEveryCountysFigures()
    {
        var rollup = await RunAsync(r => r.NationalAsync(Year, YearEnd, ReportAudience.Committee));

        Assert.Equal(12, _history.Committees.Count);
        foreach (var committee in _history.Committees)
        {
            var line = rollup.Counties.Single(c => c.County == committee.County);
            var done = _activities.Where(a => a.CommitteeId == committee.Id && a.Status == ActivityStatus.Completed && Year.Contains(a.EffectiveDate)).ToList();
            var open = _meetings.Where(m => m.CommitteeId == committee.Id && m.Date <= YearEnd).SelectMany(m => m.Commitments)
                .Where(c => !c.Reviews.Any(r => r.Date <= YearEnd && r.Status != CommitmentStatus.Open)).ToList();
            Assert.Equal(
                (_meetings.Count(m => m.CommitteeId == committee.Id && m.State == MeetingState.Held && Year.Contains(m.Date)), done.Count, done.Count(a => a.Kind == ActivityKind.SchoolSession), done.Sum(a => a.Reach!.Total), open.Count, open.Count(c => c.Due < YearEnd)),
                (line.MeetingsHeld, line.Activities, line.SchoolSessions, line.PeopleReached, line.CommitmentsOpen, line.CommitmentsOverdue));
        }

        var countyWide = _history.VictimStatistics.Where(s => s.Municipality is null && Year.Contains(s.PeriodStart) && Year.Contains(s.PeriodEnd)).ToList();
        var codes = rollup.Victims.RowKeys.ToList();
        for (var row = 0; row < codes.Count; row++)
        {
            var expected = countyWide.Where(s => s.County.Value == codes[row]).Sum(s => s.Total);
            var figure = rollup.Victims.RowTotals[row];
            Assert.True(figure.State == SuppressionState.Hidden ? expected >= 1 : figure.Value == expected, $"{codes[row]}: {figure.Display} for {expected}");
        }

        var grand = rollup.Victims.GrandTotal;
        Assert.True(grand.State == SuppressionState.Hidden ? rollup.Victims.RowTotals.Any(f => f.IsSuppressed) : grand.Value == countyWide.Sum(s => s.Total));
    }

    [SkippableFact]
    public async Task PeriodReports_MatchEveryCommitteesActivities()
    {
        foreach (var committee in _history.Committees)
        {
            var report = await RunAsync(r => r.PeriodAsync(committee.Id, Year, ReportAudience.Committee));

            var activities = _activities.Where(a => a.CommitteeId == committee.Id && Year.Contains(a.EffectiveDate)).ToList();
            var completed = activities.Where(a => a.Status == ActivityStatus.Completed).ToList();
            Assert.NotEmpty(completed);
            Assert.Equal((activities.Count, completed.Count, completed.Sum(a => a.Reach!.Total)), (report.Totals.Activities, report.Totals.Completed, report.Totals.PeopleReached));
            Assert.Equal(
                activities.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())),
                report.ByKind.Select(r => (r.Key, r.Activities)));
            Assert.Equal(
                activities.SelectMany(a => a.Municipalities).GroupBy(m => m.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())),
                report.ByMunicipality.Select(r => (r.Key, r.Activities)).OrderBy(r => r.Key, StringComparer.Ordinal));
            Assert.Equal(
                activities.SelectMany(a => a.TargetGroups).GroupBy(g => g).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())),
                report.ByTargetGroup.Select(r => (r.Key, r.Activities)));
            Assert.Equal(completed.SelectMany(a => a.Municipalities).Distinct().Count(), report.Coverage.Reached.Count);
            Assert.Equal(completed.Sum(a => a.Reach!.Women ?? 0), report.Reach.Women);
        }
    }

    [SkippableFact]
    public async Task PlanProgress_OfEveryCommittee_EqualsTheDomainsCalculation()
    {
        var asOf = new LocalDate(2023, 9, 30);
        var plans = _history.ActionPlans.Where(p => p.Start <= asOf && p.End >= asOf).ToList();
        Assert.NotEmpty(plans);
        foreach (var plan in plans)
        {
            var report = await RunAsync(r => r.PlanProgressAsync(plan.CommitteeId, asOf, ReportAudience.Committee, plan.Id));

            var expected = PlanProgressReport.Of(plan, _activities, asOf, ReportAudience.Committee);
            Assert.Equal(expected.Measures.Select(m => m.Progress), report!.Measures.Select(m => m.Progress));
            Assert.Equal(expected.Pillars, report.Pillars);
        }
    }

    private async Task<T> RunAsync<T>(Func<IReportService, Task<T>> report)
    {
        await using var context = _database.KratContext();
        return await report(new ReportService(context));
    }

    public sealed class Sqlite() : GeneratedHistoryReportsTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : GeneratedHistoryReportsTests(TestProvider.PostgreSql);
}
