using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Web.Tests.Security;

public sealed class DemoAccountsTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Fact]
    public async Task Seeding_CreatesEachAccount_WithItsRoleAndClaims_InTheSiteDatabaseFile()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        var member = await users.FindByNameAsync(DemoAccounts.Member.UserName);
        var secretary = await users.FindByNameAsync(DemoAccounts.Secretary.UserName);
        var admin = await users.FindByNameAsync(DemoAccounts.Administrator.UserName);

        Assert.True(File.Exists(site.DatabasePath));
        Assert.Equal([KratRoles.Member], await users.GetRolesAsync(member!));
        Assert.Equal([KratRoles.Secretary], await users.GetRolesAsync(secretary!));
        Assert.Equal([KratRoles.Administrator], await users.GetRolesAsync(admin!));
        var claims = (await users.GetClaimsAsync(member!)).ToDictionary(c => c.Type, c => c.Value);
        Assert.Equal(DemoIds.MunicipalityDurres.Value.ToString("D"), claims[KratClaimTypes.Organisation]);
        Assert.Equal(DemoIds.KratDurres.Value.ToString("D"), claims[KratClaimTypes.Committee]);
        Assert.Equal("Bashkia Durrës", claims[KratClaimTypes.DisplayName]);
        Assert.True(users.Options.Lockout.AllowedForNewUsers);
        Assert.True(await users.GetLockoutEnabledAsync(member!));
    }

    [Fact]
    public async Task Seeding_IsIdempotent()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        await DemoAccounts.SeedAsync(users);

        Assert.Equal(DemoAccounts.All.Count, users.Users.Count());
    }
}
