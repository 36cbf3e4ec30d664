using Ardalis.Specification;
using Krat.Domain.Committees;

namespace Krat.Domain.Initiatives.Specifications;

/// <summary>A committee's initiatives, optionally in one status, by status (draft first) and then in order of creation.</summary>
public sealed class InitiativesOfCommitteeSpec : Specification<Initiative>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="status">Only initiatives in this status, when given.</param>
    public InitiativesOfCommitteeSpec(CommitteeId committeeId, InitiativeStatus? status = null) =>
        Query
            .Where(i => i.CommitteeId == committeeId)
            .Where(i => i.Status == status, status.HasValue)
            .OrderBy(i => i.Status)
            .ThenBy(i => i.Id);
}
