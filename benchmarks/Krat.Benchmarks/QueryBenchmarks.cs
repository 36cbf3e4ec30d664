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
/// The key questions on databases of 10 thousand to 1 million activities, three ways each; raw SQL is the
/// baseline of each category (question), so BenchmarkDotNet's Ratio column reads "times the floor".
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class QueryBenchmarks
{
    private BenchFixture _fixture = null!;

    /// <summary>Sizes from <c>KRAT_BENCH_SIZES</c> (comma separated), default 10 000 and 100 000.</summary>
    public static IEnumerable<long> Sizes => Program.Sizes();

    [ParamsSource(nameof(Sizes))]
    public long Activities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fixture = BenchFixture.Open(Activities, Console.Out);
        WarmUp.AllWays(_fixture, Console.Out);
    }

    [Benchmark, BenchmarkCategory("0 Floor")]
    public Task<bool> Floor_Library() => FloorWays.Library(_fixture);

    [Benchmark, BenchmarkCategory("0 Floor")]
    public Task<bool> Floor_Linq() => FloorWays.Linq(_fixture);

    [Benchmark(Baseline = true), BenchmarkCategory("0 Floor")]
    public Task<bool> Floor_Raw() => FloorWays.Raw(_fixture);

    [Benchmark, BenchmarkCategory("1 ActivitiesPage")]
    public Task<List<Activity>> ActivitiesPage_Library() => Ways.ActivitiesPageLibrary(_fixture);

    [Benchmark, BenchmarkCategory("1 ActivitiesPage")]
    public Task<List<Activity>> ActivitiesPage_LibraryNoTracking() => Ways.ActivitiesPageLibraryNoTracking(_fixture);

    [Benchmark, BenchmarkCategory("1 ActivitiesPage")]
    public Task<List<Activity>> ActivitiesPage_Linq() => Ways.ActivitiesPageLinq(_fixture);

    [Benchmark(Baseline = true), BenchmarkCategory("1 ActivitiesPage")]
    public Task<List<ActivityRow>> ActivitiesPage_Raw() => Ways.ActivitiesPageRaw(_fixture);

    [Benchmark, BenchmarkCategory("2 OpenCommitments")]
    public Task<List<MeetingCommitments>> OpenCommitments_Library() => Ways.OpenCommitmentsLibrary(_fixture);

    [Benchmark, BenchmarkCategory("2 OpenCommitments")]
    public Task<List<MeetingCommitments>> OpenCommitments_Linq() => Ways.OpenCommitmentsLinq(_fixture);

    [Benchmark(Baseline = true), BenchmarkCategory("2 OpenCommitments")]
    public Task<List<MeetingCommitments>> OpenCommitments_Raw() => Ways.OpenCommitmentsRaw(_fixture);

    [Benchmark, BenchmarkCategory("3 SeatsOnDate")]
    public Task<CommitteeRoster?> SeatsOnDate_Library() => Ways.SeatsOnDateLibrary(_fixture);

    [Benchmark, BenchmarkCategory("3 SeatsOnDate")]
    public Task<CommitteeRoster?> SeatsOnDate_Linq() => Ways.SeatsOnDateLinq(_fixture);

    [Benchmark(Baseline = true), BenchmarkCategory("3 SeatsOnDate")]
    public Task<CommitteeRoster?> SeatsOnDate_Raw() => Ways.SeatsOnDateRaw(_fixture);

    [Benchmark, BenchmarkCategory("4 CampaignReport")]
    public Task<PeriodReport> CampaignReport_Library() => Ways.CampaignReportLibrary(_fixture);

    [Benchmark, BenchmarkCategory("4 CampaignReport")]
    public Task<List<ReportLine>> CampaignReport_Linq() => Ways.CampaignReportLinq(_fixture);

    [Benchmark(Baseline = true), BenchmarkCategory("4 CampaignReport")]
    public Task<List<ReportLine>> CampaignReport_Raw() => Ways.CampaignReportRaw(_fixture);

    [Benchmark, BenchmarkCategory("5 NationalRollUp")]
    public Task<List<CountyCount>> RollUp_Library() => Ways.RollUpLibrary(_fixture);

    [Benchmark, BenchmarkCategory("5 NationalRollUp")]
    public Task<List<CountyCount>> RollUp_Linq() => Ways.RollUpLinq(_fixture);

    [Benchmark(Baseline = true), BenchmarkCategory("5 NationalRollUp")]
    public Task<List<CountyCount>> RollUp_Raw() => Ways.RollUpRaw(_fixture);
}
