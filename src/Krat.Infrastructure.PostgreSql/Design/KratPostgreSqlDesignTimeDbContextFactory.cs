using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NodaTime;

namespace Krat.Infrastructure.PostgreSql.Design;

/// <summary>
/// Lets the EF Core tools build a <see cref="KratDbContext"/> on PostgreSQL to generate this package's
/// migrations; never used at run time and never connects (the connection string is only a placeholder).
/// </summary>
/// <remarks>See README.md in this project for the one command that regenerates the migrations.</remarks>
internal sealed class KratPostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<KratDbContext>
{
    public KratDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        KratPostgreSql.Configure(builder, "Host=localhost;Database=krat_design");
        return new KratDbContext(builder.Options, SystemClock.Instance, SystemUser.Instance, CommitteeScope.Unscoped);
    }
}
