using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Krat.Infrastructure.PostgreSql;

/// <summary>
/// The PostgreSQL options every Krat context uses on PostgreSQL, in one place for <c>AddKrat</c>, the design-time
/// factory, tools and tests: Npgsql, the migrations of this assembly, split queries (as on SQLite), byte-order
/// ("C") collation on every text column so that ordering matches SQLite's, and the session interceptor that
/// gives row-level security the committee of the context.
/// </summary>
/// <remarks>
/// The model is the one of <see cref="KratDbContext"/>, with the same value conversions as on SQLite (dates as ISO
/// text, instants as integer ticks, identities as GUIDs — <c>uuid</c> here): what is compared and sorted in SQL
/// is the same value on both engines, and a prefecture's data moves from one to the other row by row.
/// Primitive collections are PostgreSQL arrays.
/// </remarks>
public static class KratPostgreSql
{
    /// <summary>The name of the session setting that row-level security reads: the committee's GUID, or <c>*</c> for every committee.</summary>
    public const string CommitteeSetting = "krat.committee_id";

    /// <summary>The value of <see cref="CommitteeSetting"/> that lets a session see every committee (an unscoped context).</summary>
    public const string EveryCommittee = "*";

    /// <summary>Configures a context for a PostgreSQL database.</summary>
    /// <param name="builder">The options to configure.</param>
    /// <param name="connectionString">An Npgsql connection string, such as <c>Host=db;Database=krat;Username=krat_app</c>.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        builder.UseNpgsql(connectionString, Npgsql);
        builder.ReplaceService<IModelCustomizer, PostgreSqlModelCustomizer>();
        builder.AddInterceptors(CommitteeSessionInterceptor.Instance);
        return builder;
    }

    /// <summary>The PostgreSQL provider for <c>AddKrat</c>: <c>services.AddKrat(o => o.Provider = KratPostgreSql.Provider(cs))</c>, or <see cref="UsePostgreSql"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The provider.</returns>
    public static KratDatabaseProvider Provider(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new PostgreSqlProvider(connectionString);
    }

    /// <summary>
    /// Runs Krat on PostgreSQL: <c>services.AddKrat(o => o.UsePostgreSql(connectionString))</c>.
    /// <c>MigrateKratDatabaseAsync</c> then applies this package's migrations and the row-level security policies.
    /// </summary>
    /// <param name="options">The options of <c>AddKrat</c>.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The same options.</returns>
    public static KratOptions UsePostgreSql(this KratOptions options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Provider = Provider(connectionString);
        return options;
    }

    private static void Npgsql(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql
            .MigrationsAssembly(typeof(KratPostgreSql).Assembly.GetName().Name)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
}

/// <summary>PostgreSQL as a <see cref="KratDatabaseProvider"/>: after the migrations, the row-level security policies.</summary>
internal sealed class PostgreSqlProvider(string connectionString) : KratDatabaseProvider
{
    public override string Name => "PostgreSql";

    public override void Configure(DbContextOptionsBuilder builder) => KratPostgreSql.Configure(builder, connectionString);

    public override Task AfterMigrateAsync(KratDbContext context, CancellationToken cancellationToken = default) =>
        KratRowLevelSecurity.ApplyAsync(context, cancellationToken);
}
