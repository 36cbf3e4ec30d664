using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Krat.Infrastructure.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;

namespace Krat.Infrastructure.Errors;

/// <summary>
/// Turns EF Core's errors into Krat's typed exceptions with plain messages: SQLite's extended result codes, and
/// the SQLSTATE of any other ADO.NET provider that reports one (<see cref="DbException.SqlState"/>: PostgreSQL's
/// 23505 unique, 23503 foreign key, 23502 not null, 23514 check, 40001 / 40P01 serialization failure or
/// deadlock).
/// </summary>
internal static partial class DbErrorTranslator
{
    // SQLite extended result codes (https://www.sqlite.org/rescode.html).
    private const int SqliteConstraintCheck = 275;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteConstraintNotNull = 1299;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintTrigger = 1811;

    /// <summary>The typed exception for a failed save, or <see langword="null"/> when the error is not one Krat knows.</summary>
    public static KratPersistenceException? Translate(DbUpdateException exception)
    {
        var sqlite = FindSqliteException(exception);
        if (sqlite is null)
        {
            return FindSqlState(exception) is { } state ? TranslateSqlState(exception, state) : null;
        }

        var entry = exception.Entries.Count > 0 ? exception.Entries[0] : null;
        var entityName = entry?.Metadata.ClrType.Name;
        var entityKey = entry is null ? null : KeyText(entry);
        var what = entry is null ? "The changes" : $"The {Describe(entry)}";
        var detail = DetailOf(sqlite.Message);
        var code = sqlite.SqliteExtendedErrorCode;
        if (code != SqliteConstraintForeignKey && sqlite.Message.Contains("FOREIGN KEY constraint failed", StringComparison.Ordinal))
        {
            // Deleting a row that others still refer to is reported as SQLITE_CONSTRAINT_TRIGGER (1811).
            code = SqliteConstraintForeignKey;
        }

        switch (code)
        {
            case SqliteConstraintUnique or SqliteConstraintPrimaryKey:
            {
                var properties = PropertiesOf(entry, detail);
                var which = properties.Count == 0 ? "a value that must be unique" : $"the same {string.Join(" and ", properties)}";
                var message = $"{what} could not be saved: another {entityName ?? "record"} already has {which}. Nothing was saved.";
                return new UniqueConstraintViolationException(message, entityName, entityKey, properties, exception);
            }

            case SqliteConstraintForeignKey:
            {
                var message = entry?.State == EntityState.Deleted
                    ? $"{what} could not be deleted: other records still refer to it. Nothing was saved."
                    : $"{what} could not be saved: it refers to a record that does not exist (or that is being deleted). Nothing was saved.";
                return new ForeignKeyViolationException(message, entityName, entityKey, exception);
            }

            case SqliteConstraintNotNull:
            {
                var properties = PropertiesOf(entry, detail);
                var which = properties.Count == 0 ? "a required value is missing" : $"{string.Join(" and ", properties)} is required";
                var message = $"{what} could not be saved: {which}. Nothing was saved.";
                return new ConstraintViolationException(message, entityName, entityKey, properties, null, exception);
            }

            // A trigger's RAISE(ABORT, 'constraint failed: <name>'), such as the no-overlap rule of victim statistics.
            case SqliteConstraintCheck or SqliteConstraintTrigger:
            {
                var rule = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim();
                var message = $"{what} could not be saved: it breaks the database rule {rule ?? "(unnamed)"}. Nothing was saved.";
                return new ConstraintViolationException(message, entityName, entityKey, [], rule, exception);
            }

            default:
                return new KratPersistenceException($"{what} could not be saved because the database refused the change. Nothing was saved.", entityName, entityKey, exception);
        }
    }

    /// <summary>The typed exception for a save whose aggregate was changed or deleted by someone else.</summary>
    /// <param name="exception">EF Core's exception.</param>
    /// <param name="databaseValues">The stored values of the conflicting entry, or <see langword="null"/> when it no longer exists.</param>
    public static ConcurrencyConflictException Conflict(DbUpdateConcurrencyException exception, PropertyValues? databaseValues)
    {
        var entry = exception.Entries.Count > 0 ? exception.Entries[0] : null;
        return Conflict(entry, databaseValues, exception);
    }

    /// <summary>The typed exception for an aggregate whose stored version differs from the one expected.</summary>
    public static ConcurrencyConflictException Conflict(EntityEntry? entry, PropertyValues? databaseValues, Exception? inner)
    {
        var entityName = entry?.Metadata.ClrType.Name;
        var entityKey = entry is null ? null : KeyText(entry);
        var what = entry is null ? "The record" : $"The {Describe(entry)}";
        if (databaseValues is null)
        {
            return new ConcurrencyConflictException(
                $"{what} was deleted by someone else after you loaded it; your change was not saved.",
                entityName, entityKey, null, null, null, wasDeleted: true, inner);
        }

        var props = databaseValues.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var by = props.Contains(AuditProperties.ModifiedBy) ? databaseValues[AuditProperties.ModifiedBy] as string : null;
        var at = props.Contains(AuditProperties.ModifiedAt) ? databaseValues[AuditProperties.ModifiedAt] as Instant? : null;
        var version = props.Contains(nameof(Domain.Common.IAggregateRoot.Version)) ? databaseValues[nameof(Domain.Common.IAggregateRoot.Version)] as int? : null;
        var who = by is null ? "someone else" : $"'{by}'";
        var when = at is { } instant ? $" at {instant.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}" : string.Empty;
        var message = $"{what} was changed by {who}{when} after you loaded it; their change stands and yours was not saved. Reload it and apply your change again.";
        return new ConcurrencyConflictException(message, entityName, entityKey, by, at, version, wasDeleted: false, inner);
    }

    private static KratPersistenceException TranslateSqlState(DbUpdateException exception, DbException state)
    {
        var entry = exception.Entries.Count > 0 ? exception.Entries[0] : null;
        var entityName = entry?.Metadata.ClrType.Name;
        var entityKey = entry is null ? null : KeyText(entry);
        var what = entry is null ? "The changes" : $"The {Describe(entry)}";
        var constraint = Detail(state, "ConstraintName");
        switch (state.SqlState)
        {
            case "23505":
            {
                var properties = IndexProperties(entry, constraint);
                var which = properties.Count == 0 ? "a value that must be unique" : $"the same {string.Join(" and ", properties)}";
                var message = $"{what} could not be saved: another {entityName ?? "record"} already has {which}. Nothing was saved.";
                return new UniqueConstraintViolationException(message, entityName, entityKey, properties, exception);
            }

            case "23503":
            {
                var message = entry?.State == EntityState.Deleted
                    ? $"{what} could not be deleted: other records still refer to it. Nothing was saved."
                    : $"{what} could not be saved: it refers to a record that does not exist (or that is being deleted). Nothing was saved.";
                return new ForeignKeyViolationException(message, entityName, entityKey, exception);
            }

            case "23502":
            {
                var column = Detail(state, "ColumnName");
                List<string> properties = column is null ? [] : [PropertyOf(entry?.Metadata, Detail(state, "TableName"), column) ?? column];
                var which = properties.Count == 0 ? "a required value is missing" : $"{string.Join(" and ", properties)} is required";
                var message = $"{what} could not be saved: {which}. Nothing was saved.";
                return new ConstraintViolationException(message, entityName, entityKey, properties, null, exception);
            }

            case "23514":
            {
                var message = $"{what} could not be saved: it breaks the database rule {constraint ?? "(unnamed)"}. Nothing was saved.";
                return new ConstraintViolationException(message, entityName, entityKey, [], constraint, exception);
            }

            case "40001" or "40P01":
                return new ConcurrencyConflictException(
                    $"{what} could not be saved: another save ran at the same time and the database stopped this one to keep them apart. Nothing was saved; try again.",
                    entityName, entityKey, null, null, null, wasDeleted: false, exception);

            default:
                return new KratPersistenceException($"{what} could not be saved because the database refused the change. Nothing was saved.", entityName, entityKey, exception);
        }
    }

    private static DbException? FindSqlState(Exception exception)
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is DbException { SqlState: not null } db)
            {
                return db;
            }
        }

        return null;
    }

    // A detail the provider's exception carries as a string property (Npgsql's PostgresException: ConstraintName,
    // ColumnName, TableName), read without referencing the provider.
    private static string? Detail(DbException exception, string property) =>
        exception.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetValue(exception) as string;

    // The properties of the unique index (or key) the database named.
    private static List<string> IndexProperties(EntityEntry? entry, string? constraint)
    {
        if (entry is null || constraint is null)
        {
            return [];
        }

        foreach (var type in entry.Metadata.Model.GetEntityTypes())
        {
            if (type.GetIndexes().FirstOrDefault(i => i.GetDatabaseName() == constraint) is { } index)
            {
                return [.. index.Properties.Select(p => p.Name)];
            }

            if (type.GetKeys().FirstOrDefault(k => k.GetName() == constraint) is { } key)
            {
                return [.. key.Properties.Select(p => p.Name)];
            }
        }

        return [];
    }

    private static SqliteException? FindSqliteException(Exception exception)
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return sqlite;
            }
        }

        return null;
    }

    private static string Describe(EntityEntry entry)
    {
        var key = KeyText(entry);
        return key is null ? entry.Metadata.ClrType.Name : $"{entry.Metadata.ClrType.Name} {key}";
    }

    private static string? KeyText(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        var values = key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture));
        return string.Join(", ", values);
    }

    // "SQLite Error 19: 'UNIQUE constraint failed: Organisations.SortKey'." → "Organisations.SortKey"
    private static string DetailOf(string message)
    {
        var match = DetailPattern().Match(message);
        return match.Success ? match.Groups["detail"].Value : string.Empty;
    }

    private static List<string> PropertiesOf(EntityEntry? entry, string detail)
    {
        var result = new List<string>();
        foreach (var column in detail.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dot = column.LastIndexOf('.');
            var table = dot < 0 ? null : column[..dot];
            var columnName = dot < 0 ? column : column[(dot + 1)..];
            result.Add(PropertyOf(entry?.Metadata, table, columnName) ?? columnName);
        }

        return result;
    }

    private static string? PropertyOf(IEntityType? entityType, string? table, string column)
    {
        if (entityType is null)
        {
            return null;
        }

        var tableName = table ?? entityType.GetTableName();
        if (tableName is null)
        {
            return null;
        }

        var storeObject = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        foreach (var type in entityType.Model.GetEntityTypes())
        {
            foreach (var property in type.GetProperties())
            {
                if (property.GetColumnName(storeObject) == column)
                {
                    return property.Name;
                }
            }
        }

        return null;
    }

    [GeneratedRegex("constraint failed: (?<detail>[^']*)", RegexOptions.CultureInvariant)]
    private static partial Regex DetailPattern();
}
