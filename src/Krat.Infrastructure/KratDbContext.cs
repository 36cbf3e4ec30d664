using System.Reflection;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Conventions;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Saving;
using Krat.Infrastructure.Searching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;

namespace Krat.Infrastructure;

/// <summary>
/// The one EF Core context of Krat, on SQLite. It maps every aggregate through the
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes of this assembly and applies model-wide conventions:
/// <list type="bullet">
/// <item>strongly typed identities (<see cref="IEntityId"/>) are stored as their GUID (TEXT, upper case);</item>
/// <item>NodaTime values keep their order in SQL: <see cref="LocalDate"/> as <c>uuuu-MM-dd</c> text,
/// <see cref="Instant"/> as integer 100 ns ticks since the Unix epoch, <see cref="LocalDateTime"/> and
/// <see cref="LocalTime"/> as ISO text, <see cref="YearMonth"/> as <c>uuuu-MM</c>, <see cref="Duration"/> as
/// integer ticks;</item>
/// <item>enums are stored as their integer values, so ordering and comparing code lists mean the same in
/// memory and in SQL (code-list values are stable and start at 1);</item>
/// <item><see cref="CountyCode"/> as its text (<c>AL-02</c>);</item>
/// <item>decimals are read back without trailing zeros (SQLite stores them as text such as <c>27.0</c>);</item>
/// <item>primitive collections (<c>IReadOnlyList&lt;OrganisationId&gt;</c>, lists of dates or strings) as JSON
/// arrays whose elements use the same conversions;</item>
/// <item>every aggregate root has <see cref="IAggregateRoot.Version"/> as a concurrency token, raised by one
/// on each save that changes the aggregate (or anything inside it), and audit shadow properties
/// (<see cref="AuditProperties"/>) filled from <see cref="IClock"/> and <see cref="ICurrentUser"/>;</item>
/// <item>every aggregate implementing <see cref="ICommitteeScoped"/> has the named query filter
/// <see cref="CommitteeScopeFilter"/>, limiting queries to the committee of <see cref="ICommitteeScope"/>; a scoped
/// context also refuses to save (add, change, delete) anything of another committee
/// (<see cref="CommitteeScopeViolationException"/>, nothing stored).</item>
/// </list>
/// A failed save stores nothing (it is one transaction), throws a <see cref="KratPersistenceException"/> and
/// clears the change tracker, so the context can reload and go on. The context is scoped (one per request or
/// unit of work) and not pooled, because it carries the current user and committee scope.
/// </summary>
/// <remarks>
/// Hosts normally never touch the context: they inject <see cref="Repositories.IRepository{T}"/>. A derived
/// context (tests, extensions) can add entity types by overriding <see cref="ConfigureModel"/>; the conventions
/// above then apply to them too, and strongly typed identities declared in the derived context's assembly are
/// converted as well.
/// </remarks>
public class KratDbContext : DbContext
{
    /// <summary>The name of the query filter that limits committee-scoped aggregates to the current committee.</summary>
    public const string CommitteeScopeFilter = "CommitteeScope";

    private static readonly MethodInfo CommitteeFilterMethod =
        typeof(KratDbContext).GetMethod(nameof(ApplyCommitteeFilter), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private readonly IClock _clock;
    private readonly ICurrentUser _currentUser;
    private readonly ICommitteeScope _committeeScope;

    /// <summary>Creates a context.</summary>
    /// <param name="options">The EF Core options (see <see cref="Sqlite.KratSqlite.Configure(DbContextOptionsBuilder, string)"/>).</param>
    /// <param name="clock">The clock that stamps audit columns.</param>
    /// <param name="currentUser">Who is making changes.</param>
    /// <param name="committeeScope">The committee queries are limited to.</param>
    public KratDbContext(DbContextOptions<KratDbContext> options, IClock clock, ICurrentUser currentUser, ICommitteeScope committeeScope)
        : this((DbContextOptions)options, clock, currentUser, committeeScope)
    {
    }

    /// <summary>Creates a context of a derived type.</summary>
    /// <param name="options">The EF Core options for the derived type.</param>
    /// <param name="clock">The clock that stamps audit columns.</param>
    /// <param name="currentUser">Who is making changes.</param>
    /// <param name="committeeScope">The committee queries are limited to.</param>
    protected KratDbContext(DbContextOptions options, IClock clock, ICurrentUser currentUser, ICommitteeScope committeeScope)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(currentUser);
        ArgumentNullException.ThrowIfNull(committeeScope);
        _clock = clock;
        _currentUser = currentUser;
        _committeeScope = committeeScope;
    }

    /// <summary>
    /// The committee this context is limited to (from <see cref="ICommitteeScope"/>, read again on every query and
    /// save), or <see langword="null"/> when it sees every committee. The committee query filter reads it, and on
    /// PostgreSQL the connection's row-level security setting is taken from it.
    /// </summary>
    public CommitteeId? ScopedCommitteeId => _committeeScope.CommitteeId;

    /// <summary>The clock that stamps audit columns (read by the audit interceptor).</summary>
    internal IClock Clock => _clock;

    /// <summary>Who is making changes (read by the audit interceptor).</summary>
    internal ICurrentUser CurrentUser => _currentUser;

    /// <summary>
    /// Whether the next saves keep the audit columns already set on added aggregates (a move of stored data keeps
    /// who created and changed what, and when) instead of stamping them from the clock and user.
    /// </summary>
    internal bool KeepsGivenAuditColumns { get; set; }

    /// <summary>What the save in progress changes, worked out once per save by the save interceptors.</summary>
    internal PendingSave? Pending { get; set; }

    /// <summary>
    /// Declares the <see cref="IAggregateRoot.Version"/> a change is based on, typically the version a user
    /// loaded in an earlier web request and posted back in a hidden field. If the tracked aggregate's stored
    /// version already differs, a <see cref="ConcurrencyConflictException"/> is thrown at once; otherwise the
    /// next save only succeeds if the database still holds that version.
    /// </summary>
    /// <param name="aggregate">A tracked (loaded or attached) aggregate.</param>
    /// <param name="loadedVersion">The version the user saw.</param>
    /// <exception cref="ConcurrencyConflictException">The aggregate was saved by someone else since that version.</exception>
    public void ExpectVersion(IAggregateRoot aggregate, int loadedVersion)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var entry = Entry(aggregate);
        if (entry.State == EntityState.Detached)
        {
            throw new InvalidOperationException("Only a loaded or attached aggregate can be checked against a version.");
        }

        var version = entry.Property(nameof(IAggregateRoot.Version));
        if (entry.State != EntityState.Added && (int)version.OriginalValue! != loadedVersion)
        {
            throw DbErrorTranslator.Conflict(entry, entry.GetDatabaseValues(), null);
        }

        version.OriginalValue = loadedVersion;
    }

    /// <summary>The audit trail of a tracked aggregate, or <see langword="null"/> when it is not stored yet or not tracked.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>Who created and last changed it, and when.</returns>
    public AuditStamp? AuditOf(IAggregateRoot aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var entry = Entry(aggregate);
        if (entry.State is EntityState.Detached or EntityState.Added)
        {
            return null;
        }

        return new AuditStamp(
            (Instant)entry.Property(AuditProperties.CreatedAt).OriginalValue!,
            (string)entry.Property(AuditProperties.CreatedBy).OriginalValue!,
            (Instant)entry.Property(AuditProperties.ModifiedAt).OriginalValue!,
            (string)entry.Property(AuditProperties.ModifiedBy).OriginalValue!);
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            var entry = exception.Entries.Count > 0 ? exception.Entries[0] : null;
            var conflict = DbErrorTranslator.Conflict(exception, entry?.GetDatabaseValues());
            throw Abandon(conflict);
        }
        catch (DbUpdateException exception)
        {
            throw Abandon(DbErrorTranslator.Translate(exception) ?? (Exception)exception);
        }
        finally
        {
            Pending = null;
        }
    }

    /// <inheritdoc />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            var entry = exception.Entries.Count > 0 ? exception.Entries[0] : null;
            var values = entry is null ? null : await entry.GetDatabaseValuesAsync(cancellationToken).ConfigureAwait(false);
            throw Abandon(DbErrorTranslator.Conflict(exception, values));
        }
        catch (DbUpdateException exception)
        {
            throw Abandon(DbErrorTranslator.Translate(exception) ?? (Exception)exception);
        }
        finally
        {
            Pending = null;
        }
    }

    /// <summary>
    /// Adds entity types that live outside this assembly (a derived context's own aggregates, test models).
    /// Runs after this assembly's configurations and before the model-wide conventions, which therefore apply
    /// to what is added here.
    /// </summary>
    /// <param name="modelBuilder">The model being built.</param>
    protected virtual void ConfigureModel(ModelBuilder modelBuilder)
    {
    }

    /// <summary>The assemblies searched for strongly typed identities to convert: Krat.Domain, this assembly and the derived context's.</summary>
    /// <returns>The assemblies.</returns>
    protected virtual IEnumerable<Assembly> ModelAssemblies() =>
        [typeof(IEntityId).Assembly, typeof(KratDbContext).Assembly, GetType().Assembly];

    /// <inheritdoc />
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // Order matters: the scope guard refuses before anything is stamped; the stored search and sort keys are
        // computed again before the version is raised and the audit stamped.
        optionsBuilder.AddInterceptors(
            CommitteeScopeGuardInterceptor.Instance, StoredKeysInterceptor.Instance, AggregateVersionInterceptor.Instance, AuditInterceptor.Instance);
        optionsBuilder.ConfigureWarnings(w => w.Throw(
            CoreEventId.RowLimitingOperationWithoutOrderByWarning,
            CoreEventId.FirstWithoutOrderByAndFilterWarning,
            RelationalEventId.MultipleCollectionIncludeWarning));
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Properties<T> converts properties and their nullable forms; elements of primitive collections are
        // converted by ApplyModelConventions with the same converters (ElementConverterFor).
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>().HaveMaxLength(LocalDateConverter.Length);
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<LocalDateTime>().HaveConversion<LocalDateTimeConverter>();
        configurationBuilder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
        configurationBuilder.Properties<YearMonth>().HaveConversion<YearMonthConverter>().HaveMaxLength(YearMonthConverter.Length);
        configurationBuilder.Properties<Duration>().HaveConversion<DurationConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<NormalizedDecimalConverter>();
        configurationBuilder.Properties<CountyCode>().HaveConversion<CountyCodeConverter>().HaveMaxLength(CountyCode.Length);
        foreach (var idType in EntityIds.In(ModelAssemblies()))
        {
            configurationBuilder.Properties(idType).HaveConversion(typeof(EntityIdConverter<>).MakeGenericType(idType));
        }
    }

    /// <inheritdoc />
    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KratDbContext).Assembly);
        ConfigureModel(modelBuilder);
        ApplyModelConventions(modelBuilder);
    }

    private void ApplyModelConventions(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            var clrType = entityType.ClrType;
            if (entityType.FindPrimaryKey() is { } key)
            {
                // Identities are made by the domain (GUID v7), never by the database, so EF Core treats a new part
                // found in a loaded aggregate's collection as Added.
                foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid) || typeof(IEntityId).IsAssignableFrom(p.ClrType)))
                {
                    property.ValueGenerated = ValueGenerated.Never;
                }
            }

            foreach (var property in entityType.GetDeclaredProperties().Where(p => p.IsPrimitiveCollection))
            {
                if (property.GetElementType() is { } element && ElementConverterFor(element.ClrType) is { } converter)
                {
                    element.SetValueConverter(converter);
                }
            }

            if (entityType.IsOwned() || entityType.BaseType is not null || !typeof(IAggregateRoot).IsAssignableFrom(clrType))
            {
                continue;
            }

            var builder = modelBuilder.Entity(clrType);
            builder.Property(nameof(IAggregateRoot.Version)).IsConcurrencyToken();
            builder.Property<Instant>(AuditProperties.CreatedAt).IsRequired();
            builder.Property<string>(AuditProperties.CreatedBy).IsRequired().HasMaxLength(AuditProperties.MaxUserNameLength);
            builder.Property<Instant>(AuditProperties.ModifiedAt).IsRequired();
            builder.Property<string>(AuditProperties.ModifiedBy).IsRequired().HasMaxLength(AuditProperties.MaxUserNameLength);

            if (clrType == typeof(Committee))
            {
                // A committee is scoped to itself: its CommitteeId is its identity and has no column of its own.
                modelBuilder.Entity<Committee>().HasQueryFilter(
                    CommitteeScopeFilter,
                    c => ScopedCommitteeId == null || c.Id == ScopedCommitteeId);
            }
            else if (typeof(ICommitteeScoped).IsAssignableFrom(clrType))
            {
                CommitteeFilterMethod.MakeGenericMethod(clrType).Invoke(this, [modelBuilder]);
            }
        }
    }

    // The converter of an element of a primitive collection (a JSON array column), the same as for a property.
    private static Type? ElementConverterFor(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(LocalDate) => typeof(LocalDateConverter),
            _ when underlying == typeof(Instant) => typeof(InstantConverter),
            _ when underlying == typeof(LocalDateTime) => typeof(LocalDateTimeConverter),
            _ when underlying == typeof(LocalTime) => typeof(LocalTimeConverter),
            _ when underlying == typeof(YearMonth) => typeof(YearMonthConverter),
            _ when underlying == typeof(Duration) => typeof(DurationConverter),
            _ when underlying == typeof(CountyCode) => typeof(CountyCodeConverter),
            _ when underlying == typeof(decimal) => typeof(NormalizedDecimalConverter),
            _ when underlying.IsValueType && typeof(IEntityId).IsAssignableFrom(underlying) => typeof(EntityIdConverter<>).MakeGenericType(underlying),
            _ => null,
        };
    }

    // The filter reads ScopedCommitteeId from the context running the query (EF Core parameterises members of
    // the context), so one cached model serves every scope.
    private void ApplyCommitteeFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, ICommitteeScoped =>
        modelBuilder.Entity<TEntity>().HasQueryFilter(
            CommitteeScopeFilter,
            e => ScopedCommitteeId == null || e.CommitteeId == ScopedCommitteeId);

    // After a failed save: forget every pending change (the version interceptor has already given the aggregates
    // back the versions they had).
    private Exception Abandon(Exception exception)
    {
        ChangeTracker.Clear();
        return exception;
    }
}
