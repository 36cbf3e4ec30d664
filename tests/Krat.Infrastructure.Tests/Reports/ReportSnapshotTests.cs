using Krat.Demo.Durres;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using NodaTime;
using Snapshooter.Xunit;

using Krat.Infrastructure.Tests.TestSupport;

namespace Krat.Infrastructure.Tests.Reports;

/// <summary>
/// The shape of every report on the Durrës scenario, as its tables (the generic export shape): keys, titles in
/// both languages, English column headers and cells (suppressed figures marked with their state).
/// </summary>
public abstract class ReportSnapshotTests(TestProvider provider)
{
    protected TestProvider Provider => provider;

    private static readonly DateInterval October2023 = ReportMath.Month(new YearMonth(2023, 10));

    [SkippableFact]
    public async Task CampaignReport_Shape()
    {
        var name = Snapshot.FullName();
        using var data = ReportData.Durres(provider);

        var report = await data.RunAsync(r => r.CampaignAsync(DemoIds.KratDurres, DemoIds.October2023, ReportAudience.Committee));

        Snapshot.Match(Shape(report!), name);
    }

    [SkippableFact]
    public async Task PlanProgressReport_Shape()
    {
        var name = Snapshot.FullName();
        using var data = ReportData.Durres(provider);

        var report = await data.RunAsync(r => r.PlanProgressAsync(DemoIds.KratDurres, DurresScenario.ClosingDay, ReportAudience.Committee));

        Snapshot.Match(Shape(report!), name);
    }

    [SkippableFact]
    public async Task AttendanceReport_Shape()
    {
        var name = Snapshot.FullName();
        using var data = ReportData.Durres(provider);

        var report = await data.RunAsync(r => r.AttendanceAsync(DemoIds.KratDurres, ReportMath.Year(2023)));

        Snapshot.Match(Shape(report), name);
    }

    [SkippableFact]
    public async Task CommitmentTracker_Shape()
    {
        var name = Snapshot.FullName();
        using var data = ReportData.Durres(provider);

        var report = await data.RunAsync(r => r.CommitmentsAsync(DemoIds.KratDurres, DurresScenario.ClosingDay));

        Snapshot.Match(Shape(report), name);
    }

    [SkippableFact]
    public async Task WhoDoesWhatWhere_Shape()
    {
        var name = Snapshot.FullName();
        using var data = ReportData.Durres(provider);

        var report = await data.RunAsync(r => r.CoverageAsync(DemoIds.KratDurres, October2023, ReportAudience.Committee));

        Snapshot.Match(Shape(report), name);
    }

    [SkippableFact]
    public async Task VictimStatisticsReport_Shape()
    {
        var name = Snapshot.FullName();
        using var data = ReportData.Durres(provider);

        var report = await data.RunAsync(r => r.VictimStatisticsAsync(DemoIds.KratDurres, 2023));

        Snapshot.Match(Shape(report), name);
    }

    [SkippableFact]
    public async Task NationalRollup_Shape()
    {
        var name = Snapshot.FullName();
        using var data = ReportData.Durres(provider);

        var report = await data.RunAsync(r => r.NationalAsync(ReportMath.Year(2023), new LocalDate(2023, 12, 31), ReportAudience.Committee));

        Snapshot.Match(Shape(report), name);
    }

    [SkippableFact]
    public async Task QuarterlyAnalysis_TableKeys()
    {
        var name = Snapshot.FullName();
        using var data = ReportData.Durres(provider);
        var quarter = ReportMath.Quarter(2023, 4);

        var report = await data.RunAsync(r => r.AnalysisAsync(DemoIds.KratDurres, quarter, quarter.End, ReportAudience.Committee));

        Snapshot.Match(report.ToTables().Select(t => new { t.Key, t.Title.English, Rows = t.Rows.Count }), name);
    }

    private static object Shape(ITabularReport report) =>
        report.ToTables().Select(t => new
        {
            t.Key,
            Title = t.Title.Albanian + " | " + t.Title.English,
            Columns = t.Columns.Select(c => c.English),
            Rows = t.Rows.Select(r => string.Join(" ¦ ", r.Select(c => c.State == SuppressionState.Shown ? c.Text.English : c.Text.English + " [" + c.State + "]"))),
        });

    public sealed class Sqlite() : ReportSnapshotTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : ReportSnapshotTests(TestProvider.PostgreSql);
}
