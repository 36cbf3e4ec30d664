using Krat.Demo.History;
using Krat.Disclosure.Auditing;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Tests.TestSupport;
using NodaTime;

namespace Krat.Infrastructure.Tests.Reports;

/// <summary>
/// The generated 2023 of all twelve counties, stored in SQLite, published through the report service (every
/// committee's statistics report and the national roll-up) and attacked by the CP-SAT auditor.
/// </summary>
public sealed class DemoHistoryDisclosureTests : IDisposable
{
    private static readonly DateInterval Year = ReportMath.Year(2023);

    // The generated 2023 seen from the end of January 2024: its statistics were published on 15.01.2024.
    private static readonly LocalDate StatisticsPublished = new(2024, 1, 31);

    private readonly TestDatabase _database = TestDatabase.Migrated();
    private readonly GeneratedHistory _history = HistoryGenerator.Generate(new HistoryOptions { Today = StatisticsPublished });
    private readonly List<VictimStatistics> _records;

    public DemoHistoryDisclosureTests()
    {
        // Records never overlap (a municipality's record beside its county's for the same period is refused by the
        // statistics life cycle); the generator of this branch still makes some, so they are left out here.
        var overlapping = Publications.Overlapping(_history.VictimStatistics).ToHashSet();
        _records = [.. _history.VictimStatistics.Except(overlapping)];
        using var context = _database.KratContext();
        context.AddRange(_history.InSaveOrder().Where(a => a is not VictimStatistics s || !overlapping.Contains(s)).Cast<object>());
        context.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task EveryPublishedVictimFigure_OfTheTwelveCounties_PassesTheAuditor()
    {
        var auditor = new DisclosureAuditor(DisclosureDecision.DefaultThreshold);
        auditor.AddRecords(_records);
        foreach (var committee in _history.Committees)
        {
            auditor.AddReport(await RunAsync(r => r.VictimStatisticsAsync(committee.Id, 2023)));
        }

        var rollup = await RunAsync(r => r.NationalAsync(Year, Year.End, ReportAudience.Public));
        auditor.AddRollup(rollup, _records);

        Assert.Equal(12, _records.Select(r => r.County).Distinct().Count());
        Assert.True(auditor.Figures >= 12 * 36, $"{auditor.Figures} figures: three views of 36 figures for each county");
        Assert.Empty(auditor.Audit());
    }

    [Fact]
    public async Task TheRollup_SharesTheCountiesDecisions_AndStillShowsTheCountiesWithEnoughVictims()
    {
        var rollup = await RunAsync(r => r.NationalAsync(Year, Year.End, ReportAudience.Public));

        foreach (var record in _records.Where(r => r.Municipality is null && r.PeriodStart.Year == 2023))
        {
            var row = rollup.Victims.RowKeys.ToList().IndexOf(record.County.Value);
            var decision = DisclosureDecision.Decide(record);
            Assert.Equal(decision.Total, rollup.Victims.RowTotals[row]);
            Assert.Equal(decision.Margin(StatisticsDimension.Sex), rollup.Victims.Cells[row]);
        }

        Assert.Contains(rollup.Victims.RowTotals, f => f.State == SuppressionState.Shown && f.Value > 0);
    }

    private async Task<T> RunAsync<T>(Func<IReportService, Task<T>> report)
    {
        await using var context = _database.KratContext();
        return await report(new ReportService(context));
    }
}
