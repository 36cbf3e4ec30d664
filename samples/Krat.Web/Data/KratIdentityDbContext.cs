using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Krat.Web.Data;

/// <summary>
/// Accounts and roles of the site (ASP.NET Core Identity), and the site's data-protection keys (which encrypt the
/// sign-in and anti-forgery cookies). It lives in the same database as the domain, beside the domain's tables,
/// with its own migrations history table (<see cref="MigrationsHistoryTable"/>).
/// </summary>
public class KratIdentityDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    /// <summary>Creates the context on SQLite (its migrations are in Data/Migrations).</summary>
    public KratIdentityDbContext(DbContextOptions<KratIdentityDbContext> options)
        : base(options)
    {
    }

    /// <summary>Creates a context of a derived type, such as <see cref="KratIdentityPostgreSqlDbContext"/>.</summary>
    protected KratIdentityDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>
    /// The data-protection key ring, kept with the accounts so that every instance of the site and every restart
    /// reads the same keys: a signed-in user stays signed in across a restart, a redeploy or a second server.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Name of the table recording which account migrations ran, distinct from the domain's.</summary>
    public const string MigrationsHistoryTable = "__KratIdentityMigrationsHistory";
}

/// <summary>
/// The accounts on PostgreSQL: the same model with its own migrations (Data/PostgreSql/Migrations), as EF Core keeps
/// one set of migrations per context type. Registered in place of <see cref="KratIdentityDbContext"/> when
/// <c>Krat:Provider</c> is <c>PostgreSql</c>.
/// </summary>
public sealed class KratIdentityPostgreSqlDbContext(DbContextOptions<KratIdentityPostgreSqlDbContext> options)
    : KratIdentityDbContext(options);
