using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Krat.Benchmarks;
using Krat.Benchmarks.Data;
using Krat.Benchmarks.Load;

// Krat's benchmarks. Commands:
//   build [sizes…]        build (or reuse) the cached databases (and their PostgreSQL copies when KRAT_BENCH_POSTGRES is set)
//   queries               the five questions, three ways, on KRAT_BENCH_SIZES (BenchmarkDotNet), then the ratio table
//   interleaved [rounds]  the same questions, every way in turn round after round (medians): the cross-check of the ratios
//   writes                recording 10 000 activities: repository vs batched raw insert (BenchmarkDotNet)
//   disclosure            disclosure decisions of 12 counties × 20 years and the report work, against the old per-view suppression
//   documents             importing 5 000 activities (preview; preview + save) vs a plain EF Core insert; minutes .docx; yearly .xlsx
//   plans <size>          EXPLAIN QUERY PLAN of every question's SQL (raw and as EF Core generates it for the library)
//   engines               the questions Krat's way on SQLite and on PostgreSQL (KRAT_BENCH_POSTGRES), SQLite the baseline
//   writers [ops] [rounds] 1, 4 and 16 concurrent writers recording activities and meetings on each engine
//   smoke                 a tiny database in a temp folder; every way runs once and the three ways must agree
//   load <url> [requests] [concurrency] [seconds]   bounded loopback load test of one page
var command = args.Length > 0 ? args[0] : "queries";
switch (command)
{
    case "build":
        foreach (var size in args.Length > 1 ? args.Skip(1).Select(long.Parse) : Program.Sizes())
        {
            BenchDatabase.EnsureBuilt(size, Console.Out);
            if (Environment.GetEnvironmentVariable(BenchPostgres.EnvironmentVariable) is { Length: > 0 })
            {
                // The PostgreSQL copy too (the engines benchmark needs it; building it inside a benchmark's setup is too long).
                BenchPostgres.EnsureBuilt(size, Console.Out);
            }
        }

        return 0;
    case "interleaved":
        // Cross-check of the BenchmarkDotNet ratios: the ways of each question in turn, round after round.
        await Interleaved.RunAsync(Program.Sizes(), args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200, Console.Out);
        return 0;
    case "smoke":
        return await Smoke.RunAsync(Console.Out);
    case "plans":
        await Plans.PrintAsync(BenchFixture.Open(args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, Console.Out), Console.Out);
        return 0;
    case "load":
        return await LoadClient.RunAsync(
            new Uri(args[1]),
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000,
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 8,
            args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 30,
            20,
            Console.Out);
    case "queries":
    {
        var config = Program.Config(invocationPerIteration: false);
        if (Environment.GetEnvironmentVariable("KRAT_BENCH_QUESTIONS") is { Length: > 0 } questions)
        {
            // e.g. KRAT_BENCH_QUESTIONS=CampaignReport: only the benchmarks whose category names one of them.
            var wanted = questions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            config = config.AddFilter(new SimpleFilter(b => b.Descriptor.Categories.Any(c => wanted.Any(w => c.Contains(w, StringComparison.OrdinalIgnoreCase)))));
        }

        var summary = BenchmarkRunner.Run<QueryBenchmarks>(config);
        Program.PrintRatios(summary, Console.Out);
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }

    case "engines":
    {
        var summary = BenchmarkRunner.Run<EngineBenchmarks>(Program.Config(invocationPerIteration: false));
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }

    case "writers":
        return await ConcurrentWriters.RunAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3,
            [1, 4, 16],
            Console.Out);

    case "disclosure":
    {
        var summary = BenchmarkRunner.Run<Krat.Benchmarks.Disclosure.DisclosureBenchmarks>(Program.Config(invocationPerIteration: false));
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }

    case "writes":
    {
        var summary = BenchmarkRunner.Run<WriteBenchmarks>(Program.Config(invocationPerIteration: true));
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }

    case "documents":
    {
        // Importing 5,000 activities (preview, preview + save) next to a plain EF Core insert; the minutes and the yearly workbook.
        var imports = BenchmarkRunner.Run<ImportBenchmarks>(Program.Config(invocationPerIteration: true));
        var documents = BenchmarkRunner.Run<DocumentBenchmarks>(Program.Config(invocationPerIteration: false));
        return new[] { imports, documents }.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    default:
        Console.Error.WriteLine($"Unknown command {command}: build | queries | engines | writers | writes | disclosure | documents | plans | smoke | load");
        return 2;
}

/// <summary>Shared settings of the benchmark runs.</summary>
public static partial class Program
{
    /// <summary>Database sizes from <c>KRAT_BENCH_SIZES</c> (comma separated), default 10 000 and 100 000.</summary>
    public static IEnumerable<long> Sizes() =>
        (Environment.GetEnvironmentVariable("KRAT_BENCH_SIZES") is { Length: > 0 } sizes ? sizes : "10000,100000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>
    /// In-process (no child project build), a few warm-ups and <c>KRAT_BENCH_ITERATIONS</c> (default 10)
    /// measured iterations; artifacts outside the repository.
    /// </summary>
    public static IConfig Config(bool invocationPerIteration)
    {
        var iterations = int.Parse(Environment.GetEnvironmentVariable("KRAT_BENCH_ITERATIONS") ?? "10", CultureInfo.InvariantCulture);
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(invocationPerIteration ? 1 : 3)
            .WithIterationCount(invocationPerIteration ? Math.Min(iterations, 5) : iterations);
        if (invocationPerIteration)
        {
            job = job.WithInvocationCount(1).WithUnrollFactor(1);
        }

        return DefaultConfig.Instance
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(BenchDatabase.CacheDirectory, "artifacts"))
            .WithOptions(ConfigOptions.DisableLogFile);
    }

    /// <summary>Prints, per question and size, each way's mean and allocation and the ratios the issue asks for.</summary>
    public static void PrintRatios(Summary summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine("| Question | Activities | Library | LINQ | Raw SQL | Library / LINQ | Library / raw | LINQ / raw | Allocated library / LINQ / raw | Library + AsNoTracking / LINQ |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var rows = summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r => (
                Question: r.BenchmarkCase.Descriptor.WorkloadMethod.Name.Split('_')[0],
                Way: r.BenchmarkCase.Descriptor.WorkloadMethod.Name.Split('_')[1],
                Size: Convert.ToInt64(r.BenchmarkCase.Parameters["Activities"], CultureInfo.InvariantCulture),
                Mean: r.ResultStatistics!.Mean,
                Bytes: r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0))
            .ToList();
        foreach (var group in rows.GroupBy(r => (r.Question, r.Size)).OrderBy(g => g.Key.Question, StringComparer.Ordinal).ThenBy(g => g.Key.Size))
        {
            var library = group.Single(r => r.Way == "Library");
            var linq = group.Single(r => r.Way == "Linq");
            var raw = group.Single(r => r.Way == "Raw");
            var untracked = group.Where(r => r.Way == "LibraryNoTracking").Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Mean / linq.Mean:F2}× ({Kb(r.Bytes)})")).FirstOrDefault() ?? "–";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {group.Key.Question} | {group.Key.Size:N0} | {Time(library.Mean)} | {Time(linq.Mean)} | {Time(raw.Mean)} | {library.Mean / linq.Mean:F2}× | {library.Mean / raw.Mean:F2}× | {linq.Mean / raw.Mean:F2}× | {Kb(library.Bytes)} / {Kb(linq.Bytes)} / {Kb(raw.Bytes)} | {untracked} |"));
        }
    }

    private static string Time(double nanoseconds) =>
        nanoseconds >= 1_000_000 ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:F2} ms") : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1000:F0} µs");

    private static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F0} KB");

}
