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

/// <summary>Used only by <c>dotnet ef migrations add ... --context KratIdentityPostgreSqlDbContext</c>; never connects.</summary>
public sealed class KratIdentityPostgreSqlDbContextFactory : IDesignTimeDbContextFactory<KratIdentityPostgreSqlDbContext>
{
    public KratIdentityPostgreSqlDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<KratIdentityPostgreSqlDbContext>()
            .UseNpgsql("Host=localhost;Database=krat_design", npgsql => npgsql.MigrationsHistoryTable(KratIdentityDbContext.MigrationsHistoryTable))
            .Options;
        return new KratIdentityPostgreSqlDbContext(options);
    }
}
