using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Krat.Infrastructure.Sqlite;

/// <summary>
/// Runs <c>PRAGMA journal_mode = WAL</c> (readers do not block the writer; ignored by in-memory databases,
/// which stay in <c>memory</c> mode) and <c>PRAGMA foreign_keys = ON</c> each time EF Core opens a connection.
/// A connection the caller opened before handing it to EF Core is not seen here; <see cref="KratSqlite"/> also
/// asks for foreign keys in the connection string for that case.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
