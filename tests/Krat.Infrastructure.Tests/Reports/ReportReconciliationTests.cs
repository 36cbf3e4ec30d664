using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Reports;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Tests.TestSupport;
using NodaTime;

namespace Krat.Infrastructure.Tests.Reports;

/// <summary>
/// On the demo-history generator's twelve-county year (real SQLite): for every committee, quarter and the year, and
/// for both audiences, every breakdown of the period report reconciles with its totals, the overlaps are what the
/// activities say, the public report counts exactly the public activities, and the tables print the reconciliation.
/// </summary>
public sealed class ReportReconciliationTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Migrated();
    private readonly GeneratedHistory _history = HistoryGenerator.Generate(new HistoryOptions());
    private readonly List<Activity> _activities;

    public ReportReconciliationTests()
    {
        using (var context = _database.KratContext())
        {
            context.AddRange(_history.InSaveOrder().Cast<object>());
            context.SaveChanges();
        }

        _activities = [.. _history.Activities()];
    }

    public void Dispose() => _database.Dispose();

    public static TheoryData<ReportAudience> Audiences() => [ReportAudience.Public, ReportAudience.Committee];

    [Theory]
    [MemberData(nameof(Audiences))]
    public async Task EveryBreakdown_ReconcilesWithItsTotals_ForEveryCommitteeAndPeriod(ReportAudience audience)
    {
        DateInterval[] periods = [ReportMath.Year(2023), .. Enumerable.Range(1, 4).Select(q => ReportMath.Quarter(2023, q))];
        var checkedReports = 0;
        foreach (var committee in _history.Committees)
        {
            foreach (var period in periods)
            {
                var report = await RunAsync(r => r.PeriodAsync(committee.Id, period, audience));
                var counted = _activities.Where(a => a.CommitteeId == committee.Id && period.Contains(a.EffectiveDate) && audience.Sees(a)).ToList();

                Assert.Equal(audience, report.Audience);
                Assert.Equal(Tally(counted), report.Total);
                Assert.Equal(report.Total, ActivityTally.Sum(report.ByKind));
                Assert.Equal(report.Total, ActivityTally.Sum(report.ByStatus));
                Assert.Equal(report.Total, ActivityTally.Sum(report.ByMunicipality) - report.MunicipalityOverlap.CountedAgain + report.MunicipalityOverlap.WithoutKey);
                Assert.Equal(report.Total, ActivityTally.Sum(report.ByTargetGroup) - report.TargetGroupOverlap.CountedAgain + report.TargetGroupOverlap.WithoutKey);
                Assert.Equal(Again(counted, a => a.Municipalities.Count), report.MunicipalityOverlap.CountedAgain);
                Assert.Equal(Again(counted, a => a.TargetGroups.Count), report.TargetGroupOverlap.CountedAgain);
                Assert.Equal(report.Total.PeopleReached, report.Reach.Total);

                // The tables say the same: every breakdown ends on the report's total, and every table says what it counts.
                var tables = report.ToTables();
                foreach (var key in new[] { "activities-by-kind", "activities-by-municipality", "activities-by-target-group", "activities-by-status" })
                {
                    var last = tables.Single(t => t.Key == key).Rows[^1];
                    Assert.Equal([report.Total.Activities, report.Total.Completed, report.Total.PeopleReached], last.Skip(1).Select(c => (int)c.Value!.Value));
                }

                Assert.All(tables, t => Assert.Contains(audience.Note(), t.Notes));
                checkedReports++;
            }
        }

        Assert.Equal(12 * periods.Length, checkedReports);
        Assert.Contains(_activities, a => a.Visibility == Visibility.Internal);
        Assert.Contains(_activities, a => a.Municipalities.Count > 1);
    }

    [Fact]
    public async Task PublicReport_CountsFewerActivitiesThanTheCommittees_WhenSomeAreInternal()
    {
        var year = ReportMath.Year(2023);
        var committee = _history.Committees.First(c => _activities.Any(a => a.CommitteeId == c.Id && a.Visibility == Visibility.Internal && year.Contains(a.EffectiveDate)));

        var forPublic = await RunAsync(r => r.PeriodAsync(committee.Id, year, ReportAudience.Public));
        var forCommittee = await RunAsync(r => r.PeriodAsync(committee.Id, year, ReportAudience.Committee));

        var mine = _activities.Where(a => a.CommitteeId == committee.Id && year.Contains(a.EffectiveDate)).ToList();
        Assert.Equal(mine.Count(a => a.Visibility == Visibility.Public), forPublic.Totals.Activities);
        Assert.Equal(mine.Count, forCommittee.Totals.Activities);
        Assert.True(forPublic.Totals.Activities < forCommittee.Totals.Activities);
        Assert.Equal(new Domain.Common.Label("vetëm aktivitetet publike", "public activities only"), forPublic.Counts);
        Assert.Equal(new Domain.Common.Label("të gjitha aktivitetet, përfshirë të brendshmet", "all activities, internal included"), forCommittee.Counts);
    }

    [Fact]
    public async Task EveryReport_RefusesAnAudienceThatIsNotDefined()
    {
        var committee = _history.Committees[0].Id;
        var year = ReportMath.Year(2023);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RunAsync(r => r.PeriodAsync(committee, year, default)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RunAsync(r => r.MonthAsync(committee, new YearMonth(2023, 10), default)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RunAsync(r => r.CoverageAsync(committee, year, default)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RunAsync(r => r.PlanProgressAsync(committee, year.End, default)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RunAsync(r => r.AnalysisAsync(committee, year, year.End, default)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RunAsync(r => r.NationalAsync(year, year.End, default)));
    }

    private static ActivityTally Tally(List<Activity> activities)
    {
        var completed = activities.Where(a => a.Status == ActivityStatus.Completed).ToList();
        return new ActivityTally(activities.Count, completed.Count, completed.Sum(a => a.Reach?.Total ?? 0));
    }

    // What a breakdown counts again: an activity with k keys, k − 1 more times.
    private static ActivityTally Again(IEnumerable<Activity> activities, Func<Activity, int> keys) =>
        activities.Where(a => keys(a) > 1).Aggregate(ActivityTally.None, (sum, a) =>
        {
            var times = keys(a) - 1;
            var completed = a.Status == ActivityStatus.Completed;
            return sum + new ActivityTally(times, completed ? times : 0, completed ? times * (a.Reach?.Total ?? 0) : 0);
        });

    private async Task<T> RunAsync<T>(Func<IReportService, Task<T>> report)
    {
        await using var context = _database.KratContext();
        return await report(new ReportService(context));
    }
}
