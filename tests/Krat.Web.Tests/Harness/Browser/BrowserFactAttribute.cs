namespace Krat.Web.Tests.Harness.Browser;

/// <summary>
/// A browser test. Skipped with a reason when Chromium is missing, except under CI (<c>CI=true</c>), where
/// the test runs and fails with <see cref="Chromium.MissingMessage"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsAvailable && !Chromium.IsCi)
        {
            Skip = Chromium.MissingMessage + " Browser tests are skipped outside CI.";
        }
    }
}
