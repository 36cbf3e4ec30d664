using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Krat.Demo.History;
using Krat.Infrastructure;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Benchmarks.Data;

/// <summary>
/// Builds and caches the SQLite databases the benchmarks run on: the history generator's national history
/// (twelve counties, fixed seed) with a given number of activities, stored through <see cref="KratDbContext"/>
/// on a database created by Krat's migrations (the same schema the site uses). A built database is kept in
/// <c>$KRAT_BENCH_CACHE</c> (default <c>~/.cache/krat-benchmarks</c>), named
/// <c>&lt;activities&gt;-&lt;seed&gt;-&lt;schema hash&gt;.db</c>, and reused while the schema is unchanged.
/// </summary>
public static class BenchDatabase
{
    /// <summary>The generator's seed for every benchmark database.</summary>
    public const int Seed = 20231031;

    private static readonly Lazy<string> Hash = new(ComputeSchemaHash);

    /// <summary>Where built databases are kept (outside the repository).</summary>
    public static string CacheDirectory =>
        Environment.GetEnvironmentVariable("KRAT_BENCH_CACHE") is { Length: > 0 } directory
            ? directory
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "krat-benchmarks");

    /// <summary>The first 12 hex digits of the SHA-256 of the schema's CREATE script.</summary>
    public static string SchemaHash => Hash.Value;

    /// <summary>
    /// The years a database of <paramref name="activities"/> spans, all ending 31.12.2023: one year up to 20 000
    /// activities (about 830 per committee-year at 10 000), ten years up to 200 000 (the same density at
    /// 100 000), twenty years beyond (about 4 200 per committee-year at 1 000 000).
    /// </summary>
    public static int YearsFor(long activities) => activities switch
    {
        <= 20_000 => 1,
        <= 200_000 => 10,
        _ => 20,
    };

    /// <summary>The cache file of a database of that size.</summary>
    public static string PathFor(long activities) => Path.Combine(CacheDirectory, $"{activities}-{Seed}-{SchemaHash}.db");

    /// <summary>The cached database of that size, built first when missing.</summary>
    public static string EnsureBuilt(long activities, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var path = PathFor(activities);
        if (File.Exists(path))
        {
            log.WriteLine($"Using cached database {path}");
            return path;
        }

        Directory.CreateDirectory(CacheDirectory);
        var temporary = path + ".building";
        DeleteDatabaseFiles(temporary);
        log.WriteLine($"Building {activities:N0} activities over {YearsFor(activities)} year(s) into {path} …");
        var watch = Stopwatch.StartNew();
        var counts = Build(temporary, activities, YearsFor(activities));
        watch.Stop();
        File.Move(temporary, path);
        log.WriteLine(
            $"Built {activities:N0} activities, {counts.Meetings:N0} meetings, {counts.Other:N0} other aggregates in {watch.Elapsed.TotalSeconds:F1} s " +
            $"({activities / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0} activities/s); {new FileInfo(path).Length / 1024.0 / 1024.0:F1} MiB");
        return path;
    }

    /// <summary>
    /// The cached database the write benchmarks copy for each iteration: the one-year history of
    /// <paramref name="activities"/> activities without its activities (committees, organisations, plans and
    /// campaigns they refer to are there).
    /// </summary>
    public static string EnsureWriteBase(long activities, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var path = Path.Combine(CacheDirectory, $"writes-{activities}-{Seed}-{SchemaHash}.db");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(CacheDirectory);
            var temporary = path + ".building";
            DeleteDatabaseFiles(temporary);
            Build(temporary, activities, 1, withActivities: false);
            File.Move(temporary, path);
        }

        return path;
    }

    /// <summary>EF Core options for a database file (Krat's SQLite configuration).</summary>
    public static DbContextOptions<KratDbContext> Options(string path)
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        KratSqlite.Configure(builder, ConnectionString(path));
        return builder.Options;
    }

    /// <summary>The connection string for a database file (pooled, as the site uses it).</summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    /// <summary>A context as a host creates it per request: unscoped, system user.</summary>
    public static KratDbContext Context(DbContextOptions<KratDbContext> options) =>
        new(options, SystemClock.Instance, SystemUser.Instance, CommitteeScope.Unscoped);

    /// <summary>Removes a database file and its journal files.</summary>
    public static void DeleteDatabaseFiles(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    /// <summary>Builds a database at <paramref name="path"/>: migrations, then the generated history in batches.</summary>
    public static (long Meetings, long Other) Build(string path, long activities, int years, bool withActivities = true)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;");
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        KratSqlite.Configure(builder, connection);
        var options = builder.Options;
        using (var context = Context(options))
        {
            context.Database.Migrate();
        }

        var counts = Fill(options, activities, years, withActivities);
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return counts;
    }

    /// <summary>
    /// Stores the generated history (fixed seed, so the same ids on every engine) through <see cref="KratDbContext"/>
    /// on a migrated database of either engine, in batches of the generator's size, change detection off.
    /// </summary>
    public static (long Meetings, long Other) Fill(DbContextOptions<KratDbContext> options, long activities, int years, bool withActivities = true)
    {
        var history = HistoryGenerator.Generate(HistoryOptions.ForTotalActivities(activities, years, Seed));
        long other = 0;
        long meetings = 0;
        void Save(IEnumerable<object> aggregates)
        {
            using var context = Context(options);
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            var list = aggregates.ToList();
            context.AddRange(list);
            context.SaveChanges();
        }

        foreach (var group in new IEnumerable<object>[] { history.Organisations, history.People, history.Committees })
        {
            var list = group.ToList();
            Save(list);
            other += list.Count;
        }

        foreach (var batch in history.MeetingBatches())
        {
            Save(batch);
            meetings += batch.Count;
        }

        foreach (var group in new IEnumerable<object>[] { history.ActionPlans, history.Campaigns, history.Partnerships, history.ServiceProviders, history.Initiatives, history.VictimStatistics })
        {
            var list = group.ToList();
            Save(list);
            other += list.Count;
        }

        if (withActivities)
        {
            foreach (var batch in history.ActivityBatches())
            {
                Save(batch);
            }
        }

        return (meetings, other);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string ComputeSchemaHash()
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        KratSqlite.Configure(builder, "Data Source=:memory:");
        using var context = Context(builder.Options);
        var script = context.Database.GenerateCreateScript();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script)))[..12];
    }
}
