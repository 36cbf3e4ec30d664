using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Krat.Web.Data;

/// <summary>
/// Accounts and roles of the site (ASP.NET Core Identity). It lives in the same SQLite file as the domain,
/// beside the domain's tables, with its own migrations history table (<see cref="MigrationsHistoryTable"/>).
/// </summary>
public sealed class KratIdentityDbContext(DbContextOptions<KratIdentityDbContext> options)
    : IdentityDbContext<IdentityUser>(options)
{
    /// <summary>Name of the table recording which account migrations ran, distinct from the domain's.</summary>
    public const string MigrationsHistoryTable = "__KratIdentityMigrationsHistory";
}
