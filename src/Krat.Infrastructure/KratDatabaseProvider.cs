using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure;

/// <summary>
/// The database engine Krat runs on: how a context is configured for it and what it needs after the
/// migrations. SQLite is built in (<see cref="Sqlite.KratSqlite.Provider(string)"/>, the default of
/// <c>AddKrat</c>); the Krat.Infrastructure.PostgreSql package adds PostgreSQL. Each provider keeps its own
/// migrations, so one model runs on both while each schema uses its engine's types.
/// </summary>
public abstract class KratDatabaseProvider
{
    /// <summary>A short name of the engine, such as <c>Sqlite</c> or <c>PostgreSql</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Configures a context's options for this engine: the provider, its migrations assembly and interceptors.</summary>
    /// <param name="builder">The options to configure.</param>
    public abstract void Configure(DbContextOptionsBuilder builder);

    /// <summary>
    /// Runs after the migrations have been applied (<c>MigrateKratDatabaseAsync</c>); it must be idempotent,
    /// because it runs at every start. Nothing by default.
    /// </summary>
    /// <param name="context">A context on the migrated database.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the database is ready.</returns>
    public virtual Task AfterMigrateAsync(KratDbContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
