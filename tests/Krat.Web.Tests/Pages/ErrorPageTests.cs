using System.Net;
using Krat.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Krat.Web.Tests.Pages;

/// <summary>An unhandled exception renders the error page, never the exception, in every environment.</summary>
public sealed class ErrorPageTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    private const string Secret = "KRAT-SECRET-DETAIL";

    [Theory]
    [InlineData(KratWebFactory.EnvironmentName)]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Exception_ShowsErrorPage_WithoutStackTrace(string environment)
    {
        // The home page reads the clock; a failing clock stands for any failing dependency. It is armed once
        // the site has started, because start-up (migrations, demo data) reads the clock too.
        var clock = new FailingClock();
        using var failing = site.WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .ConfigureTestServices(services =>
            {
                services.RemoveAll<IClock>();
                services.AddSingleton<IClock>(clock);
            }));
        using var client = failing.CreateClient();
        clock.Armed = true;

        using var response = await client.GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Diçka shkoi keq", document.Text("h1"));
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(FailingClock), body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private sealed class FailingClock : IClock
    {
        public bool Armed { get; set; }

        public Instant GetCurrentInstant() =>
            Armed ? throw new InvalidOperationException(Secret) : Instant.FromUtc(2023, 10, 31, 8, 0);
    }
}
