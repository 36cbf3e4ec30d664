namespace Krat.Web.Security;

/// <summary>The site's roles. A user holds one of them.</summary>
public static class KratRoles
{
    /// <summary>Runs the installation: accounts, and everything a secretary may do.</summary>
    public const string Administrator = "Administrator";

    /// <summary>The committee's secretariat: edits everything of its committee.</summary>
    public const string Secretary = "Secretary";

    /// <summary>A member organisation's user: records and edits the activities of its own organisation.</summary>
    public const string Member = "Member";

    /// <summary>Every role, in the order they are created.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Secretary, Member];
}
