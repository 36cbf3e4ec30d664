using System.Diagnostics;
using Krat.Benchmarks.Data;
using Krat.Benchmarks.Questions;
using Krat.Domain.Reports;
using Microsoft.Data.Sqlite;

namespace Krat.Benchmarks;

/// <summary>
/// The CI smoke run: builds a database of 1 500 activities in a temporary folder, runs every question's three
/// ways once and fails unless each result is non-empty and the three agree; records 300 activities both ways
/// and checks both stored them all. Nothing is timed or asserted about speed.
/// </summary>
public static class Smoke
{
    public const int Activities = 1_500;

    public static async Task<int> RunAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var directory = Directory.CreateTempSubdirectory("krat-bench-smoke-").FullName;
        var failures = 0;
        try
        {
            var watch = Stopwatch.StartNew();
            var path = Path.Combine(directory, "smoke.db");
            BenchDatabase.Build(path, Activities, 1);
            output.WriteLine($"built {Activities} activities in {watch.Elapsed.TotalSeconds:F1} s");
            var f = BenchFixture.OpenFile(path);
            if (f.Owner is null)
            {
                output.WriteLine("FAIL: the smoke database has no open commitment in Durrës");
                return 1;
            }

            failures += await Check(output, "Floor", await FloorWays.Library(f) ? "exists" : string.Empty, await FloorWays.Linq(f) ? "exists" : string.Empty, await FloorWays.Raw(f) ? "exists" : string.Empty);
            failures += await Check(output, "ActivitiesPage", Fingerprint.Of(await Ways.ActivitiesPageLibrary(f)), Fingerprint.Of(await Ways.ActivitiesPageLinq(f)), Fingerprint.Of(await Ways.ActivitiesPageRaw(f)), Fingerprint.Of(await Ways.ActivitiesPageLibraryNoTracking(f)));
            failures += await Check(output, "OpenCommitments", Fingerprint.Of(await Ways.OpenCommitmentsLibrary(f)), Fingerprint.Of(await Ways.OpenCommitmentsLinq(f)), Fingerprint.Of(await Ways.OpenCommitmentsRaw(f)));
            failures += await Check(output, "SeatsOnDate", Fingerprint.Of(await Ways.SeatsOnDateLibrary(f)), Fingerprint.Of(await Ways.SeatsOnDateLinq(f)), Fingerprint.Of(await Ways.SeatsOnDateRaw(f)));
            var core = await Ways.CampaignReportLinq(f);
            failures += await Check(output, "CampaignReport core", Fingerprint.Of(core), Fingerprint.Of(core), Fingerprint.Of(await Ways.CampaignReportRaw(f)));
            failures += CheckReport(output, await Ways.CampaignReportLibrary(f), core);
            failures += await Check(output, "NationalRollUp", Fingerprint.Of(await Ways.RollUpLibrary(f)), Fingerprint.Of(await Ways.RollUpLinq(f)), Fingerprint.Of(await Ways.RollUpRaw(f)));
            failures += await CheckWrites(output, directory);
            output.WriteLine($"smoke finished in {watch.Elapsed.TotalSeconds:F1} s: {(failures == 0 ? "all ways agree" : $"{failures} failure(s)")}");
            return failures == 0 ? 0 : 1;
        }
#pragma warning disable CA1031 // The smoke run reports any failure as a failed check and a non-zero exit.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            output.WriteLine($"FAIL: {exception}");
            return 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// The report service computes more than the core table, so it is checked against it where they overlap:
    /// completed activities per municipality and per kind (the core counts an activity once per municipality).
    /// </summary>
    private static int CheckReport(TextWriter output, PeriodReport report, List<ReportLine> core)
    {
        var byMunicipality = core.GroupBy(l => l.Municipality).ToDictionary(g => g.Key, g => g.Sum(l => l.Activities), StringComparer.Ordinal);
        var reported = report.ByMunicipality.Where(r => r.Completed > 0).ToDictionary(r => r.Key, r => r.Completed, StringComparer.Ordinal);
        var ok = report.ByKind.Count > 0 && report.Totals is not null
            && reported.Count == byMunicipality.Count && reported.All(r => byMunicipality.GetValueOrDefault(r.Key) == r.Value)
            && report.ByKind.Sum(k => k.Completed) <= core.Sum(l => l.Activities);
        output.WriteLine($"{(ok ? "ok  " : "FAIL")} CampaignReport service: {report.ByKind.Count} kinds, {report.ByMunicipality.Count} municipalities, {report.ByTargetGroup.Count} target groups, {report.Organisations.Count} organisations{(ok ? string.Empty : $"\n  report: {string.Join(",", reported.Select(r => $"{r.Key}={r.Value}"))}\n  core:   {string.Join(",", byMunicipality.Select(r => $"{r.Key}={r.Value}"))}")}");
        return ok ? 0 : 1;
    }

    private static Task<int> Check(TextWriter output, string question, string library, string linq, string raw, string? untracked = null)
    {
        var ok = library.Length > 0 && library == linq && library == raw && (untracked is null || untracked == library);
        output.WriteLine($"{(ok ? "ok  " : "FAIL")} {question}: {library.Length} chars{(ok ? string.Empty : $"\n  library: {library}\n  linq:    {linq}\n  raw:     {raw}")}");
        return Task.FromResult(ok ? 0 : 1);
    }

    private static async Task<int> CheckWrites(TextWriter output, string directory)
    {
        const int count = 300;
        var basePath = Path.Combine(directory, "writes.db");
        BenchDatabase.Build(basePath, Activities, 1, withActivities: false);
        var counts = new List<long>();
        foreach (var way in new Func<string, IReadOnlyList<Domain.Activities.Activity>, Task<int>>[] { WriteWays.InsertRaw, WriteWays.AddRangeLibrary })
        {
            var target = Path.Combine(directory, $"writes-{counts.Count}.db");
            File.Copy(basePath, target);
            var reported = await way(target, WriteWays.Generate(Activities, count));
            await using var connection = new SqliteConnection(BenchDatabase.ConnectionString(target));
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM Activities";
            var stored = (long)(await command.ExecuteScalarAsync())!;
            counts.Add(stored);
            if (reported != count || stored != count)
            {
                output.WriteLine($"FAIL RecordActivities way {counts.Count}: reported {reported}, stored {stored}, expected {count}");
                return 1;
            }
        }

        output.WriteLine($"ok   RecordActivities: {count} stored by the raw insert and by the repository");
        return 0;
    }
}
