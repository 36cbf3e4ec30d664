using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Krat.Infrastructure.PostgreSql;

/// <summary>
/// Builds Krat's model (<see cref="KratDbContext"/>'s own configuration), then gives every text column the "C"
/// collation: PostgreSQL then compares and sorts text by code point, as SQLite's BINARY collation and
/// <see cref="StringComparer.Ordinal"/> do, whatever the cluster's locale. Albanian ordering is the same on both
/// engines because lists are ordered by the folded <c>SortKey</c> columns (the domain's folded keys, stored by
/// Krat.Infrastructure).
/// </summary>
internal sealed partial class PostgreSqlModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    /// <summary>The collation of every text column.</summary>
    public const string Collation = "C";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetDeclaredProperties())
            {
                UseCollation(property);
            }

            QuoteCheckConstraints(entityType);
            foreach (var complex in entityType.GetDeclaredComplexProperties())
            {
                foreach (var property in complex.ComplexType.GetProperties())
                {
                    UseCollation(property);
                }
            }
        }
    }

    // A CHECK rule is written once for both engines (Count >= 0); SQLite ignores the case of names, PostgreSQL folds
    // unquoted names to lower case, so the columns named in it are quoted here ("Count" >= 0).
    private static void QuoteCheckConstraints(IMutableEntityType entityType)
    {
        if (entityType.GetTableName() is not { } table)
        {
            return;
        }

        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p => p.GetColumnName(store)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var check in entityType.GetDeclaredCheckConstraints().ToList())
        {
            var sql = Identifier().Replace(check.Sql, m => columns.Contains(m.Value) ? "\"" + m.Value + "\"" : m.Value);
            entityType.RemoveCheckConstraint(check.ModelName);
            entityType.AddCheckConstraint(check.ModelName, sql).Name = check.Name;
        }
    }

    [GeneratedRegex("(?<![\"\\w])[A-Za-z_][A-Za-z0-9_]*(?![\"\\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    private static void UseCollation(IMutableProperty property)
    {
        if (property.IsPrimitiveCollection)
        {
            return;
        }

        var stored = property.GetValueConverter()?.ProviderClrType ?? property.ClrType;
        if (stored == typeof(string))
        {
            property.SetCollation(Collation);
        }
    }
}
