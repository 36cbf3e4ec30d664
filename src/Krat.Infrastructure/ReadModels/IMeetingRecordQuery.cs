using Krat.Domain.Meetings;

namespace Krat.Infrastructure.ReadModels;

/// <summary>
/// The record of a meeting with the names and labels its minutes show: agenda, attendance with the seats'
/// organisations and the people who came, guests, decisions and commitments with the responsible organisations.
/// Registered by <c>AddKrat</c> (scoped; it reads through the request's <see cref="KratDbContext"/> and its
/// committee scope).
/// </summary>
public interface IMeetingRecordQuery
{
    /// <summary>
    /// The meeting's record, in the order <see cref="NamedMeetingRecord"/> documents. Reads the meeting (no tracking),
    /// its committee's name and the role and grant order of the attended seats, then the names of the
    /// organisations and people it refers to (projections, not whole aggregates).
    /// </summary>
    /// <param name="meetingId">The meeting.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The record, or <see langword="null"/> when there is no such meeting (or the scope hides it).</returns>
    Task<NamedMeetingRecord?> GetAsync(MeetingId meetingId, CancellationToken cancellationToken = default);
}
