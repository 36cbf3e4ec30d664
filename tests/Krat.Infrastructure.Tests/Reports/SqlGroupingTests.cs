using Krat.Domain.Reports;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using NodaTime;

using Krat.Infrastructure.Tests.TestSupport;

namespace Krat.Infrastructure.Tests.Reports;

public abstract class SqlGroupingTests(TestProvider provider)
{
    protected TestProvider Provider => provider;

    private static readonly DateInterval ThreeYears = new(new LocalDate(2022, 1, 1), new LocalDate(2024, 12, 31));

    [SkippableFact]
    public async Task PeriodReport_GroupsActivitiesInSql_AndReadsFarFewerRowsThanThereAreActivities()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        using var data = ReportData.WithHistory(provider);
        var activities = data.Activities.Count(a => a.CommitteeId == DemoIds.KratDurres && ThreeYears.Contains(a.EffectiveDate));
        data.Recorder.Clear();

        var report = await data.RunAsync(r => r.PeriodAsync(DemoIds.KratDurres, ThreeYears, ReportAudience.Committee));

        Assert.Equal(activities, report.Totals.Activities);
        var onActivities = data.Recorder.Commands.Where(c => c.Sql.Contains("FROM \"Activities\"", StringComparison.Ordinal)).ToList();

        // Five statements on activities whatever the period holds: four for the period, one for the year before.
        Assert.Equal(5, onActivities.Count);
        Assert.All(onActivities, c => Assert.Contains("GROUP BY", c.Sql, StringComparison.Ordinal));

        // Reach is summed in the same pass (a plain SUM over the group), not by a correlated subquery that re-reads
        // the period for every group, as EF Core does for an owned type.
        Assert.All(onActivities, c => Assert.DoesNotContain("\"Activities\" AS \"a0\"", c.Sql, StringComparison.Ordinal));
        Assert.Contains(onActivities, c => c.Sql.Contains("SUM(", StringComparison.Ordinal) && c.Sql.Contains("\"ReachWomen\"", StringComparison.Ordinal));

        // A grouped query reads one row per group (ReadCount also counts the last read, which finds the end).
        var inPeriod = data.Activities.Where(a => a.CommitteeId == DemoIds.KratDurres && ThreeYears.Contains(a.EffectiveDate)).ToList();
        int RowsOf(string groupBy) => onActivities.Single(c => c.Sql.Contains("GROUP BY " + groupBy, StringComparison.Ordinal)).Rows;
        Assert.Equal(inPeriod.Select(a => (a.Kind, a.Status)).Distinct().Count() + 1, RowsOf("\"a\".\"Kind\", \"a\".\"Status\""));
        Assert.Equal(inPeriod.Select(a => (string.Join("|", a.Municipalities), a.Status)).Distinct().Count() + 1, RowsOf("\"a\".\"Municipalities\", \"a\".\"Status\""));
        Assert.Equal(inPeriod.Select(a => (string.Join("|", a.TargetGroups), a.Status)).Distinct().Count() + 1, RowsOf("\"a\".\"TargetGroups\", \"a\".\"Status\""));
        var organisations = inPeriod
            .Where(a => a.Status != ActivityStatus.Cancelled)
            .Select(a => (a.LeadOrganisationId, string.Join("|", a.PartnerOrganisationIds)))
            .Distinct()
            .Count();
        Assert.Equal(organisations + 1, RowsOf("\"a\".\"LeadOrganisationId\", \"a\".\"PartnerOrganisationIds\""));
        // Grouped, not row by row: no statement reads as many as half as many rows as the period has activities.
        Assert.All(onActivities, c => Assert.True(c.Rows < activities / 2, $"{c.Rows} rows read for {activities} activities by: {c.Sql}"));
    }

    [SkippableFact]
    public async Task NationalRollup_GroupsEveryFigureInSql()
    {
        using var data = ReportData.WithHistory(provider);
        data.Recorder.Clear();

        await data.RunAsync(r => r.NationalAsync(ThreeYears, ThreeYears.End, ReportAudience.Committee));

        var commands = data.Recorder.Commands.Where(c => !c.Sql.Contains("FROM \"Committees\"", StringComparison.Ordinal)).ToList();
        var records = commands.Where(c => c.Sql.Contains("FROM \"VictimStatistics\"", StringComparison.Ordinal)).ToList();
        var grouped = commands.Except(records).ToList();
        Assert.Equal(3, grouped.Count);
        Assert.All(grouped, c => Assert.Contains("GROUP BY", c.Sql, StringComparison.Ordinal));
        // At most one row per committee (two), plus the read that finds the end.
        Assert.All(grouped, c => Assert.True(c.Rows <= 2 + 1, $"{c.Rows} rows read by: {c.Sql}"));
        // The victims are added up from each county-wide record's disclosure decision: one read of those records
        // and one of their cells (at most 40 each), not of the municipality records.
        var countyWide = data.Statistics.Count(s => s.Municipality is null && ThreeYears.Contains(s.PeriodStart) && ThreeYears.Contains(s.PeriodEnd));
        Assert.InRange(records.Count, 1, 2);
        Assert.All(records, read => Assert.True(read.Rows <= (countyWide * 40) + 1, $"{read.Rows} rows read for {countyWide} records by: {read.Sql}"));
    }

    [SkippableFact]
    public async Task AttendanceAndCoverage_GroupTheirCountsInSql()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        using var data = ReportData.WithHistory(provider);
        data.Recorder.Clear();

        await data.RunAsync(r => r.AttendanceAsync(DemoIds.KratDurres, ThreeYears));
        await data.RunAsync(r => r.CoverageAsync(DemoIds.KratDurres, ThreeYears, ReportAudience.Committee));

        Assert.Contains(data.Recorder.Commands, c => c.Sql.Contains("FROM \"Meetings\"", StringComparison.Ordinal) && c.Sql.Contains("GROUP BY \"m\".\"Body\", \"m\".\"State\"", StringComparison.Ordinal));
        Assert.Contains(data.Recorder.Commands, c => c.Sql.Contains("MeetingAttendance", StringComparison.Ordinal) && c.Sql.Contains("GROUP BY", StringComparison.Ordinal));
        Assert.Contains(data.Recorder.Commands, c => c.Sql.Contains("GROUP BY \"a\".\"Municipalities\", \"a\".\"TargetGroups\"", StringComparison.Ordinal));
    }

    public sealed class Sqlite() : SqlGroupingTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : SqlGroupingTests(TestProvider.PostgreSql);
}
