using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Krat.Infrastructure.Sqlite;

/// <summary>
/// The SQLite options every Krat context uses, in one place for <c>AddKrat</c>, the design-time factory and
/// tests: foreign keys on, migrations in this assembly, and split queries by default (an aggregate that loads
/// several child collections runs one SELECT per collection instead of a cartesian join).
/// </summary>
public static class KratSqlite
{
    /// <summary>Configures a context for a SQLite database given by a connection string.</summary>
    /// <param name="builder">The options to configure.</param>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, such as <c>Data Source=krat.db</c>.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var withForeignKeys = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true }.ToString();
        return builder.UseSqlite(withForeignKeys, Sqlite).AddInterceptors(SqlitePragmaInterceptor.Instance);
    }

    /// <summary>
    /// Configures a context for an existing SQLite connection that the caller owns and disposes, such as a
    /// shared <c>Data Source=:memory:</c> connection kept open for the life of a test.
    /// </summary>
    /// <param name="builder">The options to configure.</param>
    /// <param name="connection">The connection.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        return builder.UseSqlite(connection, Sqlite).AddInterceptors(SqlitePragmaInterceptor.Instance);
    }

    /// <summary>The SQLite provider for a connection string, as <c>AddKrat</c> uses it by default.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, such as <c>Data Source=krat.db</c>.</param>
    /// <returns>The provider.</returns>
    public static KratDatabaseProvider Provider(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new SqliteProvider(builder => Configure(builder, connectionString));
    }

    /// <summary>The SQLite provider for an open connection that the caller owns and disposes.</summary>
    /// <param name="connection">The connection.</param>
    /// <returns>The provider.</returns>
    public static KratDatabaseProvider Provider(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new SqliteProvider(builder => Configure(builder, connection));
    }

    private static void Sqlite(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite
            .MigrationsAssembly(typeof(KratDbContext).Assembly.GetName().Name)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
}

/// <summary>SQLite as a <see cref="KratDatabaseProvider"/>: nothing to do after the migrations.</summary>
internal sealed class SqliteProvider(Action<DbContextOptionsBuilder> configure) : KratDatabaseProvider
{
    public override string Name => "Sqlite";

    public override void Configure(DbContextOptionsBuilder builder) => configure(builder);
}
