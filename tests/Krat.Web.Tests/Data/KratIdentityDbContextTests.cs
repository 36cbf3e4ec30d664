using Krat.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Krat.Web.Tests.Data;

/// <summary>The accounts share the SQLite file with the domain without touching the domain's tables.</summary>
public sealed class KratIdentityDbContextTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"krat-identity-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Migrate_AddsTheAccounts_BesideTheDomainsTablesAndHistory()
    {
        // Stand-in for the domain's migrations: their own history table (EF's default name) and a table.
        await ExecuteAsync(
            "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL);" +
            "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20260101000000_Domain', '10.0.15');" +
            "CREATE TABLE \"Organisations\" (\"Id\" TEXT PRIMARY KEY);");
        await using var accounts = CreateContext();

        await accounts.Database.MigrateAsync();

        var tables = await QueryAsync("SELECT name FROM sqlite_master WHERE type = 'table'");
        Assert.Contains(KratIdentityDbContext.MigrationsHistoryTable, tables);
        Assert.Contains("AspNetUsers", tables);
        Assert.Contains("Organisations", tables);
        Assert.Equal(["20260101000000_Domain"], await QueryAsync("SELECT MigrationId FROM \"__EFMigrationsHistory\""));
        Assert.Equal(accounts.Database.GetMigrations(), await QueryAsync($"SELECT MigrationId FROM \"{KratIdentityDbContext.MigrationsHistoryTable}\" ORDER BY MigrationId"));
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        await using var accounts = CreateContext();

        Assert.False(accounts.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Resolve_PutsRelativeFileUnderContentRoot_AndKeepsOthers()
    {
        Assert.Equal("Data Source=/srv/krat/krat-demo.db", SqliteFile.Resolve("Data Source=krat-demo.db", "/srv/krat"));
        Assert.Equal("Data Source=/srv/data/krat.db", SqliteFile.Resolve("Data Source=../data/krat.db", "/srv/krat"));
        Assert.Equal("Data Source=/var/lib/krat.db", SqliteFile.Resolve("Data Source=/var/lib/krat.db", "/srv/krat"));
        Assert.Equal("Data Source=:memory:", SqliteFile.Resolve("Data Source=:memory:", "/srv/krat"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private KratIdentityDbContext CreateContext() => new(new DbContextOptionsBuilder<KratIdentityDbContext>()
        .UseSqlite($"Data Source={_path}", sqlite => sqlite.MigrationsHistoryTable(KratIdentityDbContext.MigrationsHistoryTable))
        .Options);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
