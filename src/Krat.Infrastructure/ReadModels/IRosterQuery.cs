using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using NodaTime;

namespace Krat.Infrastructure.ReadModels;

/// <summary>
/// The roster of a committee body on a day with the names and labels a page shows: organisations' names in
/// Albanian and English, post and role labels, representatives' names. Registered by <c>AddKrat</c> (scoped; it
/// reads through the request's <see cref="KratDbContext"/> and its committee scope).
/// </summary>
public interface IRosterQuery
{
    /// <summary>
    /// The seats of a body of a committee that run on a day, in the order <see cref="SeatsOnDateSpec"/> documents:
    /// by role (standing, invited, observer), then in the order granted (<see cref="Seat.GrantOrder"/>, so seats
    /// granted in the same instant keep their order), then by seat identity; within a seat, posts by post and
    /// representatives titular first, then by person. Three queries: the roster (as <see cref="SeatsOnDateSpec"/>)
    /// and the names of its organisations and people (projections, not whole aggregates).
    /// </summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="body">The committee body or the Technical Table.</param>
    /// <param name="day">The day.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The roster, or <see langword="null"/> when there is no such committee (or the scope hides it).</returns>
    Task<NamedRoster?> GetAsync(CommitteeId committeeId, CommitteeBody body, LocalDate day, CancellationToken cancellationToken = default);
}
