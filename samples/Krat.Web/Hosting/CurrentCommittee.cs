using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Geography;
using Krat.Infrastructure.Repositories;
using Krat.Web.Security;

namespace Krat.Web.Hosting;

/// <summary>
/// The committee a page shows: the signed-in user's own committee, or for administrators and the public the
/// county chosen with <c>?qark=AL-06</c> (or by name, <c>?qark=Korçë</c>), Durrës by default. Loaded once per
/// request.
/// </summary>
public sealed class CurrentCommittee(IHttpContextAccessor accessor, IReadRepository<Committee> committees)
{
    /// <summary>The county shown when a visitor chooses none.</summary>
    public static readonly CountyCode DefaultCounty = CountyCode.From("AL-02");

    private Committee? _committee;
    private bool _loaded;

    /// <summary>The county of the committee being viewed.</summary>
    public CountyCode County
    {
        get
        {
            var requested = accessor.HttpContext?.Request.Query["qark"].ToString();
            return Albania.FindCounty(requested)?.Code ?? DefaultCounty;
        }
    }

    /// <summary>The committee with its seats, or <see langword="null"/> when the county has none yet.</summary>
    public async Task<Committee?> GetAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            var user = accessor.HttpContext?.User;
            var own = user?.CommitteeId();
            _committee = own is { } id && user?.IsInRole(KratRoles.Administrator) == false
                ? await committees.FirstOrDefaultAsync(new CommitteeWithSeatsSpec(id), cancellationToken)
                : await committees.FirstOrDefaultAsync(new CommitteeOfCountySpec(County), cancellationToken);
            _loaded = true;
        }

        return _committee;
    }
}
