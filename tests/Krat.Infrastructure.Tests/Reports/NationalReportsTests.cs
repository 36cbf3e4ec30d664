using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Infrastructure.Scoping;
using NodaTime;

using Krat.Infrastructure.Tests.TestSupport;

namespace Krat.Infrastructure.Tests.Reports;

public abstract class NationalReportsTests(TestProvider provider)
{
    protected TestProvider Provider => provider;

    [SkippableFact]
    public async Task NationalRollup_CountsEveryCommittee_EvenForAHostScopedToOne()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.RowLevelSecurity);
        using var data = ReportData.WithHistory(provider);
        var period = ReportMath.Year(2023);
        var asOf = new LocalDate(2023, 12, 31);

        var rollup = await data.RunAsync(r => r.NationalAsync(period, asOf, ReportAudience.Committee), CommitteeScope.For(DemoIds.KratDurres));

        Assert.Equal(12, rollup.Counties.Count);
        foreach (var committee in data.Committees)
        {
            var line = rollup.Counties.Single(c => c.County == committee.County);
            var done = data.Activities.Where(a => a.CommitteeId == committee.Id && a.Status == ActivityStatus.Completed && period.Contains(a.EffectiveDate)).ToList();
            // Open on asOf (not today): no review on or before the day closed it.
            var open = data.Meetings.Where(m => m.CommitteeId == committee.Id && m.Date <= asOf).SelectMany(m => m.Commitments)
                .Where(c => !c.Reviews.Any(r => r.Date <= asOf && r.Status != CommitmentStatus.Open)).ToList();
            Assert.Equal([committee.Id], line.CommitteeIds);
            Assert.Equal(data.Meetings.Count(m => m.CommitteeId == committee.Id && m.State == MeetingState.Held && period.Contains(m.Date)), line.MeetingsHeld);
            Assert.Equal(done.Count, line.Activities);
            Assert.Equal(done.Count(a => a.Kind == ActivityKind.SchoolSession), line.SchoolSessions);
            Assert.Equal(done.Sum(a => a.Reach!.Total), line.PeopleReached);
            Assert.Equal(open.Count, line.CommitmentsOpen);
            Assert.Equal(open.Count(c => c.Due < asOf), line.CommitmentsOverdue);
        }

        Assert.All(rollup.Counties.Where(c => c.CommitteeIds.Count == 0), c => Assert.Equal(0, c.Activities + c.MeetingsHeld + c.PeopleReached));
        Assert.Equal(rollup.Counties.Sum(c => c.PeopleReached), rollup.Total.PeopleReached);

        var codes = Albania.Counties.Select(c => c.Code).ToList();
        foreach (var county in data.Committees.Select(c => c.County))
        {
            for (var column = 0; column < 2; column++)
            {
                var sex = column == 0 ? Sex.Female : Sex.Male;
                var expected = data.Statistics.Where(s => s.County == county && s.Municipality is null && period.Contains(s.PeriodStart) && period.Contains(s.PeriodEnd)).SelectMany(s => s.Counts).Where(c => c.Sex == sex).Sum(c => c.Count);
                var figure = rollup.Victims.Cells[codes.IndexOf(county)][column];
                Assert.True(figure.State switch { SuppressionState.Shown => figure.Value == expected, SuppressionState.Hidden => expected >= 1, _ => true }, $"{county} {sex}: {figure.Display} for {expected}");
            }
        }

        var grand = rollup.Victims.GrandTotal;
        Assert.True(grand.State == SuppressionState.Hidden ? rollup.Victims.RowTotals.Any(f => f.IsSuppressed) : grand.Value == data.Statistics.Sum(s => s.Total), grand.Display);
    }

    [SkippableFact]
    public async Task NationalRollup_CanBeLimitedToSomeCommittees()
    {
        using var data = ReportData.WithHistory(provider);

        var rollup = await data.RunAsync(r => r.NationalAsync(ReportMath.Year(2023), new LocalDate(2023, 12, 31), ReportAudience.Committee, [ReportData.KratKorce]));

        Assert.Equal([ReportData.KratKorce], rollup.Counties.SelectMany(c => c.CommitteeIds));
        Assert.Equal(0, rollup.Counties.Single(c => c.County == CountyCode.From("AL-02")).Activities);
    }

    [SkippableFact]
    public async Task Analysis_ComposesTheCommitteesReportsForThePeriod()
    {
        using var data = ReportData.Durres(provider);
        var quarter = ReportMath.Quarter(2023, 4);

        var analysis = await data.RunAsync(r => r.AnalysisAsync(DemoIds.KratDurres, quarter, quarter.End, ReportAudience.Committee));

        Assert.Equal((data.Scenario.KratDurres.Name, quarter), (analysis.CommitteeName, analysis.Period));
        Assert.Equal(data.Activities.Count(a => quarter.Contains(a.EffectiveDate)), analysis.Work.Totals.Activities);
        Assert.Equal(DemoIds.ActionPlan2023, analysis.Plan!.PlanId);
        Assert.Equal(data.Meetings.Count(m => quarter.Contains(m.Date) && m.State == MeetingState.Held), analysis.Attendance.MeetingsHeld);
        Assert.Equal(data.Meetings.Sum(m => m.Commitments.Count), analysis.Commitments.Institutions.Sum(i => i.Commitments.Count));
        Assert.Equal(2023, Assert.Single(analysis.Victims).Year);
        var tables = analysis.ToTables();
        Assert.Equal(tables.Count, tables.Select(t => t.Key).Distinct().Count());
    }

    public sealed class Sqlite() : NationalReportsTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : NationalReportsTests(TestProvider.PostgreSql);
}
