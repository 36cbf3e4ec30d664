using System.Globalization;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Benchmarks.Data;

/// <summary>
/// One benchmark database and the question parameters chosen on it once (not timed): the Durrës committee,
/// October 2023 (the campaign month), the target group Pupils, the organisation owning the most open
/// commitments of Durrës, 31.10.2023 for the roster, 2023 for the national roll-up.
/// </summary>
public sealed class BenchFixture
{
    private BenchFixture(string path)
    {
        Path = path;
        Options = BenchDatabase.Options(path);
        ConnectionString = BenchDatabase.ConnectionString(path);
        using var connection = OpenConnection();
        Committee = new CommitteeId(Guid.Parse(Scalar(connection, "SELECT Id FROM Committees WHERE County = 'AL-02'")!));
        Committees = [];
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT County, Id FROM Committees ORDER BY County";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Committees.Add((CountyCode.From(reader.GetString(0)), new CommitteeId(reader.GetGuid(1))));
            }
        }

        var owner = Scalar(
            connection,
            $"""
            SELECT c.OwnerId FROM MeetingCommitments c JOIN Meetings m ON m.Id = c.MeetingId
            WHERE m.CommitteeId = '{Committee.Value.ToString().ToUpperInvariant()}' AND c.Status = 1 AND m.Date <= '{Day:yyyy-MM-dd}'
            GROUP BY c.OwnerId ORDER BY COUNT(*) DESC, c.OwnerId LIMIT 1
            """);
        Owner = owner is null ? null : new OrganisationId(Guid.Parse(owner));
        ActivityCount = long.Parse(Scalar(connection, "SELECT COUNT(*) FROM Activities")!, CultureInfo.InvariantCulture);
    }

    // The same questions on another engine's copy of the database (same ids: the generator is seeded).
    private BenchFixture(BenchFixture source, DbContextOptions<KratDbContext> options, string engine)
    {
        Path = source.Path;
        Options = options;
        ConnectionString = source.ConnectionString;
        ActivityCount = source.ActivityCount;
        Committee = source.Committee;
        Committees = source.Committees;
        Owner = source.Owner;
        Engine = engine;
    }

    /// <summary>The engine the contexts of this fixture run on: Sqlite, or PostgreSql for <see cref="OnPostgreSql"/>.</summary>
    public string Engine { get; } = "Sqlite";

    /// <summary>
    /// The same questions (same parameters) on the PostgreSQL copy of this database (<see cref="BenchPostgres"/>);
    /// the raw ways stay on SQLite, only <see cref="Context"/> changes engine.
    /// </summary>
    public BenchFixture OnPostgreSql(DbContextOptions<KratDbContext> options) => new(this, options, "PostgreSql");

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>EF Core options on the file (Krat's configuration).</summary>
    public DbContextOptions<KratDbContext> Options { get; }

    /// <summary>The connection string for raw SQL (pooled).</summary>
    public string ConnectionString { get; }

    /// <summary>How many activities the database holds.</summary>
    public long ActivityCount { get; }

    /// <summary>The Durrës committee.</summary>
    public CommitteeId Committee { get; }

    /// <summary>Every committee with its county, by county code.</summary>
    public List<(CountyCode County, CommitteeId Id)> Committees { get; }

    /// <summary>The month of the list and the report: October 2023.</summary>
    public YearMonth Month { get; } = new(2023, 10);

    /// <summary>The first day of <see cref="Month"/>.</summary>
    public LocalDate MonthStart => Month.OnDayOfMonth(1);

    /// <summary>The last day of <see cref="Month"/>.</summary>
    public LocalDate MonthEnd => Month.ToDateInterval().End;

    /// <summary>The target group of the list.</summary>
    public TargetGroup TargetGroup { get; } = TargetGroup.Pupils;

    /// <summary>The list page (1-based) and its size.</summary>
    public (int Page, int Size) Page { get; } = (1, 20);

    /// <summary>The reference day: the roster's date and "today" for open commitments.</summary>
    public LocalDate Day { get; } = new(2023, 10, 31);

    /// <summary>The owner whose open commitments are listed (the one with most of them in Durrës).</summary>
    public OrganisationId? Owner { get; }

    /// <summary>The year of the national roll-up.</summary>
    public int Year { get; } = 2023;

    /// <summary>Opens the cached database of that size, building it when missing.</summary>
    public static BenchFixture Open(long activities, TextWriter? log = null) =>
        new(BenchDatabase.EnsureBuilt(activities, log ?? TextWriter.Null));

    /// <summary>Opens an existing database file.</summary>
    public static BenchFixture OpenFile(string path) => new(path);

    /// <summary>A new, open raw connection (from the pool).</summary>
    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>A context as a host creates it per request.</summary>
    public KratDbContext Context() => BenchDatabase.Context(Options);

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) is { Length: > 0 } s ? s : null;
    }
}
