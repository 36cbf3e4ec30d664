using Krat.Demo.Durres;
using Krat.Demo.History;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using NodaTime;

namespace Krat.Domain.Tests.History;

// The demo's victim statistics: published, and no two records of a county cover the same place on the same day.
public sealed class DemoStatisticsTests
{
    [Fact]
    public void DurresScenario_AndItsTwelveCountyYear_HaveNoOverlappingRecords_AndArePublished()
    {
        var scenario = DurresScenario.Build();
        List<VictimStatistics> records = [scenario.VictimStatistics2023, .. DurresDemoHistory.Build(scenario, otherCounties: true).VictimStatistics];

        Assert.Equal(12, records.Select(r => r.County).Distinct().Count());
        AssertNoOverlaps(records);
        Assert.All(records, r => Assert.Equal(1, r.CurrentVersion?.Number));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(20231031)]
    public void GeneratedHistoryOfSeveralYears_HasNoOverlappingRecords(int seed)
    {
        var history = HistoryGenerator.Generate(new HistoryOptions
        {
            Seed = seed,
            Counties = [.. Albania.Counties.Select(c => c.Code)],
            From = new LocalDate(2019, 1, 1),
            To = new LocalDate(2023, 12, 31),
            Today = new LocalDate(2023, 12, 31),
            ActivitiesPerCommitteePerYear = 1,
        });

        Assert.True(history.VictimStatistics.Count >= 12 * 5, $"{history.VictimStatistics.Count} records");
        AssertNoOverlaps(history.VictimStatistics);
        Assert.All(history.VictimStatistics, r => Assert.True(r.IsPublished));
    }

    // Every record is admitted by a registry of the ones before it (the domain's own rule, not a copy of it).
    private static void AssertNoOverlaps(IEnumerable<VictimStatistics> records)
    {
        var admitted = new List<VictimStatistics>();
        foreach (var record in records)
        {
            var overlapping = new VictimStatisticsRegistry(admitted).Overlapping(record.County, record.Municipality, record.PeriodStart, record.PeriodEnd);
            Assert.True(overlapping.Count == 0, $"{record.County} {record.Municipality} {record.PeriodStart}–{record.PeriodEnd} overlaps {overlapping.Count} record(s)");
            admitted.Add(record);
        }
    }
}
