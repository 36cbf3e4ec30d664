namespace Krat.Web;

/// <summary>Settings of the site, bound from the "Krat" configuration section.</summary>
public sealed class KratSiteOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string Section = "Krat";

    /// <summary>
    /// Demo mode: seeds the Durrës scenario and the demo accounts, and shows their passwords on the login
    /// page. Never turn it on in a real installation.
    /// </summary>
    public bool DemoMode { get; set; }

    /// <summary>
    /// With demo mode: adds a generated year (2023) of meetings and activities for KRAT Durrës and the
    /// committees of the other eleven counties, so the reports and the national view have something to show.
    /// </summary>
    public bool DemoHistory { get; set; }
}
