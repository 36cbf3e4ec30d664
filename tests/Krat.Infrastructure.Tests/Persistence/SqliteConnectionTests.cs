using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

public sealed class SqliteConnectionTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"krat-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ConnectionsOpenedByEfCore_UseWalAndForeignKeys()
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        KratSqlite.Configure(builder, $"Data Source={_path}");
        await using var context = new KratDbContext(builder.Options, SystemClock.Instance, SystemUser.Instance, CommitteeScope.Unscoped);
        await context.Database.MigrateAsync();

        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var journal = await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA foreign_keys;";
        var foreignKeys = await command.ExecuteScalarAsync();

        Assert.Equal("wal", journal);
        Assert.Equal(1L, foreignKeys);
        Assert.True(File.Exists(_path + "-wal"));
    }
}
