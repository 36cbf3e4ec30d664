using System.Diagnostics;
using Krat.Infrastructure;
using Krat.Infrastructure.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Krat.Benchmarks.Data;

/// <summary>
/// The PostgreSQL copies of the benchmark databases, on the server named by <c>KRAT_BENCH_POSTGRES</c> (a superuser's
/// Npgsql connection string). A copy is built like the SQLite file (Krat's PostgreSQL migrations and row-level
/// security, then the same seeded history through <see cref="KratDbContext"/>, so the same ids) into a database named
/// <c>krat_bench_&lt;activities&gt;_&lt;schema hash&gt;</c>, marked as built by a comment, and reused while the schema
/// is unchanged. The benchmarks connect as the superuser (row-level security is bypassed, as for an unscoped
/// national reader; the committee filter of the model still applies as on SQLite).
/// </summary>
public static class BenchPostgres
{
    /// <summary>The environment variable naming the server.</summary>
    public const string EnvironmentVariable = "KRAT_BENCH_POSTGRES";

    private const string BuiltMark = "krat benchmark database: built";

    /// <summary>The superuser's connection string; throws when the variable is not set.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException($"Set {EnvironmentVariable} to a PostgreSQL superuser's Npgsql connection string (e.g. Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres).");

    /// <summary>The connection string of a benchmark database.</summary>
    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, MaxPoolSize = 100 }.ToString();

    /// <summary>EF Core options on a benchmark database (Krat's PostgreSQL configuration).</summary>
    public static DbContextOptions<KratDbContext> Options(string database)
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        KratPostgreSql.Configure(builder, ConnectionString(database));
        return builder.Options;
    }

    /// <summary>The PostgreSQL copy of the history of that size, built first when missing; returns the database name.</summary>
    public static string EnsureBuilt(long activities, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var name = $"krat_bench_{activities}_{BenchDatabase.SchemaHash}";
        if (IsBuilt(name))
        {
            log.WriteLine($"Using cached PostgreSQL database {name}");
            return name;
        }

        log.WriteLine($"Building {activities:N0} activities over {BenchDatabase.YearsFor(activities)} year(s) into PostgreSQL database {name} …");
        var watch = Stopwatch.StartNew();
        var counts = Build(name, activities, BenchDatabase.YearsFor(activities), withActivities: true);
        watch.Stop();
        log.WriteLine(
            $"Built {activities:N0} activities, {counts.Meetings:N0} meetings, {counts.Other:N0} other aggregates in {watch.Elapsed.TotalSeconds:F1} s " +
            $"({activities / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0} activities/s)");
        return name;
    }

    /// <summary>The template the write benchmarks copy per round: the one-year history without its activities.</summary>
    public static string EnsureWriteBase(long activities, TextWriter log)
    {
        var name = $"krat_bench_writes_{activities}_{BenchDatabase.SchemaHash}";
        if (!IsBuilt(name))
        {
            log.WriteLine($"Building the PostgreSQL write base {name} …");
            Build(name, activities, 1, withActivities: false);
        }

        return name;
    }

    /// <summary>A new database copied from <paramref name="template"/> (nobody may be connected to the template).</summary>
    public static string CopyOf(string template)
    {
        var name = $"krat_bench_round_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return name;
    }

    /// <summary>Drops a database and its pooled connections.</summary>
    public static void Drop(string database)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString(database)));
        Execute($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static (long Meetings, long Other) Build(string name, long activities, int years, bool withActivities)
    {
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        Execute($"CREATE DATABASE \"{name}\"");
        var options = Options(name);
        using (var context = BenchDatabase.Context(options))
        {
            context.Database.Migrate();
            KratRowLevelSecurity.ApplyAsync(context).GetAwaiter().GetResult();
        }

        var counts = BenchDatabase.Fill(options, activities, years, withActivities);
        using (var context = BenchDatabase.Context(options))
        {
            context.Database.ExecuteSqlRaw("ANALYZE");
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString(name)));
        Execute($"COMMENT ON DATABASE \"{name}\" IS '{BuiltMark}'");
        return counts;
    }

    private static bool IsBuilt(string name)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name";
        command.Parameters.AddWithValue("name", name);
        return command.ExecuteScalar() as string == BuiltMark;
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
