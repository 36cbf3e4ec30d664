using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Krat.Infrastructure.PostgreSql;

/// <summary>
/// Each time EF Core opens a connection for a <see cref="KratDbContext"/>, sets the session setting
/// <see cref="KratPostgreSql.CommitteeSetting"/> to the context's committee (<see cref="KratDbContext.ScopedCommitteeId"/>),
/// or to <see cref="KratPostgreSql.EveryCommittee"/> when the context is not limited to one. Row-level security
/// reads it; a session that never set it sees no committee-scoped row at all. Npgsql resets the session
/// (<c>DISCARD ALL</c>) when a pooled connection is returned, so the setting never leaks to the next user.
/// </summary>
internal sealed class CommitteeSessionInterceptor : DbConnectionInterceptor
{
    public static CommitteeSessionInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection, eventData);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = Command(connection, eventData);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static DbCommand Command(DbConnection connection, ConnectionEndEventData eventData)
    {
        var committee = (eventData.Context as KratDbContext)?.ScopedCommitteeId;
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT set_config('{KratPostgreSql.CommitteeSetting}', @committee, false)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "committee";
        parameter.Value = committee is { } id ? id.Value.ToString("D") : KratPostgreSql.EveryCommittee;
        command.Parameters.Add(parameter);
        return command;
    }
}
