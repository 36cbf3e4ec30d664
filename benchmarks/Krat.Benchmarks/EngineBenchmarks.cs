using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Krat.Benchmarks.Data;
using Krat.Benchmarks.Questions;
using Krat.Domain.Activities;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Reports;

namespace Krat.Benchmarks;

/// <summary>
/// The key questions asked Krat's way (the library: specifications through the repository, the report through
/// <c>ReportService</c>) on the same history stored in SQLite and in PostgreSQL. SQLite is the baseline of each
/// question, so the Ratio column reads "PostgreSQL's time as a multiple of SQLite's", measured in the same run.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class EngineBenchmarks
{
    private BenchFixture _sqlite = null!;
    private BenchFixture _postgres = null!;

    /// <summary>Sizes from <c>KRAT_BENCH_SIZES</c> (comma separated), default 10 000 and 100 000.</summary>
    public static IEnumerable<long> Sizes => Program.Sizes();

    [ParamsSource(nameof(Sizes))]
    public long Activities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _sqlite = BenchFixture.Open(Activities, Console.Out);
        _postgres = _sqlite.OnPostgreSql(BenchPostgres.Options(BenchPostgres.EnsureBuilt(Activities, Console.Out)));
        // Every question a few times on each engine before anything is measured (plans, caches, pools).
        foreach (var fixture in new[] { _sqlite, _postgres })
        {
            for (var i = 0; i < 5; i++)
            {
                _ = FloorWays.Library(fixture).GetAwaiter().GetResult();
                _ = Ways.ActivitiesPageLibraryNoTracking(fixture).GetAwaiter().GetResult();
                _ = Ways.OpenCommitmentsLibrary(fixture).GetAwaiter().GetResult();
                _ = Ways.SeatsOnDateLibrary(fixture).GetAwaiter().GetResult();
                _ = Ways.CampaignReportLibrary(fixture).GetAwaiter().GetResult();
                _ = Ways.RollUpLibrary(fixture).GetAwaiter().GetResult();
            }
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("0 Floor")]
    public Task<bool> Floor_Sqlite() => FloorWays.Library(_sqlite);

    [Benchmark, BenchmarkCategory("0 Floor")]
    public Task<bool> Floor_PostgreSql() => FloorWays.Library(_postgres);

    [Benchmark(Baseline = true), BenchmarkCategory("1 ActivitiesPage")]
    public Task<List<Activity>> ActivitiesPage_Sqlite() => Ways.ActivitiesPageLibraryNoTracking(_sqlite);

    [Benchmark, BenchmarkCategory("1 ActivitiesPage")]
    public Task<List<Activity>> ActivitiesPage_PostgreSql() => Ways.ActivitiesPageLibraryNoTracking(_postgres);

    [Benchmark(Baseline = true), BenchmarkCategory("2 OpenCommitments")]
    public Task<List<MeetingCommitments>> OpenCommitments_Sqlite() => Ways.OpenCommitmentsLibrary(_sqlite);

    [Benchmark, BenchmarkCategory("2 OpenCommitments")]
    public Task<List<MeetingCommitments>> OpenCommitments_PostgreSql() => Ways.OpenCommitmentsLibrary(_postgres);

    [Benchmark(Baseline = true), BenchmarkCategory("3 SeatsOnDate")]
    public Task<CommitteeRoster?> SeatsOnDate_Sqlite() => Ways.SeatsOnDateLibrary(_sqlite);

    [Benchmark, BenchmarkCategory("3 SeatsOnDate")]
    public Task<CommitteeRoster?> SeatsOnDate_PostgreSql() => Ways.SeatsOnDateLibrary(_postgres);

    [Benchmark(Baseline = true), BenchmarkCategory("4 CampaignReport")]
    public Task<PeriodReport> CampaignReport_Sqlite() => Ways.CampaignReportLibrary(_sqlite);

    [Benchmark, BenchmarkCategory("4 CampaignReport")]
    public Task<PeriodReport> CampaignReport_PostgreSql() => Ways.CampaignReportLibrary(_postgres);

    [Benchmark(Baseline = true), BenchmarkCategory("5 NationalRollUp")]
    public Task<List<CountyCount>> RollUp_Sqlite() => Ways.RollUpLibrary(_sqlite);

    [Benchmark, BenchmarkCategory("5 NationalRollUp")]
    public Task<List<CountyCount>> RollUp_PostgreSql() => Ways.RollUpLibrary(_postgres);
}
