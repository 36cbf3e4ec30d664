using Krat.Infrastructure.Auditing;

namespace Krat.Web.Hosting;

/// <summary>
/// Tells Krat's audit columns who made a change: the signed-in user's name, or "anonymous". Your choice: an
/// installation with single sign-on may prefer an employee number.
/// </summary>
public sealed class SignedInUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string UserName =>
        accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";
}
