using System.Text;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Krat.Infrastructure.PostgreSql;

/// <summary>
/// Row-level security for a database that several committees share: a row of a committee-scoped table is
/// visible (and writable) only in a session whose <see cref="KratPostgreSql.CommitteeSetting"/> names its
/// committee, or is <see cref="KratPostgreSql.EveryCommittee"/>. Defence in depth under Krat's own query filter
/// and save-time scope guard: a query that forgets the scope — raw SQL included — still sees one committee.
/// </summary>
/// <remarks>
/// <para>The tables are taken from the EF Core model, never from a list: every table of an entity that implements
/// <see cref="ICommitteeScoped"/> (policy on its <c>CommitteeId</c> column), the committees themselves (on
/// <c>Id</c>), and every table of a part of such an aggregate (an owned or cascade-deleted dependent: policy
/// <c>EXISTS</c> on its parent's row, so the parent's policy decides). Model changes therefore need nothing here.</para>
/// <para>The script is idempotent (policies are dropped and created again, RLS enabled and forced, so the
/// table owner is held to it too); <c>MigrateKratDatabaseAsync</c> runs it after the migrations, and a deployment
/// pipeline can run <see cref="Script"/>'s output after the migration script. Roles that must see everything
/// without setting the session (reporting, backups) get <c>BYPASSRLS</c>; superusers always bypass.</para>
/// </remarks>
public static class KratRowLevelSecurity
{
    /// <summary>The name of the policy on every committee-scoped table.</summary>
    public const string PolicyName = "krat_committee_scope";

    /// <summary>The committee-scoped tables of a model and how each is tied to its committee.</summary>
    /// <param name="model">The model of a <see cref="KratDbContext"/> (<c>context.Model</c>).</param>
    /// <returns>The tables, parents before their parts, each with its policy's condition.</returns>
    public static IReadOnlyList<ScopedTable> Tables(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = new Dictionary<string, ScopedTable>(StringComparer.Ordinal);
        var pending = model.GetEntityTypes().Where(t => t.GetTableName() is not null).ToList();
        bool added;
        do
        {
            added = false;
            foreach (var type in pending.ToList())
            {
                var table = Qualified(type);
                if (result.ContainsKey(table))
                {
                    pending.Remove(type);
                    continue;
                }

                var condition = DirectCondition(type) ?? PartCondition(type, result);
                if (condition is not null)
                {
                    result[table] = new ScopedTable(table, condition);
                    pending.Remove(type);
                    added = true;
                }
            }
        }
        while (added);

        return [.. result.Values];
    }

    /// <summary>The idempotent SQL that enables, forces and (re)creates the policy on every committee-scoped table.</summary>
    /// <param name="model">The model of a <see cref="KratDbContext"/>.</param>
    /// <returns>The script, to run as the tables' owner.</returns>
    public static string Script(IModel model)
    {
        var sql = new StringBuilder();
        foreach (var table in Tables(model))
        {
            sql.Append("ALTER TABLE ").Append(table.Name).AppendLine(" ENABLE ROW LEVEL SECURITY;");
            sql.Append("ALTER TABLE ").Append(table.Name).AppendLine(" FORCE ROW LEVEL SECURITY;");
            sql.Append("DROP POLICY IF EXISTS ").Append(PolicyName).Append(" ON ").Append(table.Name).AppendLine(";");
            sql.Append("CREATE POLICY ").Append(PolicyName).Append(" ON ").Append(table.Name)
                .Append(" USING (").Append(table.Condition).Append(") WITH CHECK (").Append(table.Condition).AppendLine(");");
        }

        return sql.ToString();
    }

    /// <summary>Runs <see cref="Script"/> on the context's database, in one transaction.</summary>
    /// <param name="context">A context on a migrated PostgreSQL database, connected as the tables' owner.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the policies are in place.</returns>
    public static async Task ApplyAsync(KratDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var script = Script(context.Model);
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await context.Database.ExecuteSqlRawAsync(script, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // A committee (by its Id) or a committee-scoped aggregate (by its CommitteeId).
    private static string? DirectCondition(IEntityType type)
    {
        var property = type.ClrType == typeof(Committee) ? nameof(Committee.Id)
            : typeof(ICommitteeScoped).IsAssignableFrom(type.ClrType) && !type.IsOwned() ? nameof(ICommitteeScoped.CommitteeId)
            : (string?)null;
        if (property is null || type.FindProperty(property) is not { } found)
        {
            return null;
        }

        var column = Quote(found.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))!);
        return $"current_setting('{KratPostgreSql.CommitteeSetting}', true) = '{KratPostgreSql.EveryCommittee}' OR {column} = nullif(nullif(current_setting('{KratPostgreSql.CommitteeSetting}', true), ''), '{KratPostgreSql.EveryCommittee}')::uuid";
    }

    // A part of an aggregate whose table is already scoped: visible when its parent row is.
    private static string? PartCondition(IEntityType type, Dictionary<string, ScopedTable> scoped)
    {
        var store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        foreach (var foreignKey in type.GetForeignKeys())
        {
            var principal = foreignKey.PrincipalEntityType;
            if (principal.GetTableName() is null || !scoped.ContainsKey(Qualified(principal)))
            {
                continue;
            }

            if (!foreignKey.IsOwnership && !(foreignKey.IsRequired && foreignKey.DeleteBehavior == DeleteBehavior.Cascade))
            {
                continue;
            }

            var principalStore = StoreObjectIdentifier.Table(principal.GetTableName()!, principal.GetSchema());
            var pairs = foreignKey.Properties.Zip(foreignKey.PrincipalKey.Properties, (d, p) =>
                $"p.{Quote(p.GetColumnName(principalStore)!)} = {Quote(type.GetTableName()!)}.{Quote(d.GetColumnName(store)!)}");
            return $"EXISTS (SELECT 1 FROM {Qualified(principal)} p WHERE {string.Join(" AND ", pairs)})";
        }

        return null;
    }

    private static string Qualified(IReadOnlyEntityType type) =>
        type.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(type.GetTableName()!)}" : Quote(type.GetTableName()!);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>A committee-scoped table and the condition of its row-level security policy.</summary>
/// <param name="Name">The quoted (schema-qualified when mapped to a schema) table name.</param>
/// <param name="Condition">The SQL condition a row must meet to be seen or written.</param>
public sealed record ScopedTable(string Name, string Condition);
