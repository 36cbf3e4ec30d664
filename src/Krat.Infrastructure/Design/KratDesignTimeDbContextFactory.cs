using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NodaTime;

namespace Krat.Infrastructure.Design;

/// <summary>
/// Lets the EF Core tools build a <see cref="KratDbContext"/> to generate migrations; never used at run time.
/// </summary>
/// <remarks>
/// Regenerate the initial migration (from the repository root; the tool is pinned in .config/dotnet-tools.json):
/// <code>
/// dotnet tool restore
/// rm -rf src/Krat.Infrastructure/Migrations
/// dotnet ef migrations add InitialCreate --project src/Krat.Infrastructure --startup-project src/Krat.Infrastructure --context KratDbContext --output-dir Migrations
/// </code>
/// Later changes: the same command with a new name instead of <c>InitialCreate</c> (keep existing migrations).
/// The test <c>Model_HasNoPendingChanges</c> fails when a mapping changed without a migration.
/// </remarks>
internal sealed class KratDesignTimeDbContextFactory : IDesignTimeDbContextFactory<KratDbContext>
{
    public KratDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        KratSqlite.Configure(builder, "Data Source=krat-design.db");
        return new KratDbContext(builder.Options, SystemClock.Instance, SystemUser.Instance, CommitteeScope.Unscoped);
    }
}
