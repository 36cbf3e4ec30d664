using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Specifications;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Statistics.Specifications;

public sealed class VictimStatisticsOfCountySpecTests
{
    private static VictimStatisticsId S(int n) => new(Guid.Parse($"00000000-0000-7000-8000-{0xbb00 + n:x12}"));

    private static readonly List<VictimStatistics> Tables =
    [
        VictimStatistics.Open(KratDurres, Durres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), id: S(1)),
        VictimStatistics.Open(KratDurres, Durres, new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)), id: S(2)),
        VictimStatistics.Open(KratDurres, Durres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 6, 30)), Albania.Municipality("Krujë"), id: S(3)),
        VictimStatistics.Open(KratTirana, Tirana, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), id: S(4)),
    ];

    [Fact]
    public void Lists_TheCountysTables_LatestFirst()
    {
        Assert.Equal([S(1), S(3), S(2)], new VictimStatisticsOfCountySpec(Durres).Evaluate(Tables).Select(t => t.Id));
    }

    [Fact]
    public void Range_AndCountyWide_Filter()
    {
        Assert.Equal([S(1)], new VictimStatisticsOfCountySpec(Durres, new LocalDate(2023, 7, 1), countyWideOnly: true).Evaluate(Tables).Select(t => t.Id));
        Assert.Equal([S(2)], new VictimStatisticsOfCountySpec(Durres, to: new LocalDate(2022, 12, 31)).Evaluate(Tables).Select(t => t.Id));
    }
}
