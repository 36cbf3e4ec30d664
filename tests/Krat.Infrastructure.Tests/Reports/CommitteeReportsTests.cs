using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.Plans;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using NodaTime;

using Krat.Infrastructure.Tests.TestSupport;

namespace Krat.Infrastructure.Tests.Reports;

public abstract class CommitteeReportsTests(TestProvider provider)
{
    protected TestProvider Provider => provider;

    private static readonly LocalDate ClosingDay = DurresScenario.ClosingDay;

    [SkippableTheory]
    [InlineData(false, "2023-10-31")]
    [InlineData(true, "2023-10-31")]
    [InlineData(true, "2023-06-30")]
    public async Task PlanProgress_FromSqlite_EqualsTheDomainsCalculation(bool withHistory, string day)
    {
        using var data = withHistory ? ReportData.WithHistory(provider) : ReportData.Durres(provider);
        var asOf = LocalDatePattern(day);

        var report = await data.RunAsync(r => r.PlanProgressAsync(DemoIds.KratDurres, asOf, ReportAudience.Committee));

        Assert.NotNull(report);
        var expected = PlanProgressReport.Of(data.Scenario.ActionPlan2023, data.Activities, asOf, ReportAudience.Committee);
        Assert.Equal(expected.Progress.Ratio, report.Progress.Ratio);
        Assert.Equal(expected.Measures.Select(m => m.Progress), report.Measures.Select(m => m.Progress));
        Assert.Equal(expected.Pillars, report.Pillars);
        Assert.Equal(
            data.Scenario.ActionPlan2023.Measures.Select(m => data.Organisation(m.LeadOrganisationId).Name),
            report.Measures.Select(m => m.LeadName));
        Assert.Equal(
            data.Scenario.ActionPlan2023.Measures.Where(m => !data.Activities.Any(a => a.MeasureId == m.Id && a.Status != ActivityStatus.Cancelled)).Select(m => m.Code),
            report.MeasuresWithoutActivity.Select(m => m.Measure.Code));
    }

    [SkippableFact]
    public async Task PlanProgress_WithoutAPlanInForce_IsNull()
    {
        using var data = ReportData.Durres(provider);

        Assert.Null(await data.RunAsync(r => r.PlanProgressAsync(DemoIds.KratDurres, new LocalDate(2022, 6, 1), ReportAudience.Committee)));
        Assert.Null(await data.RunAsync(r => r.PlanProgressAsync(DemoIds.KratDurres, ClosingDay, ReportAudience.Committee, ActionPlanId.New())));
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Attendance_CountsMeetingsPerBody_AndEveryInstitutionsEntries(bool withHistory)
    {
        using var data = withHistory ? ReportData.WithHistory(provider) : ReportData.Durres(provider);
        var period = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2024, 12, 31));

        var report = await data.RunAsync(r => r.AttendanceAsync(DemoIds.KratDurres, period));

        var meetings = data.Meetings.Where(m => m.CommitteeId == DemoIds.KratDurres && period.Contains(m.Date)).ToList();
        Assert.Equal(
            meetings.GroupBy(m => m.Body).OrderBy(g => g.Key).Select(g => (g.Key, g.Count(m => m.State == MeetingState.Held), g.Count(m => m.State == MeetingState.Planned), g.Count(m => m.State == MeetingState.Cancelled))),
            report.Bodies.Select(b => (b.Body, b.Held, b.Planned, b.Cancelled)));
        var entries = meetings.Where(m => m.State == MeetingState.Held).SelectMany(m => m.Attendance, (m, a) => (Meeting: m, Entry: a)).ToList();
        var expected = entries
            .GroupBy(x => x.Entry.OrganisationId)
            .Select(g => (Organisation: data.Organisation(g.Key), Entries: g.ToList()))
            .OrderBy(x => OrganisationKeys.Sort(x.Organisation), StringComparer.Ordinal)
            .Select(x => (x.Organisation.Name, x.Entries.Count(e => e.Entry.Status == AttendanceStatus.Present), x.Entries.Count(e => e.Entry.Status == AttendanceStatus.Excused), x.Entries.Count(e => e.Entry.Status == AttendanceStatus.Absent), x.Entries.Count));
        Assert.Equal(expected, report.Institutions.Select(i => (i.Name, i.Present, i.Excused, i.Absent, i.Entries.Count)));
        Assert.All(report.Institutions, i => Assert.Equal((double)i.Present / i.Recorded, i.Rate));
        var prefecture = report.Institutions.Single(i => i.OrganisationId == DemoIds.Prefecture);
        Assert.Contains(prefecture.Entries, e => e.MeetingId == DemoIds.ClosingMeeting && e.Capacity == PresenceCapacity.Titular && e.PersonName == data.Scenario.Person(DemoIds.EmiljanJani).FullName);
    }

    [SkippableTheory]
    [InlineData(false, "2023-10-31")]
    [InlineData(false, "2023-06-30")]
    [InlineData(true, "2024-06-30")]
    public async Task Commitments_StandAsTheirReviewsLeftThemOnTheDay(bool withHistory, string day)
    {
        using var data = withHistory ? ReportData.WithHistory(provider) : ReportData.Durres(provider);
        var asOf = LocalDatePattern(day);

        var tracker = await data.RunAsync(r => r.CommitmentsAsync(DemoIds.KratDurres, asOf));

        var expected = data.Meetings
            .Where(m => m.CommitteeId == DemoIds.KratDurres && m.Date <= asOf)
            .SelectMany(m => m.Commitments, (m, c) =>
            {
                var last = c.Reviews.Where(r => r.Date <= asOf).OrderBy(r => r.Date).LastOrDefault();
                var status = last?.Status ?? CommitmentStatus.Open;
                return (Owner: data.Organisation(c.OwnerId), Meeting: m, c.Number, c.What, c.Due, Status: status, Overdue: status == CommitmentStatus.Open && c.Due < asOf);
            })
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.GroupBy(x => x.Owner).OrderBy(g => OrganisationKeys.Sort(g.Key), StringComparer.Ordinal).Select(g => (g.Key.Name, g.Count(x => x.Status == CommitmentStatus.Open), g.Count(x => x.Overdue), g.Count(x => x.Status == CommitmentStatus.Done), g.Count(x => x.Status == CommitmentStatus.Dropped))),
            tracker.Institutions.Select(i => (i.Name, i.Open, i.Overdue, i.Done, i.Dropped)));
        Assert.Equal(expected.Count, tracker.Institutions.Sum(i => i.Commitments.Count));
        Assert.Equal(expected.Count(x => x.Overdue), tracker.Overdue);
    }

    [SkippableFact]
    public async Task Commitments_OnTheClosingDay_ShowTheSchoolSessionsDone_AndThePartnershipPromiseOpen()
    {
        using var data = ReportData.Durres(provider);

        var tracker = await data.RunAsync(r => r.CommitmentsAsync(DemoIds.KratDurres, ClosingDay));

        var lines = tracker.Institutions.SelectMany(i => i.Commitments).ToDictionary(c => c.CommitmentId);
        Assert.Equal((CommitmentStatus.Done, (LocalDate?)ClosingDay), (lines[DemoIds.SchoolSessionsInOctober].Status, lines[DemoIds.SchoolSessionsInOctober].ClosedOn));
        Assert.Equal((CommitmentStatus.Open, false), (lines[DemoIds.KeepWorkingInPartnership].Status, lines[DemoIds.KeepWorkingInPartnership].IsOverdue));
        var before = await data.RunAsync(r => r.CommitmentsAsync(DemoIds.KratDurres, ClosingDay.PlusDays(-1)));
        Assert.Equal(CommitmentStatus.Open, before.Institutions.SelectMany(i => i.Commitments).Single().Status);
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Coverage_CrossesProvidersAndActivities_ForEveryMunicipalityOfTheCounty(bool withHistory)
    {
        using var data = withHistory ? ReportData.WithHistory(Provider) : ReportData.Durres(Provider);
        var period = ReportMath.Year(2023);

        var report = await data.RunAsync(r => r.CoverageAsync(DemoIds.KratDurres, period, ReportAudience.Committee));

        var municipalities = Albania.County(CountyCode.From("AL-02")).Municipalities.Select(m => m.Name).ToList();
        var provider = data.Scenario.ResilienceCentreProvider;
        var activities = data.Activities.Where(a => a.CommitteeId == DemoIds.KratDurres && a.Status != ActivityStatus.Cancelled && period.Contains(a.EffectiveDate)).ToList();
        foreach (var m in municipalities)
        {
            foreach (var type in Enum.GetValues<ServiceType>())
            {
                var offered = provider.Municipalities.Any(p => p.Name == m) && provider.ServiceTypes.Contains(type);
                Assert.Equal(offered ? [provider.Name] : [], report.Services.Single(c => c.Municipality == m && c.ServiceType == type).Providers);
            }

            foreach (var group in Enum.GetValues<TargetGroup>())
            {
                var cell = report.TargetGroups.Single(c => c.Municipality == m && c.TargetGroup == group);
                Assert.Equal(activities.Count(a => a.Municipalities.Any(p => p.Name == m) && a.TargetGroups.Contains(group)), cell.Activities);
                Assert.Equal(provider.Municipalities.Any(p => p.Name == m) && provider.TargetGroups.Contains(group), cell.Providers.Count == 1);
            }
        }

        Assert.Equal(provider.ServiceTypes.Count * provider.TargetGroups.Count, report.Offers.Count);
        Assert.Contains(report.Services, c => c.IsGap);
    }

    [SkippableFact]
    public async Task VictimStatistics_ArePublished_AsTheRecordsDecisionPublishesThem()
    {
        using var data = ReportData.Durres(provider);

        var report = await data.RunAsync(r => r.VictimStatisticsAsync(DemoIds.KratDurres, 2023));

        var expected = VictimStatisticsReport.Of(DemoIds.KratDurres, 2023, [data.Scenario.VictimStatistics2023]);
        Assert.Equal(expected.Tables.Count, report.Tables.Count);
        foreach (var (actual, wanted) in report.Tables.Zip(expected.Tables))
        {
            Assert.Equal(wanted.Table.Cells.SelectMany(r => r), actual.Table.Cells.SelectMany(r => r));
            Assert.Equal(wanted.Table.RowTotals, actual.Table.RowTotals);
            Assert.Equal(wanted.Table.GrandTotal, actual.Table.GrandTotal);
        }

        Assert.Contains(report.Tables.SelectMany(t => t.Table.ColumnTotals.Concat(t.Table.RowTotals)), f => f.State == SuppressionState.Hidden);
        Assert.Empty((await data.RunAsync(r => r.VictimStatisticsAsync(DemoIds.KratDurres, 2022))).Tables);
    }

    [SkippableFact]
    public async Task ReportsOfACommittee_AreEmptyOrRefused_ForAHostScopedToAnotherCommittee()
    {
        using var data = ReportData.WithHistory(provider);
        var korce = Scoping.CommitteeScope.For(ReportData.KratKorce);

        Assert.Empty((await data.RunAsync(r => r.AttendanceAsync(DemoIds.KratDurres, ReportMath.Year(2023)), korce)).Institutions);
        Assert.Empty((await data.RunAsync(r => r.CommitmentsAsync(DemoIds.KratDurres, ClosingDay), korce)).Institutions);
        Assert.Null(await data.RunAsync(r => r.PlanProgressAsync(DemoIds.KratDurres, ClosingDay, ReportAudience.Committee), korce));
        Assert.Empty((await data.RunAsync(r => r.VictimStatisticsAsync(DemoIds.KratDurres, 2023), korce)).Tables);
    }

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    public sealed class Sqlite() : CommitteeReportsTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : CommitteeReportsTests(TestProvider.PostgreSql);
}
