using Krat.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Krat.Web.Tests.Security;

public sealed class TransportSecurityTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    [Theory]
    [InlineData("Production", true)]
    [InlineData(KratWebFactory.EnvironmentName, true)]
    [InlineData("Development", false)]
    public async Task Hsts_IsSentOverHttps_OutsideDevelopment(string environment, bool expected)
    {
        using var host = site.WithWebHostBuilder(builder => builder.UseEnvironment(environment).UseSetting("AllowedHosts", "krat.example"));
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://krat.example") });

        using var response = await client.GetAsync("/");

        Assert.Equal(expected, response.Headers.Contains("Strict-Transport-Security"));
    }
}
