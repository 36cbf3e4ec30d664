using System.Diagnostics;
using Krat.Benchmarks.Data;

namespace Krat.Benchmarks.Questions;

/// <summary>
/// Runs every way of every question, round-robin, before anything is measured on a database, then waits for the
/// JIT's background compiler. The ways share most of their code (EF Core's query pipeline, the SQLite provider);
/// with tiered compilation the first benchmark measured would otherwise run on less optimised code than the
/// later ones, and the library way is measured first in every category — the bias this removes was seen as the
/// same specification measuring 2.08× and 0.96× of LINQ in one run, as "Library" (first) and
/// "LibraryNoTracking" (second).
/// </summary>
public static class WarmUp
{
    private static readonly HashSet<string> Warmed = [];

    /// <summary>At least this many rounds (the runtime optimises a method after 30 calls)…</summary>
    private const int MinimumRounds = 60;

    /// <summary>…and at least this long.</summary>
    private static readonly TimeSpan MinimumTime = TimeSpan.FromSeconds(3);

    public static void AllWays(BenchFixture fixture, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(output);
        lock (Warmed)
        {
            if (!Warmed.Add(fixture.Path))
            {
                return;
            }
        }

        var ways = Interleaved.Questions.SelectMany(q => q.Ways.Select(w => w.Run)).Append(Ways.ActivitiesPageLibraryNoTracking).ToList();
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        while (rounds < MinimumRounds || watch.Elapsed < MinimumTime)
        {
            foreach (var way in ways)
            {
                way(fixture).GetAwaiter().GetResult();
            }

            rounds++;
        }

        // Let the background compiler install the optimised code before BenchmarkDotNet's own warm-up.
        Thread.Sleep(TimeSpan.FromSeconds(1));
        output.WriteLine($"// warm-up: every way {rounds} times in {watch.Elapsed.TotalSeconds:F1} s on {Path.GetFileName(fixture.Path)}");
    }
}
