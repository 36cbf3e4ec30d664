using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Specifications;
using Krat.Domain.Tests.Common;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Statistics;

// No two records of a county cover the same place on the same day; the registry refuses, the spec finds the same records.
public sealed class VictimStatisticsRegistryTests
{
    private static readonly Instant January = Instant.FromUtc(2024, 1, 15, 9, 0);
    private static int _next;

    private static VictimStatisticsId NewId() => new(Guid.Parse($"00000000-0000-7000-8000-{0xbd0000 + Interlocked.Increment(ref _next):x12}"));

    private static VictimStatistics Year(int year, string? municipality = null) =>
        VictimStatistics.Open(KratDurres, Durres, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), (municipality is null ? null : Albania.Municipality(municipality)), id: NewId());

    [Theory]
    [InlineData(null, "2023-01-01", "2023-12-31", null, "2023-06-01", "2023-06-30", true)]      // county-wide inside county-wide
    [InlineData(null, "2023-01-01", "2023-12-31", "Krujë", "2023-03-01", "2023-03-31", true)]   // a municipality inside the county's year
    [InlineData("Krujë", "2023-01-01", "2023-12-31", null, "2023-12-31", "2024-03-31", true)]   // sharing one day is an overlap
    [InlineData("Krujë", "2023-01-01", "2023-12-31", "Krujë", "2023-07-01", "2024-06-30", true)]
    [InlineData("Krujë", "2023-01-01", "2023-12-31", "Shijak", "2023-01-01", "2023-12-31", false)] // two municipalities
    [InlineData(null, "2023-01-01", "2023-12-31", null, "2024-01-01", "2024-12-31", false)]      // consecutive periods
    [InlineData(null, "2023-01-01", "2023-12-31", "Durrës", "2022-01-01", "2022-12-31", false)]
    public void Open_RefusesExactlyTheOverlaps(string? existingPlace, string existingStart, string existingEnd, string? place, string start, string end, bool overlaps)
    {
        var existing = VictimStatistics.Open(KratDurres, Durres, new DateInterval(Day(existingStart), Day(existingEnd)), (existingPlace is null ? null : Albania.Municipality(existingPlace)), id: NewId());
        var registry = new VictimStatisticsRegistry([existing]);

        void Open() => registry.Open(KratDurres, Durres, new DateInterval(Day(start), Day(end)), (place is null ? null : Albania.Municipality(place)), id: NewId());

        if (overlaps)
        {
            var error = Assert.Throws<Domain.Common.DomainException>(Open);
            Assert.Equal(VictimStatisticsRegistry.OverlapRule, error.Rule);
            Assert.Contains("counted twice", error.Message, StringComparison.Ordinal);
            Assert.Contains("numërohej dy herë", error.Text.Albanian, StringComparison.Ordinal);
        }
        else
        {
            Open();
        }
    }

    [Fact]
    public void Open_IgnoresOtherCounties_AndCountsWhatItOpened()
    {
        var registry = new VictimStatisticsRegistry([VictimStatistics.Open(KratTirana, Tirana, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), id: NewId())]);
        registry.Open(KratDurres, Durres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), id: NewId());
        var error = Assert.Throws<Domain.Common.DomainException>(() => registry.Open(KratDurres, Durres, new DateInterval(new LocalDate(2023, 5, 1), new LocalDate(2023, 5, 31)), Albania.Municipality("Shijak"), id: NewId()));
        Assert.Contains("Durrës County for 2023-01-01 to 2023-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Correct_WithAPeriodThatOverlapsAnotherRecord_IsRefused_AndChangesNothing()
    {
        var year2023 = Year(2023);
        var year2024 = Year(2024);
        year2023.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 9);
        year2023.Publish("sekretari", January);
        var registry = new VictimStatisticsRegistry([year2023, year2024]);
        string Fingerprint() => $"{year2023.PeriodStart}-{year2023.PeriodEnd}-{year2023.Total}-{year2023.Versions.Count}";

        Rule.Broken(
            VictimStatisticsRegistry.OverlapRule,
            Fingerprint,
            () => registry.Correct(year2023, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2024, 1, 31)), [new CellCount(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 10)], "Periudha e zgjatur", "admin", January),
            "overlap");

        registry.Correct(year2023, new DateInterval(new LocalDate(2023, 2, 1), new LocalDate(2023, 12, 31)), [new CellCount(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 9)], "Periudha fillon në shkurt", "admin", January);
        Assert.Equal((new LocalDate(2023, 2, 1), 2), (year2023.Period.Start, year2023.CurrentVersion!.Number));
        Assert.Equal(new LocalDate(2023, 1, 1), year2023.Versions[0].Period.Start);
    }

    public sealed record Area(int County, int Place, int Start, int Length);

    public static class Areas
    {
        private static readonly Gen<Area> One =
            from county in Gen.Choose(0, 1)
            from place in Gen.Choose(0, 3)
            from start in Gen.Choose(0, 60)
            from length in Gen.Choose(0, 40)
            select new Area(county, place, start, length);

        public static Arbitrary<Area[]> Lists() => One.ArrayOf().ToArbitrary();

        public static Arbitrary<Area> Candidates() => One.ToArbitrary();
    }

    private static readonly Municipality?[] DurresPlaces = [null, Albania.Municipality("Durrës"), Albania.Municipality("Krujë"), Albania.Municipality("Shijak")];
    private static readonly Municipality?[] TiranaPlaces = [null, Albania.Municipality("Tiranë"), Albania.Municipality("Kamëz"), Albania.Municipality("Vorë")];

    // In memory, the spec finds exactly the records the aggregate's predicate calls overlapping, and a registry built on
    // any list refuses a new record exactly when one overlaps (the SQL side runs in the infrastructure tests).
    [Property(Arbitrary = [typeof(Areas)], MaxTest = 300)]
    public void Spec_Predicate_AndRegistry_Agree(Area[] areas, Area candidate)
    {
        var origin = new LocalDate(2023, 1, 1);
        VictimStatistics Make(Area a) => a.County == 0
            ? VictimStatistics.Open(KratDurres, Durres, new DateInterval(origin.PlusDays(a.Start), origin.PlusDays(a.Start + a.Length)), DurresPlaces[a.Place], id: NewId())
            : VictimStatistics.Open(KratTirana, Tirana, new DateInterval(origin.PlusDays(a.Start), origin.PlusDays(a.Start + a.Length)), TiranaPlaces[a.Place], id: NewId());
        var records = areas.Select(Make).ToList();
        var wanted = Make(candidate);

        var bySpec = new OverlappingStatisticsSpec(wanted.County, wanted.Municipality, wanted.Period).Evaluate(records).Select(r => r.Id).ToHashSet();
        var byPredicate = records.Where(r => r.Overlaps(wanted.County, wanted.Municipality, wanted.Period)).Select(r => r.Id).ToHashSet();
        var byDays = records.Where(r => r.County == wanted.County
            && (r.Municipality is null || wanted.Municipality is null || r.Municipality == wanted.Municipality)
            && Days(r).Intersect(Days(wanted)).Any()).Select(r => r.Id).ToHashSet();
        Assert.True(byDays.SetEquals(byPredicate));
        Assert.True(byDays.SetEquals(bySpec));

        var registry = new VictimStatisticsRegistry(records);
        var refused = Record.Exception(() => registry.Open(wanted.CommitteeId, wanted.County, wanted.Period, wanted.Municipality, id: NewId()));
        Assert.Equal(byDays.Count > 0, refused is not null);
    }

    private static IEnumerable<LocalDate> Days(VictimStatistics r)
    {
        for (var day = r.Period.Start; day <= r.Period.End; day = day.PlusDays(1))
        {
            yield return day;
        }
    }

    private static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
