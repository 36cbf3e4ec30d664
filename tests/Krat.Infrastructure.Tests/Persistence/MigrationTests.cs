using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Tests.Persistence;

public abstract class MigrationTests(TestProvider provider)
{
    protected TestProvider Provider => provider;

    [SkippableFact]
    public void Model_HasNoPendingChanges_AgainstTheLatestMigration()
    {
        using var database = TestDatabase.Migrated(provider);
        using var context = database.KratContext();

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: regenerate it (see KratDesignTimeDbContextFactory).");
        Assert.Empty(context.Database.GetPendingMigrations());
        Assert.Contains(context.Database.GetAppliedMigrations(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
    }

    public sealed class Sqlite() : MigrationTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : MigrationTests(TestProvider.PostgreSql);
}
