using Microsoft.AspNetCore.Authorization;

namespace Krat.Web.Security;

/// <summary>
/// Authorization policies. Every Razor page requires a signed-in user (convention in Program.cs) unless its
/// model says <c>[AllowAnonymous]</c>; pages that edit add <c>[Authorize(Policy = ...)]</c> with one of these.
/// </summary>
public static class KratPolicies
{
    /// <summary>Administrator only: accounts and installation settings.</summary>
    public const string CanAdminister = "CanAdminister";

    /// <summary>Administrator or Secretary: edit the committee, its seats, meetings, plans, reports.</summary>
    public const string CanEditCommittee = "CanEditCommittee";

    /// <summary>
    /// Administrator, Secretary, or a Member acting for an organisation (claim <see cref="KratClaimTypes.Organisation"/>).
    /// Pages still check that a member only touches activities of its own organisation.
    /// </summary>
    public const string CanRecordActivities = "CanRecordActivities";

    /// <summary>Registers the policies.</summary>
    public static AuthorizationBuilder AddKratPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddPolicy(CanAdminister, policy => policy.RequireRole(KratRoles.Administrator))
            .AddPolicy(CanEditCommittee, policy => policy.RequireRole(KratRoles.Administrator, KratRoles.Secretary))
            .AddPolicy(CanRecordActivities, policy => policy.RequireAssertion(context =>
                context.User.IsInRole(KratRoles.Administrator)
                || context.User.IsInRole(KratRoles.Secretary)
                || (context.User.IsInRole(KratRoles.Member) && context.User.OrganisationId() is not null)));
    }
}
