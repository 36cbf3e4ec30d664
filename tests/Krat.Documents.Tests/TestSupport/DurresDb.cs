using Krat.Demo.Durres;
using Krat.Infrastructure;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;

namespace Krat.Documents.Tests.TestSupport;

/// <summary>A user with a name, for audit tests.</summary>
public sealed class TestUser(string userName) : ICurrentUser
{
    public string UserName { get; } = userName;
}

/// <summary>A private in-memory SQLite database built by Krat's migrations, holding the Durrës scenario.</summary>
public sealed class DurresDb : IDisposable
{
    private DurresDb()
    {
        Connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        Connection.Open();
        using var context = Context();
        context.Database.Migrate();
    }

    public SqliteConnection Connection { get; }

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 29, 9, 30));

    public DurresScenario Scenario { get; } = DurresScenario.Build();

    /// <summary>A migrated database holding the whole Durrës scenario.</summary>
    public static DurresDb Create()
    {
        var db = new DurresDb();
        using var context = db.Context();
        var s = db.Scenario;
        foreach (var aggregates in new IEnumerable<object>[]
        {
            s.Organisations, s.People, [s.KratDurres], s.Meetings, [s.ActionPlan2023], [s.October2023], s.Activities,
            [s.ResilienceCentrePartnership], [s.ResilienceCentreProvider], [s.PupilsProject], [s.VictimStatistics2023],
        })
        {
            context.AddRange(aggregates);
            context.SaveChanges();
        }

        return db;
    }

    public KratDbContext Context(ICurrentUser? user = null)
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        KratSqlite.Configure(builder, Connection);
        return new KratDbContext(builder.Options, Clock, user ?? SystemUser.Instance, CommitteeScope.Unscoped);
    }

    /// <summary>Runs a scalar SQL query on the raw connection.</summary>
    public long Count(string table)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => Connection.Dispose();
}
