using System.Security.Claims;
using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Web.Tests.Security;

public sealed class KratPoliciesTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    private static readonly string Organisation = DemoIds.MunicipalityDurres.Value.ToString("D");

    [Theory]
    [InlineData(KratPolicies.CanAdminister, KratRoles.Administrator, true)]
    [InlineData(KratPolicies.CanAdminister, KratRoles.Secretary, false)]
    [InlineData(KratPolicies.CanAdminister, KratRoles.Member, false)]
    [InlineData(KratPolicies.CanEditCommittee, KratRoles.Administrator, true)]
    [InlineData(KratPolicies.CanEditCommittee, KratRoles.Secretary, true)]
    [InlineData(KratPolicies.CanEditCommittee, KratRoles.Member, false)]
    [InlineData(KratPolicies.CanRecordActivities, KratRoles.Administrator, true)]
    [InlineData(KratPolicies.CanRecordActivities, KratRoles.Secretary, true)]
    [InlineData(KratPolicies.CanRecordActivities, KratRoles.Member, true)]
    public async Task Policy_Grants_ByRole(string policy, string role, bool expected)
    {
        var user = User(new Claim(ClaimTypes.Role, role), new Claim(KratClaimTypes.Organisation, Organisation));

        var result = await Authorization.AuthorizeAsync(user, policy);

        Assert.Equal(expected, result.Succeeded);
    }

    [Fact]
    public async Task CanRecordActivities_Refuses_MemberWithoutOrganisation()
    {
        var user = User(new Claim(ClaimTypes.Role, KratRoles.Member));

        var result = await Authorization.AuthorizeAsync(user, KratPolicies.CanRecordActivities);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void OrganisationId_ReadsTheClaim_AndIgnoresMalformedValues()
    {
        Assert.Equal(DemoIds.MunicipalityDurres, User(new Claim(KratClaimTypes.Organisation, Organisation)).OrganisationId());
        Assert.Null(User(new Claim(KratClaimTypes.Organisation, "not-a-guid")).OrganisationId());
        Assert.Null(User().OrganisationId());
    }

    private IAuthorizationService Authorization => site.Services.GetRequiredService<IAuthorizationService>();

    private static ClaimsPrincipal User(params Claim[] claims) => new(new ClaimsIdentity(claims, authenticationType: "Test"));
}
