using System.Diagnostics;
using System.Globalization;
using Krat.Benchmarks.Data;
using Krat.Benchmarks.Questions;

namespace Krat.Benchmarks;

/// <summary>
/// The cross-check of BenchmarkDotNet's ratios: the ways of each question run in turn, round after round, in one
/// process on one database, and each way's median over the rounds is compared with the others'. Every way sees
/// the same machine at the same moments, and none is always measured first: BenchmarkDotNet measures the ways of
/// a category one after the other, and on this machine the first of them measured 15–25 % slower than the same
/// code measured later (seen as identical code reading 2.08× and 0.96× of LINQ in one run, and as LINQ reading
/// 0.87× of the library when its method was declared first).
/// </summary>
public static class Interleaved
{
    /// <summary>The questions and their ways, in the order of the benchmark categories.</summary>
    public static IReadOnlyList<(string Question, IReadOnlyList<(string Way, Func<BenchFixture, Task> Run)> Ways)> Questions { get; } =
    [
        ("Floor", [("Library", FloorWays.Library), ("Linq", FloorWays.Linq), ("Raw", FloorWays.Raw)]),
        ("ActivitiesPage", [("Library", Ways.ActivitiesPageLibrary), ("Linq", Ways.ActivitiesPageLinq), ("Raw", Ways.ActivitiesPageRaw)]),
        ("OpenCommitments", [("Library", Ways.OpenCommitmentsLibrary), ("Linq", Ways.OpenCommitmentsLinq), ("Raw", Ways.OpenCommitmentsRaw)]),
        ("SeatsOnDate", [("Library", Ways.SeatsOnDateLibrary), ("Linq", Ways.SeatsOnDateLinq), ("Raw", Ways.SeatsOnDateRaw)]),
        ("CampaignReport", [("Library", Ways.CampaignReportLibrary), ("Linq", Ways.CampaignReportLinq), ("Raw", Ways.CampaignReportRaw)]),
        ("RollUp", [("Library", Ways.RollUpLibrary), ("Linq", Ways.RollUpLinq), ("Raw", Ways.RollUpRaw)]),
    ];

    /// <summary>Runs <paramref name="rounds"/> rounds per question on each size and prints one table row per question and size.</summary>
    public static async Task RunAsync(IEnumerable<long> sizes, int rounds, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("| Question | Activities | Rounds | Library | LINQ | Raw SQL | Library / LINQ | Library / raw | LINQ / raw |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var fixture = BenchFixture.Open(size, TextWriter.Null);
            WarmUp.AllWays(fixture, TextWriter.Null);
            foreach (var (question, ways) in Questions)
            {
                var samples = ways.Select(_ => new List<double>(rounds)).ToArray();
                for (var round = 0; round < rounds; round++)
                {
                    // Rotate the order every round, so that no way is always first after another question's work.
                    for (var k = 0; k < ways.Count; k++)
                    {
                        var i = (round + k) % ways.Count;
                        var watch = Stopwatch.StartNew();
                        await ways[i].Run(fixture);
                        samples[i].Add(watch.Elapsed.TotalMicroseconds);
                    }
                }

                var median = samples.Select(Median).ToArray();
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {question} | {size:N0} | {rounds} | {Time(median[0])} | {Time(median[1])} | {Time(median[2])} | {median[0] / median[1]:F2}× | {median[0] / median[2]:F2}× | {median[1] / median[2]:F2}× |"));
            }
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    private static string Time(double microseconds) =>
        microseconds >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{microseconds / 1000:F2} ms") : string.Create(CultureInfo.InvariantCulture, $"{microseconds:F0} µs");
}
