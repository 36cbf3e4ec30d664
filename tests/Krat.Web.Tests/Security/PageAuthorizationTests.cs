using Krat.Web.Tests.Harness;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Web.Tests.Security;

/// <summary>
/// Every page requires a signed-in user unless it is on the short public list below. Adding a public page
/// means adding it here, on purpose.
/// </summary>
public sealed class PageAuthorizationTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    private static readonly string[] PublicPages =
    [
        "/Account/AccessDenied",
        "/Account/Login",
        "/Account/Logout",
        "/Activities/Details",
        "/Activities/Index",
        "/Attachments/Download",
        "/Committee/Index",
        "/Committee/Seat",
        "/Culture",
        "/Directory/Index",
        "/Directory/Organisation",
        "/Directory/Person",
        "/Error",
        "/Index",
        "/Meetings/Calendar",
        "/Meetings/Details",
        "/Meetings/Index",
        "/Meetings/Minutes",
        "/Partnerships/Index",
        "/Plan/Details",
        "/Plan/Index",
        "/Reports/Coverage",
        "/Reports/Index",
        "/Reports/Period",
        "/Reports/Statistics",
        "/Statistics/Index",
        "/Status",
    ];

    [Fact]
    public void OnlyThePublicPages_AllowAnonymousVisitors()
    {
        var pages = site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (Page: e.Metadata.GetMetadata<PageActionDescriptor>(), e.Metadata))
            .Where(e => e.Page is not null)
            .ToList();

        var anonymous = pages.Where(p => p.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(p => p.Page!.ViewEnginePath).Distinct().Order(StringComparer.Ordinal);
        var unprotected = pages.Where(p => p.Metadata.GetMetadata<IAuthorizeData>() is null).Select(p => p.Page!.ViewEnginePath);

        Assert.Equal(PublicPages, anonymous);
        Assert.Empty(unprotected);
    }

    [Fact]
    public async Task UnknownAddress_IsNotFound_NotARedirectToLogin()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync("/Secret/Page");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
