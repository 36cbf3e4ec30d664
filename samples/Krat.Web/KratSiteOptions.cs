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

    /// <summary>
    /// The public address of the site (for example <c>https://krat.prefektura-durres.gov.al/</c>), from which
    /// absolute links — such as those in the calendar feed — are built, never from the request's Host header.
    /// When unset, links are built on <c>http://localhost/</c> (a developer's machine).
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The absolute address of a path of the site (<paramref name="pathAndQuery"/> starts with "/").</summary>
    /// <param name="pathAndQuery">A site-relative address, such as one from <c>Url.Page</c>.</param>
    /// <returns>The address under <see cref="BaseUrl"/>.</returns>
    public Uri Absolute(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var root = BaseUrl ?? new Uri("http://localhost/");
        var withSlash = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
        return new Uri(withSlash, pathAndQuery.TrimStart('/'));
    }
}
