using BenchmarkDotNet.Attributes;
using Krat.Benchmarks.Data;
using Krat.Benchmarks.Questions;
using Krat.Domain.Activities;

namespace Krat.Benchmarks;

/// <summary>
/// Recording ten thousand activities into a fresh copy of a database that holds the committees,
/// organisations, plans and campaigns they refer to: Krat's repository against a batched raw insert (baseline).
/// </summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    public const int Count = 10_000;

    private string _base = null!;
    private string _target = null!;
    private List<Activity> _activities = null!;

    [GlobalSetup]
    public void Setup() => _base = BenchDatabase.EnsureWriteBase(Count, Console.Out);

    [IterationSetup]
    public void Prepare()
    {
        _target = Path.Combine(Path.GetTempPath(), $"krat-writes-{Environment.ProcessId}.db");
        BenchDatabase.DeleteDatabaseFiles(_target);
        File.Copy(_base, _target);
        _activities = WriteWays.Generate(Count, Count);
    }

    [IterationCleanup]
    public void Cleanup() => BenchDatabase.DeleteDatabaseFiles(_target);

    [Benchmark(Baseline = true)]
    public Task<int> RecordActivities_RawBatchedInsert() => WriteWays.InsertRaw(_target, _activities);

    [Benchmark]
    public Task<int> RecordActivities_RepositoryAddRange() => WriteWays.AddRangeLibrary(_target, _activities);
}
