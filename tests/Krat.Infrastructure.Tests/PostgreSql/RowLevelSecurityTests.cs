using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Infrastructure.PostgreSql;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Tests.Differential;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Krat.Infrastructure.Tests.PostgreSql;

/// <summary>
/// Row-level security on a database shared by three committees (the generated history of Durrës, Korçë and Kukës):
/// raw SQL in a session scoped to Durrës sees and changes no row of another committee, a session that set nothing
/// sees nothing, and the national session or role sees everything. PostgreSQL only.
/// </summary>
public sealed class RowLevelSecurityTests : IDisposable
{
    private const string NationalRole = "krat_test_national";
    private readonly GeneratedDatabase.OnPostgreSql _data;
    private readonly CommitteeId _durres;
    private readonly CommitteeId _korce;

    public RowLevelSecurityTests()
    {
        PostgreSqlServer.RequireServer();
        _data = new GeneratedDatabase.OnPostgreSql();
        _durres = _data.Committee("AL-02").Id;
        _korce = _data.Committee("AL-06").Id;
    }

    public void Dispose() => _data.Dispose();

    [SkippableFact]
    public void RawSql_InASessionScopedToDurres_SeesNoRowOfAnotherCommittee_InAnyScopedTable()
    {
        using var connection = Open(_durres.Value.ToString());

        Assert.Equal([_durres.Value], Column<Guid>(connection, "SELECT DISTINCT \"CommitteeId\" FROM \"Activities\""));
        Assert.Equal([_durres.Value], Column<Guid>(connection, "SELECT DISTINCT \"CommitteeId\" FROM \"Meetings\""));
        Assert.Equal([_durres.Value], Column<Guid>(connection, "SELECT \"Id\" FROM \"Committees\""));
        Assert.Equal([_durres.Value], Column<Guid>(connection, "SELECT DISTINCT \"CommitteeId\" FROM \"ActionPlans\""));

        // A part of an aggregate (no CommitteeId column) is visible only with its parent row.
        var durresItems = _data.Meetings.Where(m => m.CommitteeId == _durres).Sum(m => m.Agenda.Count);
        Assert.True(durresItems > 0);
        Assert.Equal(durresItems, Scalar(connection, "SELECT COUNT(*) FROM \"MeetingAgendaItems\""));

        // Writes are held to the same rule: the other committee's rows are not there to change.
        Assert.Equal(0, Execute(connection, $"UPDATE \"Activities\" SET \"Version\" = \"Version\" + 1 WHERE \"CommitteeId\" = '{_korce.Value}'"));
        Assert.Equal(0, Execute(connection, $"DELETE FROM \"Meetings\" WHERE \"CommitteeId\" = '{_korce.Value}'"));
        using var national = Open(KratPostgreSql.EveryCommittee);
        Assert.Equal(_data.Meetings.Count(m => m.CommitteeId == _korce), Scalar(national, $"SELECT COUNT(*) FROM \"Meetings\" WHERE \"CommitteeId\" = '{_korce.Value}'"));
    }

    [SkippableFact]
    public void ASessionThatSetsNoCommittee_SeesNoScopedRow_ButTheSharedDirectory()
    {
        using var connection = new NpgsqlConnection(_data.Database.ConnectionString);
        connection.Open();

        Assert.Equal(0, Scalar(connection, "SELECT COUNT(*) FROM \"Activities\""));
        Assert.Equal(0, Scalar(connection, "SELECT COUNT(*) FROM \"Committees\""));
        Assert.Equal(_data.Organisations.Count, Scalar(connection, "SELECT COUNT(*) FROM \"Organisations\""));
    }

    [SkippableFact]
    public void TheNationalSession_AndARoleWithBypassRls_SeeEveryCommittee()
    {
        using (var national = Open(KratPostgreSql.EveryCommittee))
        {
            Assert.Equal(_data.Activities.Count, Scalar(national, "SELECT COUNT(*) FROM \"Activities\""));
            Assert.Equal(3, Scalar(national, "SELECT COUNT(*) FROM \"Committees\""));
        }

        PostgreSqlServer.Execute(
            PostgreSqlServer.AdminConnectionStringFor(_data.Database.DatabaseName!),
            $"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{NationalRole}') THEN
                CREATE ROLE {NationalRole} LOGIN PASSWORD '{NationalRole}' NOSUPERUSER BYPASSRLS;
              END IF;
            END $$;
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO {NationalRole};
            """);
        var builder = new NpgsqlConnectionStringBuilder(_data.Database.ConnectionString) { Username = NationalRole, Password = NationalRole };
        using var role = new NpgsqlConnection(builder.ToString());
        role.Open();
        Assert.Equal(_data.Activities.Count, Scalar(role, "SELECT COUNT(*) FROM \"Activities\""));
        Assert.Equal(3, Column<Guid>(role, "SELECT DISTINCT \"CommitteeId\" FROM \"Meetings\"").Count);
    }

    [SkippableFact]
    public async Task AScopedContext_ThatLiftsTheQueryFilter_StillSeesOnlyItsCommittee()
    {
        await using var scoped = _data.Database.KratContext(scope: CommitteeScope.For(_durres));
        await using var unscoped = _data.Database.KratContext();

        var seen = await scoped.Set<Activity>().IgnoreQueryFilters().Select(a => a.CommitteeId).Distinct().ToListAsync();
        var everything = await unscoped.Set<Activity>().CountAsync();

        Assert.Equal([_durres], seen);
        Assert.Equal(_data.Activities.Count, everything);
    }

    [SkippableFact]
    public void EveryCommitteeScopedTableOfTheModel_HasItsPolicy_EnabledAndForced()
    {
        using var context = _data.Database.KratContext();
        var expected = context.Model.GetEntityTypes()
            .Where(t => typeof(ICommitteeScoped).IsAssignableFrom(t.ClrType) && !t.IsOwned())
            .Select(t => t.GetTableName()!)
            .ToList();
        var tables = KratRowLevelSecurity.Tables(context.Model).Select(t => t.Name.Trim('"')).ToList();
        Assert.Subset(tables.ToHashSet(), expected.ToHashSet());
        Assert.Contains("MeetingAgendaItems", tables);
        Assert.DoesNotContain("Organisations", tables);

        using var admin = new NpgsqlConnection(PostgreSqlServer.AdminConnectionStringFor(_data.Database.DatabaseName!));
        admin.Open();
        var secured = Column<string>(admin, $"SELECT c.relname::text FROM pg_class c JOIN pg_policy p ON p.polrelid = c.oid WHERE p.polname = '{KratRowLevelSecurity.PolicyName}' AND c.relrowsecurity AND c.relforcerowsecurity");
        Assert.Equal(tables.Order(StringComparer.Ordinal), secured.Order(StringComparer.Ordinal));
    }

    private NpgsqlConnection Open(string committee)
    {
        var connection = new NpgsqlConnection(_data.Database.ConnectionString);
        connection.Open();
        using var set = connection.CreateCommand();
        set.CommandText = $"SELECT set_config('{KratPostgreSql.CommitteeSetting}', @value, false)";
        set.Parameters.AddWithValue("value", committee);
        set.ExecuteNonQuery();
        return connection;
    }

    private static long Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Execute(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private static List<T> Column<T>(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
