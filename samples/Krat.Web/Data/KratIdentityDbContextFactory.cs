using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Krat.Web.Data;

/// <summary>Used only by <c>dotnet ef migrations add ... --context KratIdentityDbContext</c>.</summary>
public sealed class KratIdentityDbContextFactory : IDesignTimeDbContextFactory<KratIdentityDbContext>
{
    public KratIdentityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<KratIdentityDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(KratIdentityDbContext.MigrationsHistoryTable))
            .Options;
        return new KratIdentityDbContext(options);
    }
}
