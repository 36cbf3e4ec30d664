using System.Data.Common;
using System.Text.RegularExpressions;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.PostgreSql;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;
using NodaTime.Testing;

namespace Krat.Infrastructure.Tests.TestSupport;

/// <summary>A user with a name, for audit tests.</summary>
public sealed class TestUser(string userName) : ICurrentUser
{
    public string UserName { get; } = userName;
}

/// <summary>
/// A private database for the life of a test, on either engine. On SQLite: an in-memory database kept open; on
/// PostgreSQL: a database of its own, copied from a template that the migrations built (see
/// <see cref="PostgreSqlServer"/>), dropped on dispose. <see cref="Context"/> gives a <see cref="TestKratDbContext"/>
/// (Krat's model plus test aggregates, created with EnsureCreated); <see cref="KratContext"/> gives the real
/// <see cref="KratDbContext"/> on a database built by the migrations.
/// </summary>
public sealed partial class TestDatabase : IDisposable
{
    private readonly bool _migrated;
    private readonly string? _postgresDatabase;

    private TestDatabase(TestProvider provider, bool migrated)
    {
        Provider = provider;
        _migrated = migrated;
        if (provider == TestProvider.Sqlite)
        {
            var sqlite = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
            sqlite.Open();
            Connection = sqlite;
            return;
        }

        _postgresDatabase = migrated
            ? PostgreSqlServer.CreateDatabase("migrated", BuildMigratedTemplate)
            : PostgreSqlServer.CreateDatabase("testmodel", BuildTestModelTemplate);
        ConnectionString = PostgreSqlServer.AppConnectionString(_postgresDatabase);
        Connection = new NpgsqlConnection(ConnectionString);
    }

    public TestProvider Provider { get; }

    /// <summary>
    /// The database's connection: on SQLite the open in-memory connection every context shares; on PostgreSQL a
    /// closed connection as the test role, for raw SQL.
    /// </summary>
    public DbConnection Connection { get; }

    /// <summary>The PostgreSQL connection string (as the test role); <see langword="null"/> on SQLite.</summary>
    public string? ConnectionString { get; }

    /// <summary>The PostgreSQL database name; <see langword="null"/> on SQLite.</summary>
    public string? DatabaseName => _postgresDatabase;

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 29, 9, 30));

    /// <summary>A database with the test model (Krat's mappings plus <see cref="Note"/>).</summary>
    public static TestDatabase WithTestModel(TestProvider provider = TestProvider.Sqlite)
    {
        var database = new TestDatabase(provider, migrated: false);
        if (provider == TestProvider.Sqlite)
        {
            using var context = database.Context();
            context.Database.EnsureCreated();
        }

        return database;
    }

    /// <summary>A database built by Krat's migrations (of the provider).</summary>
    public static TestDatabase Migrated(TestProvider provider = TestProvider.Sqlite)
    {
        var database = new TestDatabase(provider, migrated: true);
        if (provider == TestProvider.Sqlite)
        {
            using var context = database.KratContext();
            context.Database.Migrate();
        }

        return database;
    }

    public TestKratDbContext Context(ICurrentUser? user = null, ICommitteeScope? scope = null)
    {
        if (_migrated)
        {
            throw new InvalidOperationException("This database was built by the migrations; use KratContext().");
        }

        var builder = new DbContextOptionsBuilder<TestKratDbContext>();
        Configure(builder);
        return new TestKratDbContext(builder.Options, Clock, user ?? SystemUser.Instance, scope ?? CommitteeScope.Unscoped);
    }

    public KratDbContext KratContext(ICurrentUser? user = null, ICommitteeScope? scope = null)
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        Configure(builder);
        return new KratDbContext(builder.Options, Clock, user ?? SystemUser.Instance, scope ?? CommitteeScope.Unscoped);
    }

    /// <summary>Configures options for this database's engine (SQLite: the shared connection; PostgreSQL: the test role).</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder) =>
        Provider == TestProvider.Sqlite
            ? KratSqlite.Configure(builder, Connection)
            : KratPostgreSql.Configure(builder, ConnectionString!);

    /// <summary>
    /// Runs a scalar SQL query on a raw connection (to look at what is stored, bypassing EF Core), written once for
    /// both engines in SQLite's spelling (<c>SELECT COUNT(*) FROM Notes</c>). On PostgreSQL the mixed-case names
    /// are quoted (<c>"Notes"</c>), integers come back as <see cref="long"/> as on SQLite, and it runs as the test
    /// role with the session set to every committee, as an unscoped context's session is.
    /// </summary>
    public object? Scalar(string sql)
    {
        if (Provider == TestProvider.Sqlite)
        {
            using var command = Connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar();
        }

        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var set = connection.CreateCommand();
        set.CommandText = $"SELECT set_config('{KratPostgreSql.CommitteeSetting}', '{KratPostgreSql.EveryCommittee}', false)";
        set.ExecuteNonQuery();
        using var query = connection.CreateCommand();
        query.CommandText = MixedCaseName().Replace(sql, m => m.Value.StartsWith('\'') ? m.Value : "\"" + m.Value + "\"");
        return query.ExecuteScalar() switch
        {
            DBNull => null,
            int number => (long)number,
            short number => (long)number,
            var value => value,
        };
    }

    public void Dispose()
    {
        Connection.Dispose();
        if (_postgresDatabase is not null)
        {
            PostgreSqlServer.DropDatabase(_postgresDatabase);
        }
    }

    private static void BuildMigratedTemplate(string database)
    {
        using var context = PostgreSqlServer.OwnerContext<KratDbContext>(database, (o, c, u, s) => new KratDbContext(o, c, u, s));
        context.Database.Migrate();
        KratRowLevelSecurity.ApplyAsync(context).GetAwaiter().GetResult();
    }

    private static void BuildTestModelTemplate(string database)
    {
        using var context = PostgreSqlServer.OwnerContext<TestKratDbContext>(database, (o, c, u, s) => new TestKratDbContext(o, c, u, s));
        context.Database.EnsureCreated();
        KratRowLevelSecurity.ApplyAsync(context).GetAwaiter().GetResult();
    }

    // A quoted literal (kept as it is) or a name with lower-case letters such as Notes or TermStart (SQL keywords are upper case).
    [GeneratedRegex("'[^']*'|\\b[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\\b")]
    private static partial Regex MixedCaseName();
}
