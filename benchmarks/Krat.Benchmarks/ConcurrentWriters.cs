using System.Diagnostics;
using System.Globalization;
using Krat.Benchmarks.Data;
using Krat.Benchmarks.Questions;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Infrastructure;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Activity = Krat.Domain.Activities.Activity;

namespace Krat.Benchmarks;

/// <summary>
/// 1, 4 and 16 writers at once recording activities and meetings, on SQLite and on PostgreSQL. Each round starts
/// from a fresh copy of the write base (the one-year history without activities) with
/// <see cref="MeetingsPerRound"/> new planned meetings of Durrës; the round's operations are shared out among the
/// writers in contiguous blocks, each operation on its own context as a web request does: three in four plan an
/// activity (<see cref="EfRepository{T}.AddAsync"/> then <see cref="EfRepository{T}.SaveChangesAsync"/>), one in four adds an agenda item to one of those meetings
/// (load, verb, save: writers meet on the same two meetings, so optimistic concurrency refuses some saves). Counted per round: wall
/// time, operations saved, conflicts (<see cref="ConcurrencyConflictException"/>, not retried) and errors (anything
/// else, such as SQLite's "database is locked" after its busy timeout). Throughput is saved operations per second;
/// the ratio is against SQLite with one writer, measured in the same run. Not BenchmarkDotNet: conflicts and errors
/// are part of the result, and each round needs its own database.
/// </summary>
public static class ConcurrentWriters
{
    /// <summary>New planned meetings per round that the writers add agenda items to.</summary>
    public const int MeetingsPerRound = 2;

    private const long BaseSize = 10_000;

    /// <summary>Runs every engine × writer count for <paramref name="rounds"/> rounds of <paramref name="operations"/> operations and prints the table.</summary>
    public static async Task<int> RunAsync(int operations, int rounds, int[] writerCounts, TextWriter output)
    {
        var sqliteBase = BenchDatabase.EnsureWriteBase(BaseSize, output);
        var postgresBase = BenchPostgres.EnsureWriteBase(BaseSize, output);
        var committee = BenchFixture.OpenFile(sqliteBase).Committee;
        var results = new List<(string Engine, int Writers, Round Median, int Conflicts, int Errors, int Saved, string? FirstError)>();
        foreach (var engine in new[] { "Sqlite", "PostgreSql" })
        {
            foreach (var writers in writerCounts)
            {
                var measured = new List<Round>();
                for (var round = 0; round < rounds; round++)
                {
                    var (options, cleanup) = engine == "Sqlite" ? SqliteCopy(sqliteBase) : PostgresCopy(postgresBase);
                    try
                    {
                        // Fresh activity objects each round (an aggregate object is saved once).
                        var fresh = WriteWays.Generate(BaseSize, operations);
                        measured.Add(await RoundAsync(options, committee, fresh, writers));
                    }
                    finally
                    {
                        cleanup();
                    }
                }

                var median = measured.OrderBy(r => r.Elapsed).ElementAt(measured.Count / 2);
                results.Add((engine, writers, median, measured.Sum(r => r.Conflicts), measured.Sum(r => r.Errors), measured.Sum(r => r.Saved), measured.Select(r => r.FirstError).FirstOrDefault(e => e is not null)));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine} × {writers}: median {median.Elapsed.TotalMilliseconds:F0} ms, {median.Saved} saved, {median.Conflicts} conflicts, {median.Errors} errors"));
            }
        }

        var baseline = results.Single(r => r.Engine == "Sqlite" && r.Writers == writerCounts[0]).Median.Throughput;
        output.WriteLine();
        output.WriteLine($"{operations} operations a round (¾ plan an activity, ¼ add an agenda item to one of {MeetingsPerRound} meetings), {rounds} rounds each, median round:");
        output.WriteLine("| Engine | Writers | Median round | Saved / s | Ratio to SQLite × 1 | Conflicts (all rounds) | Errors (all rounds) | First error |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Engine} | {r.Writers} | {r.Median.Elapsed.TotalMilliseconds:F0} ms | {r.Median.Throughput:F0} | {r.Median.Throughput / baseline:F2}× | {r.Conflicts} | {r.Errors} | {Short(r.FirstError)} |"));
        }

        return 0;
    }

    private static string Short(string? error) => error is null ? "–" : error.Length > 90 ? error[..90] + "…" : error;

    private static async Task<Round> RoundAsync(DbContextOptions<KratDbContext> options, CommitteeId committee, List<Activity> activities, int writers)
    {
        var meetings = new List<MeetingId>();
        await using (var context = BenchDatabase.Context(options))
        {
            var repository = new EfRepository<Meeting>(context, SpecificationEvaluator.Default);
            for (var i = 0; i < MeetingsPerRound; i++)
            {
                var day = new LocalDate(2024, 3, 1).PlusDays(i);
                var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = committee, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(10, 0)), End = day.At(new LocalTime(12, 0)), Place = "Prefektura" });
                await repository.AddAsync(meeting);
                meetings.Add(meeting.Id);
            }

            await repository.SaveChangesAsync();
        }

        var saved = 0;
        var conflicts = 0;
        var errors = 0;
        string? firstError = null;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var op = w * activities.Count / writers; op < (w + 1) * activities.Count / writers; op++)
            {
                try
                {
                    await using var context = BenchDatabase.Context(options);
                    if (op % 4 == 3)
                    {
                        var repository = new EfRepository<Meeting>(context, SpecificationEvaluator.Default);
                        var meeting = await repository.GetByIdAsync(meetings[op / 4 % meetings.Count]) ?? throw new InvalidOperationException("meeting missing");
                        meeting.AddAgendaItem($"Pika {op}");
                        await repository.SaveChangesAsync();
                    }
                    else
                    {
                        var repository = new EfRepository<Activity>(context, SpecificationEvaluator.Default);
                        await repository.AddAsync(activities[op]);
                        await repository.SaveChangesAsync();
                    }

                    Interlocked.Increment(ref saved);
                }
                catch (ConcurrencyConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"{e.GetType().Name}: {e.GetBaseException().Message}".ReplaceLineEndings(" "), null);
                }
            }
        }))).ConfigureAwait(false);
        watch.Stop();
        return new Round(watch.Elapsed, saved, conflicts, errors, firstError);
    }

    private static (DbContextOptions<KratDbContext> Options, Action Cleanup) SqliteCopy(string basePath)
    {
        var path = Path.Combine(BenchDatabase.CacheDirectory, $"round-{Guid.NewGuid():N}.db");
        File.Copy(basePath, path);
        return (BenchDatabase.Options(path), () => BenchDatabase.DeleteDatabaseFiles(path));
    }

    private static (DbContextOptions<KratDbContext> Options, Action Cleanup) PostgresCopy(string template)
    {
        var database = BenchPostgres.CopyOf(template);
        return (BenchPostgres.Options(database), () => BenchPostgres.Drop(database));
    }

    private sealed record Round(TimeSpan Elapsed, int Saved, int Conflicts, int Errors, string? FirstError)
    {
        public double Throughput => Saved / Math.Max(Elapsed.TotalSeconds, 1e-9);
    }
}
