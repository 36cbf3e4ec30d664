using Ardalis.Specification;
using NodaTime;

namespace Krat.Domain.Committees.Specifications;

/// <summary>
/// Who sits on a body of a committee on a day, and who represents each seat: a read model of the committee
/// whose seats, posts and representatives are filtered to those whose term covers the day. Seats are ordered
/// by role (standing, invited, observer), then in the order granted (<see cref="Seat.GrantOrder"/>, so seats granted
/// in the same millisecond keep their order), then by identity; posts by post; representatives titular first, then
/// by person. The same order in memory and in SQL.
/// </summary>
public sealed class SeatsOnDateSpec : SingleResultSpecification<Committee, CommitteeRoster>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="body">The committee body or the Technical Table.</param>
    /// <param name="date">The day.</param>
    public SeatsOnDateSpec(CommitteeId committeeId, CommitteeBody body, LocalDate date)
    {
        Query
            .Where(c => c.Id == committeeId)
            .Select(c => new CommitteeRoster(
                c.Id,
                c.Name,
                body,
                date,
                c.Seats
                    .Where(s => s.Body == body && s.Term.Start <= date && (s.Term.End == null || s.Term.End >= date))
                    .OrderBy(s => s.Role)
                    .ThenBy(s => s.GrantOrder)
                    .ThenBy(s => s.Id)
                    .Select(s => new SeatOnDate(
                        s.Id,
                        s.OrganisationId,
                        s.Role,
                        s.Votes,
                        s.Term,
                        s.Posts
                            .Where(p => p.Term.Start <= date && (p.Term.End == null || p.Term.End >= date))
                            .OrderBy(p => p.Post)
                            .Select(p => p.Post)
                            .ToList(),
                        s.Representatives
                            .Where(r => r.Term.Start <= date && (r.Term.End == null || r.Term.End >= date))
                            .OrderBy(r => r.Capacity)
                            .ThenBy(r => r.PersonId)
                            .Select(r => new RepresentativeOnDate(r.PersonId, r.Capacity, r.Term))
                            .ToList()))
                    .ToList()));
    }
}
