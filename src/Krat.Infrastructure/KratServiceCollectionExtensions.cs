using System.Data.Common;
using Ardalis.Specification;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Krat.Infrastructure;

/// <summary>What <see cref="KratServiceCollectionExtensions.AddKrat(IServiceCollection, Action{KratOptions})"/> needs from the host.</summary>
public sealed class KratOptions
{
    /// <summary>The SQLite connection string, such as <c>Data Source=krat.db</c>; set this or <see cref="Connection"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// An open SQLite connection owned (and disposed) by the caller, shared by every context, for example a
    /// <c>Data Source=:memory:</c> database in tests; set this or <see cref="ConnectionString"/>.
    /// </summary>
    public DbConnection? Connection { get; set; }

    /// <summary>
    /// A database other than SQLite, such as PostgreSQL (<c>o.UsePostgreSql(connectionString)</c> from the
    /// Krat.Infrastructure.PostgreSql package). When set, <see cref="ConnectionString"/> and
    /// <see cref="Connection"/> stay unset.
    /// </summary>
    public KratDatabaseProvider? Provider { get; set; }

    /// <summary>
    /// Further EF Core options, such as logging (<c>b => b.LogTo(...)</c>); applied after Krat's own, so they can undo
    /// Krat's quiet logging (for example <c>b => b.ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Information)))</c>).
    /// </summary>
    public Action<DbContextOptionsBuilder>? ConfigureDbContext { get; set; }
}

/// <summary>The single entry point that registers Krat's persistence in a host.</summary>
public static class KratServiceCollectionExtensions
{
    /// <summary>Registers Krat's persistence for a SQLite database (see <see cref="AddKrat(IServiceCollection, Action{KratOptions})"/>).</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="connectionString">The SQLite connection string, such as <c>Data Source=krat.db</c>.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddKrat(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddKrat(o => o.ConnectionString = connectionString);
    }

    /// <summary>
    /// Registers Krat's persistence: a scoped <see cref="KratDbContext"/> (not pooled: it carries the current user
    /// and committee scope), the repositories of every aggregate (<see cref="IRepository{T}"/> and Ardalis's
    /// <see cref="IRepositoryBase{T}"/>: <see cref="EfRepository{T}"/>, which tracks what it loads so a verb's
    /// changes can be saved; <see cref="IReadRepository{T}"/> and <see cref="IReadRepositoryBase{T}"/>:
    /// <see cref="EfReadRepository{T}"/>, whose queries are no-tracking; adds and changes are staged until
    /// <c>SaveChangesAsync</c>, see <see cref="IRepository{T}"/>), the read models with names
    /// (<see cref="ReadModels.IRosterQuery"/>, <see cref="ReadModels.IMeetingRecordQuery"/>), the reports
    /// (<see cref="Reports.IReportService"/>), the <see cref="ISpecificationEvaluator"/>, and defaults the host may
    /// replace: <see cref="IClock"/> (<see cref="SystemClock.Instance"/>), <see cref="ICurrentUser"/>
    /// (<see cref="SystemUser"/>) and <see cref="ICommitteeScope"/> (<see cref="CommitteeScope.Unscoped"/>).
    /// Everything is added with TryAdd, so registrations made before this call win. It never reads
    /// configuration or environment variables: the host passes what it needs.
    /// Logging is quiet by default: EF Core's per-statement messages (each SQL command executed, each context
    /// initialised) are logged at <c>Debug</c> rather than <c>Information</c>, so a host logging at Information
    /// shows no SQL; set the category <c>Microsoft.EntityFrameworkCore.Database.Command</c> to <c>Debug</c> to see it.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the connection and further EF Core options.</param>
    /// <returns>The same services.</returns>
    /// <exception cref="InvalidOperationException">Not exactly one of a connection string, a connection and a provider was given.</exception>
    public static IServiceCollection AddKrat(this IServiceCollection services, Action<KratOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new KratOptions();
        configure(options);
        var given = (options.ConnectionString is null ? 0 : 1) + (options.Connection is null ? 0 : 1) + (options.Provider is null ? 0 : 1);
        if (given != 1)
        {
            throw new InvalidOperationException("AddKrat needs exactly one of a connection string, an open connection or a database provider.");
        }

        var provider = options.Provider
            ?? (options.Connection is not null ? KratSqlite.Provider(options.Connection) : KratSqlite.Provider(options.ConnectionString!));
        services.AddDbContext<KratDbContext>(builder =>
        {
            provider.Configure(builder);
            builder.UseKratQuietLogging();
            options.ConfigureDbContext?.Invoke(builder);
        });

        services.TryAddSingleton(provider);

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<ICurrentUser>(SystemUser.Instance);
        services.TryAddSingleton<ICommitteeScope>(CommitteeScope.Unscoped);
        services.TryAddSingleton<ISpecificationEvaluator>(SpecificationEvaluator.Default);
        services.TryAddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.TryAddScoped(typeof(IReadRepository<>), typeof(EfReadRepository<>));
        services.TryAddScoped(typeof(IRepositoryBase<>), typeof(EfRepository<>));
        services.TryAddScoped(typeof(IReadRepositoryBase<>), typeof(EfReadRepository<>));
        services.TryAddScoped<Reports.IReportService, Reports.ReportService>();
        services.TryAddScoped<ReadModels.IRosterQuery, ReadModels.EfRosterQuery>();
        services.TryAddScoped<ReadModels.IMeetingRecordQuery, ReadModels.EfMeetingRecordQuery>();
        return services;
    }

    /// <summary>
    /// Krat's quiet logging for any EF Core context (<c>AddKrat</c> applies it to its own; a host may apply it to its
    /// other contexts, such as ASP.NET Identity's): each SQL command executed and each context initialised is logged at
    /// <c>Debug</c> instead of <c>Information</c>, so a host logging at Information shows no SQL.
    /// </summary>
    /// <param name="builder">The context's options.</param>
    /// <returns>The same options.</returns>
    public static DbContextOptionsBuilder UseKratQuietLogging(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureWarnings(w => w.Log(
            (RelationalEventId.CommandExecuted, Microsoft.Extensions.Logging.LogLevel.Debug),
            (CoreEventId.ContextInitialized, Microsoft.Extensions.Logging.LogLevel.Debug)));
    }

    /// <summary>
    /// Applies the pending migrations to the database, creating it if needed, then the provider's own idempotent
    /// steps (<see cref="KratDatabaseProvider.AfterMigrateAsync"/>: on PostgreSQL, the row-level security
    /// policies). Call it from the host at
    /// start-up when the host wants that (<c>await app.Services.MigrateKratDatabaseAsync();</c>).
    /// </summary>
    /// <param name="services">The built service provider.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task that completes when the database is up to date.</returns>
    public static async Task MigrateKratDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<KratDbContext>();
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var provider = scope.ServiceProvider.GetService<KratDatabaseProvider>();
            if (provider is not null)
            {
                await provider.AfterMigrateAsync(context, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
