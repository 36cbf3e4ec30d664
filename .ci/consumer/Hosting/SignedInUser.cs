#region user
using Krat.Infrastructure.Auditing;

namespace Prefektura.Korce.Hosting;
/// <summary>The name Krat writes to the audit columns (CreatedBy, ModifiedBy): the signed-in user's.</summary>
public sealed class SignedInUser(IHttpContextAccessor accessor) : ICurrentUser
{
    /// <inheritdoc />
    public string UserName => accessor.HttpContext?.User.Identity?.Name ?? "anonymous";
}
#endregion
