using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Krat.Web.Tests.Harness.Browser;

/// <summary>
/// One site on a real Kestrel port of 127.0.0.1 and one headless Chromium, shared by the tests of the
/// <see cref="BrowserTests"/>. Each test opens its own page in a fresh browser context (own cookies).
/// When Chromium is missing nothing starts, and <see cref="NewPageAsync"/> fails with the reason.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The site the browser talks to (its own temporary database, demo mode, fake clock).</summary>
    public KratWebFactory Site { get; } = new();

    /// <summary>Root address of the site, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Folder of the screenshots: TestResults/screenshots beside the test assembly.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            return;
        }

        Site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Site.StartServer();
        var addresses = Site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        BaseAddress = new Uri(addresses.Addresses.Single());

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A new page in a new browser context (no cookies), with relative URLs resolved against the site.</summary>
    /// <param name="viewport">The window's size; 1200 × 900 when not given (a phone is 390 wide).</param>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        if (_browser is null)
        {
            throw new InvalidOperationException(Chromium.MissingMessage);
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-US",
            TimezoneId = "Europe/Tirane",
            ViewportSize = viewport ?? new ViewportSize { Width = 1200, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot as <c>TestResults/screenshots/&lt;name&gt;.png</c> and returns its path.</summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}

/// <summary>The browser tests' collection: they share one Chromium and one site, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
