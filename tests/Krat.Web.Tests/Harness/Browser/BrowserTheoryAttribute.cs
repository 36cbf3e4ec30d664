namespace Krat.Web.Tests.Harness.Browser;

/// <summary>A browser theory: skipped like <see cref="BrowserFactAttribute"/> when Chromium is missing outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Chromium.IsAvailable && !Chromium.IsCi)
        {
            Skip = Chromium.MissingMessage + " Browser tests are skipped outside CI.";
        }
    }
}
