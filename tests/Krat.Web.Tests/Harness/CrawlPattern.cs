using System.Text.RegularExpressions;

namespace Krat.Web.Tests.Harness;

/// <summary>How the crawling tests fold addresses, so that one page of each kind is visited.</summary>
public static partial class CrawlPattern
{
    /// <summary>The address with ids, numbers and query values folded: "/Meetings/Details/{id}?" for every meeting.</summary>
    public static string Of(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var parts = pathAndQuery.Split('?', 2);
        var path = Number().Replace(Id().Replace(parts[0], "{id}"), "{n}").TrimEnd('/').ToLowerInvariant();
        var keys = parts.Length > 1
            ? string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal))
            : "";
        return path + "?" + keys;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Id();

    [GeneratedRegex("(?<=/)\\d+(?=/|$)")]
    private static partial Regex Number();
}
