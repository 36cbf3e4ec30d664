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
    public void DurresScenario_AndItsTwelveCountyYear_HaveNoOverlappingRecords_PublishedOnlyOnceTheirDayHasCome()
    {
        var scenario = DurresScenario.Build();
        var generated = DurresDemoHistory.Build(scenario, otherCounties: true).VictimStatistics;
        List<VictimStatistics> records = [scenario.VictimStatistics2023, .. generated];

        Assert.Equal(12, records.Select(r => r.County).Distinct().Count());
        AssertNoOverlaps(records);
        Assert.Equal(1, scenario.VictimStatistics2023.CurrentVersion?.Number);

        // The generated 2023 records are published a fortnight after the year (15.01.2024): on 31.10.2023 still drafts.
        Assert.All(generated, r => Assert.Null(r.CurrentVersion));
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
        Assert.All(history.VictimStatistics, r => Assert.Equal(r.PeriodEnd.PlusDays(15) <= history.Options.EffectiveToday, r.IsPublished));
        Assert.Contains(history.VictimStatistics, r => r.IsPublished);
    }

    // Every record is admitted by a registry of the ones before it (the domain's own rule, not a copy of it).
    private static void AssertNoOverlaps(IEnumerable<VictimStatistics> records)
    {
        var admitted = new List<VictimStatistics>();
        foreach (var record in records)
        {
            var overlapping = new VictimStatisticsRegistry(admitted).Overlapping(record.County, record.Municipality, record.Period);
            Assert.True(overlapping.Count == 0, $"{record.County} {record.Municipality} {record.PeriodStart}–{record.PeriodEnd} overlaps {overlapping.Count} record(s)");
            admitted.Add(record);
        }
    }
}
