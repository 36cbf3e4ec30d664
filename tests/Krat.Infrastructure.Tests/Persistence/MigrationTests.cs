using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public void Model_HasNoPendingChanges_AgainstTheLatestMigration()
    {
        using var database = TestDatabase.Migrated();
        using var context = database.KratContext();

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: regenerate it (see KratDesignTimeDbContextFactory).");
        Assert.Empty(context.Database.GetPendingMigrations());
        Assert.Contains(context.Database.GetAppliedMigrations(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
    }
}
