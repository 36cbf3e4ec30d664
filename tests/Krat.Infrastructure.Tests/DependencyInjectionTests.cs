using Ardalis.Specification;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Krat.Infrastructure.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddKrat_ResolvesRepositories_AndMigratesOnRequest()
    {
        await using var host = await KratHost.StartAsync();
        var provider = host.Services;
        await using var scope = provider.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<Organisation>>();
        await repository.AddAsync(Organisation.Register("Qendra e Rezistencës", OrganisationKind.Ngo, OrganisationLevel.Central));
        await repository.SaveChangesAsync();

        Assert.IsType<EfRepository<Organisation>>(repository);
        Assert.IsType<EfReadRepository<Organisation>>(scope.ServiceProvider.GetRequiredService<IReadRepository<Organisation>>());
        Assert.IsType<EfRepository<Organisation>>(scope.ServiceProvider.GetRequiredService<IRepositoryBase<Organisation>>());
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IReadRepositoryBase<Organisation>>().CountAsync());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(SystemUser.Instance, provider.GetRequiredService<ICurrentUser>());
        Assert.Same(CommitteeScope.Unscoped, provider.GetRequiredService<ICommitteeScope>());
    }

    [Theory]
    [InlineData(LogLevel.Information, false)]
    [InlineData(LogLevel.Debug, true)]
    public async Task AddKrat_LogsNoSqlAtInformation_ButStillAtDebug(LogLevel minimum, bool sqlExpected)
    {
        var logs = new CapturedLogs();
        await using var host = await KratHost.StartAsync(services => services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(minimum)));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var repository = scope.ServiceProvider.GetRequiredService<IRepository<Organisation>>();
            await repository.AddAsync(Organisation.Register("Qendra e Rezistencës", OrganisationKind.Ngo, OrganisationLevel.Central));
            await repository.SaveChangesAsync();
            Assert.Equal(1, await repository.CountAsync());
        }

        var sql = logs.Entries.Where(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command" && e.Message.Contains("SELECT", StringComparison.Ordinal)).ToList();
        Assert.Equal(sqlExpected, sql.Count > 0);
        Assert.All(sql, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Information && e.Message.Contains("SELECT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadRepository_GetByIdAsync_TakesOnlyTheAggregatesOwnIdentity()
    {
        var method = typeof(IReadRepository<Organisation>).GetMethods().Single(m => m.Name == nameof(IReadRepository<Organisation>.GetByIdAsync));

        // What the compiler checks: the identity type must be the aggregate's own (a CommitteeId or a Guid is refused).
        Assert.NotNull(method.MakeGenericMethod(typeof(OrganisationId)));
        Assert.Throws<ArgumentException>(() => method.MakeGenericMethod(typeof(Domain.Committees.CommitteeId)));
        Assert.Throws<ArgumentException>(() => method.MakeGenericMethod(typeof(Guid)));

        // Every stored aggregate's key is an identity tied to that aggregate.
        await using var host = await KratHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<KratDbContext>().Model;
        var roots = model.GetEntityTypes().Where(e => typeof(Domain.Common.IAggregateRoot).IsAssignableFrom(e.ClrType)).ToList();
        Assert.True(roots.Count >= 13, $"{roots.Count} aggregate roots");
        Assert.All(roots, e => Assert.True(
            typeof(Domain.Common.IEntityId<>).MakeGenericType(e.ClrType).IsAssignableFrom(e.FindPrimaryKey()!.Properties[0].ClrType),
            $"{e.ClrType.Name}'s key is not an IEntityId<{e.ClrType.Name}>"));
    }

    [Fact]
    public void AddKrat_KeepsTheHostsOwnRegistrations()
    {
        var clock = new FakeClock(Instant.FromUtc(2023, 10, 31, 10, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.AddScoped<ICurrentUser>(_ => new TestUser("ana.hoxha"));

        services.AddKrat("Data Source=:memory:");
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        Assert.Same(clock, scope.ServiceProvider.GetRequiredService<IClock>());
        Assert.Equal("ana.hoxha", scope.ServiceProvider.GetRequiredService<ICurrentUser>().UserName);
    }

    [Fact]
    public void AddKrat_RejectsMissingConnection()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddKrat(_ => { }));

        Assert.Contains("exactly one of a connection string, an open connection or a database provider", error.Message);
    }
}

/// <summary>Every log entry a host would write, with its category and level.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Category, LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
