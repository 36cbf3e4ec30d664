#region scope
using Krat.Domain.Committees;
using Krat.Infrastructure.Scoping;

namespace Prefektura.Korce.Hosting;
/// <summary>
/// Limits every query of a request to this prefecture's committee. A site serving one county can read the id
/// from configuration ("Krat:CommitteeId", written once after the committee is created); a national site would
/// take it from the signed-in user and return <see langword="null"/> for national users (no limit).
/// </summary>
public sealed class PrefectureScope(IConfiguration configuration) : ICommitteeScope
{
    /// <inheritdoc />
    public CommitteeId? CommitteeId =>
        Guid.TryParse(configuration["Krat:CommitteeId"], out var id) ? new CommitteeId(id) : null;
}
#endregion
