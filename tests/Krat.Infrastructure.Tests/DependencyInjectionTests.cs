using Ardalis.Specification;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
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

        Assert.IsType<EfRepository<Organisation>>(repository);
        Assert.IsType<EfReadRepository<Organisation>>(scope.ServiceProvider.GetRequiredService<IReadRepository<Organisation>>());
        Assert.IsType<EfRepository<Organisation>>(scope.ServiceProvider.GetRequiredService<IRepositoryBase<Organisation>>());
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IReadRepositoryBase<Organisation>>().CountAsync());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(SystemUser.Instance, provider.GetRequiredService<ICurrentUser>());
        Assert.Same(CommitteeScope.Unscoped, provider.GetRequiredService<ICommitteeScope>());
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
