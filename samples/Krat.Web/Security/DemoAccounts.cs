using System.Security.Claims;
using Krat.Demo.Durres;
using Microsoft.AspNetCore.Identity;

namespace Krat.Web.Security;

/// <summary>One demo account: shown on the login page in demo mode, seeded only in demo mode.</summary>
public sealed record DemoAccount(string UserName, string Password, string Role, string DisplayName, IReadOnlyList<Claim> Claims)
{
    /// <summary>The name shown in the header when the site is read in English.</summary>
    public string? EnglishDisplayName { get; init; }
}

/// <summary>The demo accounts of the Durrës scenario and the seeding of roles and accounts.</summary>
public static class DemoAccounts
{
    /// <summary>The administrator of the demo installation.</summary>
    public static DemoAccount Administrator { get; } = new(
        "admin", "krat-admin-demo", KratRoles.Administrator, "Administratori", [])
    {
        EnglishDisplayName = "Administrator",
    };

    /// <summary>The secretariat of KRAT Durrës.</summary>
    public static DemoAccount Secretary { get; } = new(
        "sekretari", "krat-sekretari-demo", KratRoles.Secretary, "Sekretariati i KRAT Durrës",
        [new Claim(KratClaimTypes.Committee, DemoIds.KratDurres.Value.ToString("D"))])
    {
        EnglishDisplayName = "Secretariat of KRAT Durrës",
    };

    /// <summary>A member: the Municipality of Durrës, recording its own activities.</summary>
    public static DemoAccount Member { get; } = new(
        "anetar", "krat-anetar-demo", KratRoles.Member, "Bashkia Durrës",
        [
            new Claim(KratClaimTypes.Committee, DemoIds.KratDurres.Value.ToString("D")),
            new Claim(KratClaimTypes.Organisation, DemoIds.MunicipalityDurres.Value.ToString("D")),
        ])
    {
        EnglishDisplayName = "Municipality of Durrës",
    };

    /// <summary>Every demo account, in the order the login page lists them.</summary>
    public static IReadOnlyList<DemoAccount> All { get; } = [Administrator, Secretary, Member];

    /// <summary>Creates the roles every installation needs; they are not demo data. Idempotent.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var role in KratRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    /// <summary>Creates the demo accounts that do not exist yet, with their role and claims. Idempotent.</summary>
    public static async Task SeedAsync(UserManager<IdentityUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        foreach (var account in All)
        {
            if (await users.FindByNameAsync(account.UserName) is { } existing)
            {
                // Accounts seeded before the English label existed get it.
                if (account.EnglishDisplayName is { } english && !(await users.GetClaimsAsync(existing)).Any(c => c.Type == KratClaimTypes.EnglishDisplayName))
                {
                    Check(await users.AddClaimAsync(existing, new Claim(KratClaimTypes.EnglishDisplayName, english)), account.UserName);
                }

                continue;
            }

            var user = new IdentityUser(account.UserName);
            Check(await users.CreateAsync(user, account.Password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
            Check(await users.AddClaimsAsync(user, [new Claim(KratClaimTypes.DisplayName, account.DisplayName), .. EnglishLabel(account), .. account.Claims]), account.UserName);
        }
    }

    private static IEnumerable<Claim> EnglishLabel(DemoAccount account) =>
        account.EnglishDisplayName is { } english ? [new Claim(KratClaimTypes.EnglishDisplayName, english)] : [];

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Seeding '{what}' failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
