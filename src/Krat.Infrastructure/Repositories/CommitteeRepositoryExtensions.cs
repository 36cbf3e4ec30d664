using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Geography;

namespace Krat.Infrastructure.Repositories;

/// <summary>Finding a committee without writing its specification.</summary>
public static class CommitteeRepositoryExtensions
{
    /// <summary>
    /// The committee (KRAT) of a county with its seats, posts and representatives, or <see langword="null"/> when
    /// the county has none yet (or the committee scope hides it): <see cref="CommitteeOfCountySpec"/> in one call.
    /// Each county has at most one committee. Through an <see cref="IRepository{T}"/> the committee is tracked (to
    /// call its verbs and save); through an <see cref="IReadRepository{T}"/> it is a snapshot.
    /// </summary>
    /// <param name="committees">The repository of committees.</param>
    /// <param name="county">The county.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The committee, or <see langword="null"/>.</returns>
    public static Task<Committee?> GetCommitteeOfCountyAsync(this IReadRepository<Committee> committees, CountyCode county, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(committees);
        return committees.SingleOrDefaultAsync(new CommitteeOfCountySpec(county), cancellationToken);
    }
}
