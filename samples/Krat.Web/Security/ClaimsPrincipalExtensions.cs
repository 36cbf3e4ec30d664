using System.Security.Claims;
using Krat.Domain.Committees;
using Krat.Domain.Organisations;

namespace Krat.Web.Security;

/// <summary>Reads the Krat claims of the signed-in user.</summary>
public static class ClaimsPrincipalExtensions
{
    /// <summary>The organisation the user acts for, or null when the account has none (or it is malformed).</summary>
    public static OrganisationId? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(KratClaimTypes.Organisation), out var id) ? new OrganisationId(id) : null;

    /// <summary>The committee the user works in, or null when the account has none (or it is malformed).</summary>
    public static CommitteeId? CommitteeId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(KratClaimTypes.Committee), out var id) ? new CommitteeId(id) : null;

    /// <summary>
    /// The name to show for the user: in English the English display-name claim when the account has one, else the
    /// display-name claim, else the user name.
    /// </summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        (System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? user?.FindFirstValue(KratClaimTypes.EnglishDisplayName) : null)
        ?? user?.FindFirstValue(KratClaimTypes.DisplayName) ?? user?.Identity?.Name ?? string.Empty;
}
