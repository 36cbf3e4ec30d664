using Krat.Infrastructure;
using Krat.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Krat.Web.Security;

/// <summary>Accounts, sign-in cookie and policies of the site.</summary>
public static class IdentitySetup
{
    /// <summary>
    /// Registers Identity on <see cref="KratIdentityDbContext"/> (the site's SQLite file, or the PostgreSQL database
    /// when <paramref name="postgreSql"/>), the data-protection keys in the same database, the sign-in cookie
    /// with the site's own login pages, and the authorization policies of <see cref="KratPolicies"/>.
    /// </summary>
    public static IServiceCollection AddKratIdentity(this IServiceCollection services, string connectionString, bool postgreSql = false)
    {
        if (postgreSql)
        {
            services.AddDbContext<KratIdentityDbContext, KratIdentityPostgreSqlDbContext>(options => options.UseKratQuietLogging().UseNpgsql(
                connectionString,
                npgsql => npgsql.MigrationsHistoryTable(KratIdentityDbContext.MigrationsHistoryTable)));
        }
        else
        {
            services.AddDbContext<KratIdentityDbContext>(options => options.UseKratQuietLogging().UseSqlite(
                connectionString,
                sqlite => sqlite.MigrationsHistoryTable(KratIdentityDbContext.MigrationsHistoryTable)));
        }

        services
            .AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                // Long passwords over composition rules; lock an account after 5 failures for 15 minutes.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<KratIdentityDbContext>();

        // The keys that encrypt the cookies live in the database, beside the accounts: they survive a restart or a
        // redeploy, and every server of a national installation shares them. One application name, so that any
        // instance reads the cookies another one wrote.
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<KratIdentityDbContext>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "krat.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

        // The sign-in cookie is Secure outside Development (a developer's `dotnet run` may be plain http). The
        // anti-forgery cookie follows the request (https there, since HTTPS redirection is on outside Development).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = SecurePolicy(environment));

        // The cookie is checked against the account's security stamp on every request, so that a cookie copied
        // before a logout or a password change (both renew the stamp) is refused at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<UnknownUserHashing>();

        services.AddAuthorizationBuilder().AddKratPolicies();
        return services;
    }

    /// <summary>The data-protection application name every instance of the site shares (it isolates Krat's keys' purposes).</summary>
    public const string DataProtectionApplicationName = "Krat";

    private static CookieSecurePolicy SecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    /// <summary>Applies the accounts' migrations to the SQLite file and creates the roles.</summary>
    public static async Task MigrateKratIdentityAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<KratIdentityDbContext>().Database.MigrateAsync(cancellationToken);
        await DemoAccounts.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
    }

    /// <summary>Creates the demo accounts (demo mode only).</summary>
    public static async Task SeedDemoAccountsAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await DemoAccounts.SeedAsync(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>());
    }
}
