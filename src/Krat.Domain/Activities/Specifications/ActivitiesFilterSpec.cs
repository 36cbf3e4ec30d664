using Ardalis.Specification;

namespace Krat.Domain.Activities.Specifications;

/// <summary>
/// Activities matching an <see cref="ActivitiesFilter"/>, newest first (by <see cref="Activity.EffectiveDate"/>
/// descending, then identity), optionally one page at a time.
/// </summary>
public sealed class ActivitiesFilterSpec : Specification<Activity>
{
    /// <summary>
    /// Builds the query. The activities it returns are for reading (lists, exports): they are not tracked, so to
    /// change one, load it by its id and call its verbs.
    /// </summary>
    /// <param name="filter">The criteria.</param>
    /// <param name="page">The 1-based page number; ignored without <paramref name="pageSize"/>.</param>
    /// <param name="pageSize">The number of activities per page; every match when <see langword="null"/>.</param>
    public ActivitiesFilterSpec(ActivitiesFilter filter, int page = 1, int? pageSize = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        if (pageSize is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds at least one activity.");
        }

        Query
            .Matching(filter, ActivitiesFilterCriteria.Folded(filter), ActivitiesFilterCriteria.MunicipalityName(filter))
            .OrderByDescending(a => a.EffectiveDate)
            .ThenBy(a => a.Id)
            .Skip((page - 1) * (pageSize ?? 0), pageSize.HasValue)
            .Take(pageSize ?? 0, pageSize.HasValue)
            .AsNoTracking();
    }
}

/// <summary>The number of activities matching an <see cref="ActivitiesFilter"/> (no order, no paging), for counts and pagers.</summary>
public sealed class ActivitiesFilterCountSpec : Specification<Activity>
{
    /// <summary>Builds the query.</summary>
    /// <param name="filter">The criteria.</param>
    public ActivitiesFilterCountSpec(ActivitiesFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Query.Matching(filter, ActivitiesFilterCriteria.Folded(filter), ActivitiesFilterCriteria.MunicipalityName(filter));
    }
}
