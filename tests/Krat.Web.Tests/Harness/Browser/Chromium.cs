namespace Krat.Web.Tests.Harness.Browser;

/// <summary>Where the browser tests find Chromium: Debian's package, or the path in KRAT_CHROMIUM.</summary>
public static class Chromium
{
    /// <summary>The Chromium executable: <c>$KRAT_CHROMIUM</c> if set, else <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("KRAT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>True when the executable exists.</summary>
    public static bool IsAvailable => File.Exists(ExecutablePath);

    /// <summary>True under CI (<c>CI=true</c>), where a missing browser fails the tests instead of skipping them.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests cannot run.</summary>
    public static string MissingMessage =>
        $"Chromium was not found at '{ExecutablePath}'. Install it (apt-get install -y chromium) or set KRAT_CHROMIUM to its path.";

    /// <summary>Switches for a headless Chromium in a container, without network chatter of its own.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];
}
