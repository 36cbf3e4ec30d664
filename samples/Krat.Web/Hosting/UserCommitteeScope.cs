using Krat.Domain.Committees;
using Krat.Infrastructure.Scoping;
using Krat.Web.Security;

namespace Krat.Web.Hosting;

/// <summary>
/// Scopes every query of a request to the committee of the signed-in secretary or member (their
/// "krat:committee" claim), so that another committee's records are simply not found (404). Administrators
/// and the public are not scoped: public pages filter by visibility and by the committee being viewed.
/// </summary>
public sealed class UserCommitteeScope(IHttpContextAccessor accessor) : ICommitteeScope
{
    public CommitteeId? CommitteeId =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user && !user.IsInRole(KratRoles.Administrator)
            ? user.CommitteeId()
            : null;
}
