namespace Krat.Web.Security;

/// <summary>Claims the site stores on an account (AspNetUserClaims) and reads from the signed-in user.</summary>
public static class KratClaimTypes
{
    /// <summary>The organisation a member acts for: an <c>OrganisationId</c> GUID ("D" format).</summary>
    public const string Organisation = "krat:organisation";

    /// <summary>The committee a secretary or member works in: a <c>CommitteeId</c> GUID ("D" format).</summary>
    public const string Committee = "krat:committee";

    /// <summary>The name shown in the header, e.g. "Sekretariati i KRAT Durrës".</summary>
    public const string DisplayName = "krat:display-name";

    /// <summary>The name shown in the header when the site is read in English, e.g. "Secretariat of KRAT Durrës".</summary>
    public const string EnglishDisplayName = "krat:display-name-en";
}
