using Ardalis.Specification;

namespace Krat.Domain.Committees.Specifications;

/// <summary>One committee with all its seats, posts and representatives, ready for its verbs.</summary>
public sealed class CommitteeWithSeatsSpec : SingleResultSpecification<Committee>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    public CommitteeWithSeatsSpec(CommitteeId committeeId)
    {
        Query
            .Where(c => c.Id == committeeId)
            .Include(c => c.Seats)
                .ThenInclude(s => s.Posts)
            .Include(c => c.Seats)
                .ThenInclude(s => s.Representatives)
            .AsSplitQuery();
    }
}
