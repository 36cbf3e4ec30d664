using Ardalis.Specification;
using Krat.Domain.Geography;

namespace Krat.Domain.Committees.Specifications;

/// <summary>The committee of a county, with all its seats, posts and representatives.</summary>
public sealed class CommitteeOfCountySpec : SingleResultSpecification<Committee>
{
    /// <summary>Builds the query.</summary>
    /// <param name="county">The county.</param>
    public CommitteeOfCountySpec(CountyCode county)
    {
        Query
            .Where(c => c.County == county)
            .Include(c => c.Seats)
                .ThenInclude(s => s.Posts)
            .Include(c => c.Seats)
                .ThenInclude(s => s.Representatives)
            .AsSplitQuery()
            .OrderBy(c => c.Id);
    }
}
