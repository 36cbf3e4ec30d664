using System.Collections.Concurrent;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.PostgreSql;
using Krat.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;

namespace Krat.Infrastructure.Tests.TestSupport;

/// <summary>The database engines every infrastructure test class runs on.</summary>
public enum TestProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The PostgreSQL server of the tests, named by the environment variable <see cref="EnvironmentVariable"/> (an
/// Npgsql connection string of a superuser, such as <c>.ci/run</c> exports for its throwaway cluster). Each test
/// gets its own database, copied from a template built once per test run by the migrations (or, for the test
/// model, by EnsureCreated) with the row-level security policies; tests connect as <see cref="AppRole"/>, which
/// owns nothing and is held to row-level security like the site's role. Without the variable PostgreSQL tests
/// are skipped with the reason, except under <c>CI=true</c>, where they fail.
/// </summary>
public static class PostgreSqlServer
{
    public const string EnvironmentVariable = "KRAT_TEST_POSTGRES";

    /// <summary>The role tests connect as: login, no superuser, no BYPASSRLS, owner of nothing.</summary>
    public const string AppRole = "krat_test_app";

    /// <summary>
    /// The role the hosted site's tests run the site as: login, no superuser, no BYPASSRLS, owner of its own
    /// database (the site migrates at start-up); held to row-level security all the same, as the tables force it.
    /// </summary>
    public const string SiteRole = "krat_test_site";

    private static readonly ConcurrentDictionary<string, Lazy<string>> Templates = new(StringComparer.Ordinal);
    private static readonly Lazy<bool> RoleReady = new(CreateAppRole);
    private static readonly Lazy<bool> SiteRoleReady = new(() => CreateRole(SiteRole));

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>Skips the running test when there is no server (fails it under CI).</summary>
    public static void RequireServer()
    {
        if (AdminConnectionString is not null)
        {
            return;
        }

        var reason = $"PostgreSQL tests need a server: set {EnvironmentVariable} to a superuser's Npgsql connection string (bash .ci/run starts a throwaway cluster and sets it).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(reason + " Under CI=true a missing server fails the run.");
        }

        throw new SkipException(reason);
    }

    /// <summary>A fresh database copied from the template of <paramref name="kind"/>; returns its name.</summary>
    public static string CreateDatabase(string kind, Action<string> buildTemplate)
    {
        RequireServer();
        _ = RoleReady.Value;
        var template = Templates.GetOrAdd(kind, k => new Lazy<string>(() => BuildTemplate(k, buildTemplate))).Value;
        var name = $"krat_t_{Guid.NewGuid():N}";
        Execute(Admin(), $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return name;
    }

    /// <summary>An empty database owned by <see cref="SiteRole"/>, for a hosted site that migrates it; returns its name.</summary>
    public static string CreateSiteDatabase()
    {
        RequireServer();
        _ = SiteRoleReady.Value;
        var name = $"krat_w_{Guid.NewGuid():N}";
        Execute(Admin(), $"CREATE DATABASE \"{name}\" OWNER {SiteRole}");
        return name;
    }

    /// <summary>The connection string of a site's database as <see cref="SiteRole"/>.</summary>
    public static string SiteConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Username = SiteRole, Password = SiteRole }.ToString();

    public static void DropDatabase(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(SiteConnectionString(name)));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(AppConnectionString(name)));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(AdminConnectionStringFor(name)));
        Execute(Admin(), $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>The connection string of a test database as <see cref="AppRole"/>.</summary>
    public static string AppConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Username = AppRole, Password = AppRole }.ToString();

    /// <summary>The connection string of a test database as the superuser (which bypasses row-level security).</summary>
    public static string AdminConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ToString();

    /// <summary>Grants <see cref="AppRole"/> the use of every table of a database (run as the owner).</summary>
    public static void GrantApp(string database) =>
        Execute(
            new NpgsqlConnectionStringBuilder(AdminConnectionStringFor(database)) { Pooling = false }.ToString(),
            $"GRANT USAGE ON SCHEMA public TO {AppRole}; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {AppRole};");

    /// <summary>A context on a test database connected as the superuser, for building templates.</summary>
    public static TContext OwnerContext<TContext>(string database, Func<DbContextOptions<TContext>, IClock, ICurrentUser, ICommitteeScope, TContext> create)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        KratPostgreSql.Configure(builder, new NpgsqlConnectionStringBuilder(AdminConnectionStringFor(database)) { Pooling = false }.ToString());
        return create(builder.Options, SystemClock.Instance, SystemUser.Instance, CommitteeScope.Unscoped);
    }

    private static string Admin() => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ToString();

    private static string BuildTemplate(string kind, Action<string> build)
    {
        var name = $"krat_tpl_{Environment.ProcessId}_{kind}";
        Execute(Admin(), $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        Execute(Admin(), $"CREATE DATABASE \"{name}\"");
        build(name);
        GrantApp(name);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Execute(Admin(), $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
            catch (NpgsqlException)
            {
                // The throwaway cluster may already be gone.
            }
        };
        return name;
    }

    private static bool CreateAppRole() => CreateRole(AppRole);

    private static bool CreateRole(string role)
    {
        Execute(Admin(), $"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                CREATE ROLE {role} LOGIN PASSWORD '{role}' NOSUPERUSER NOBYPASSRLS NOCREATEDB;
              END IF;
            END $$;
            """);
        return true;
    }

    public static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
