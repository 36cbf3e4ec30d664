using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Geography;
using Krat.Infrastructure.Repositories;
using Krat.Web.Security;

namespace Krat.Web.Hosting;

/// <summary>
/// The committee a page shows: the signed-in user's own committee, or for administrators and the public the
/// county chosen with <c>?qark=AL-06</c> (or by name, <c>?qark=Korçë</c>), Durrës by default. Loaded once per
/// request, untracked (for reading); pages that change the committee itself use <see cref="GetForChangeAsync"/>.
/// </summary>
public sealed class CurrentCommittee(IHttpContextAccessor accessor, IReadRepository<Committee> committees, IRepository<Committee> tracked)
{
    /// <summary>The county shown when a visitor chooses none.</summary>
    public static readonly CountyCode DefaultCounty = CountyCode.From("AL-02");

    private Committee? _committee;
    private bool _loaded;

    /// <summary>The county of the committee being viewed.</summary>
    public CountyCode County
    {
        get => accessor.HttpContext?.Request.County()?.Code ?? DefaultCounty;
    }

    /// <summary>
    /// The committee with its seats, or <see langword="null"/> when the county has none yet; a snapshot for
    /// reading (not tracked: changes to it are not saved).
    /// </summary>
    public async Task<Committee?> GetAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _committee = await LoadAsync(committees, cancellationToken);
            _loaded = true;
        }

        return _committee;
    }

    /// <summary>
    /// The same committee loaded through <see cref="IRepository{T}"/>, tracked, for a page that calls its verbs
    /// and saves it; <see langword="null"/> when the county has none yet.
    /// </summary>
    public Task<Committee?> GetForChangeAsync(CancellationToken cancellationToken) => LoadAsync(tracked, cancellationToken);

    private Task<Committee?> LoadAsync(IReadRepository<Committee> repository, CancellationToken cancellationToken)
    {
        var user = accessor.HttpContext?.User;
        var own = user?.CommitteeId();
        return own is { } id && user?.IsInRole(KratRoles.Administrator) == false
            ? repository.FirstOrDefaultAsync(new CommitteeWithSeatsSpec(id), cancellationToken)
            : repository.GetCommitteeOfCountyAsync(County, cancellationToken);
    }
}
