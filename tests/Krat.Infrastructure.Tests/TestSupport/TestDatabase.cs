using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;

namespace Krat.Infrastructure.Tests.TestSupport;

/// <summary>A user with a name, for audit tests.</summary>
public sealed class TestUser(string userName) : ICurrentUser
{
    public string UserName { get; } = userName;
}

/// <summary>
/// A private in-memory SQLite database kept open for the life of a test. <see cref="Context"/> gives a
/// <see cref="TestKratDbContext"/> (Krat's model plus test aggregates, created with EnsureCreated);
/// <see cref="KratContext"/> gives the real <see cref="KratDbContext"/> on a database built by the migrations.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly bool _migrated;

    private TestDatabase(bool migrated)
    {
        _migrated = migrated;
        Connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        Connection.Open();
    }

    public SqliteConnection Connection { get; }

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 29, 9, 30));

    /// <summary>A database with the test model (Krat's mappings plus <see cref="Note"/>).</summary>
    public static TestDatabase WithTestModel()
    {
        var database = new TestDatabase(migrated: false);
        using var context = database.Context();
        context.Database.EnsureCreated();
        return database;
    }

    /// <summary>A database built by Krat's migrations.</summary>
    public static TestDatabase Migrated()
    {
        var database = new TestDatabase(migrated: true);
        using var context = database.KratContext();
        context.Database.Migrate();
        return database;
    }

    public TestKratDbContext Context(ICurrentUser? user = null, ICommitteeScope? scope = null)
    {
        if (_migrated)
        {
            throw new InvalidOperationException("This database was built by the migrations; use KratContext().");
        }

        var builder = new DbContextOptionsBuilder<TestKratDbContext>();
        KratSqlite.Configure(builder, Connection);
        return new TestKratDbContext(builder.Options, Clock, user ?? SystemUser.Instance, scope ?? CommitteeScope.Unscoped);
    }

    public KratDbContext KratContext(ICurrentUser? user = null, ICommitteeScope? scope = null)
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        KratSqlite.Configure(builder, Connection);
        return new KratDbContext(builder.Options, Clock, user ?? SystemUser.Instance, scope ?? CommitteeScope.Unscoped);
    }

    /// <summary>Runs a scalar SQL query on the raw connection (to look at what is stored, bypassing EF Core).</summary>
    public object? Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose() => Connection.Dispose();
}
