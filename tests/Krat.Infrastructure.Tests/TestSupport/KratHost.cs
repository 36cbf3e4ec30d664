using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Infrastructure.Tests.TestSupport;

/// <summary>
/// Krat registered as a host registers it (<c>AddKrat</c>) on an in-memory SQLite database, migrated, with the
/// container validating scopes and registrations on build. Dispose it to close the database.
/// </summary>
public sealed class KratHost : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private KratHost(SqliteConnection connection, ServiceProvider services)
    {
        _connection = connection;
        Services = services;
    }

    public ServiceProvider Services { get; }

    /// <param name="configure">The host's own registrations, made before <c>AddKrat</c> (which keeps them).</param>
    public static async Task<KratHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddKrat(o => o.Connection = connection);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provider.MigrateKratDatabaseAsync();
        return new KratHost(connection, provider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
