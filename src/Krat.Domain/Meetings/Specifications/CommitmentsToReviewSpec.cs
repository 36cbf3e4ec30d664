using Ardalis.Specification;
using Krat.Domain.Committees;
using NodaTime;

namespace Krat.Domain.Meetings.Specifications;

/// <summary>
/// What a meeting reviews: the commitments made at earlier held meetings of the same committee body (meetings that
/// started before it) that are still open, and those already reviewed at this meeting whatever status the review
/// left, so the page of a planned or held meeting lists what to review and what was reviewed. One flat
/// <see cref="CommitmentToReview"/> line per commitment, by the earlier meeting's start, its identity, then the
/// commitment's number. A review is then one step per line (<see cref="Meeting.ReviewCommitment"/> on the earlier
/// meeting).
/// </summary>
/// <remarks>
/// As for <see cref="OpenCommitmentsByOwnerSpec"/>, SQL joins meetings to their matching commitments (the result-selector
/// form of <c>SelectMany</c>) and the final order is applied in memory after the query, both in the repository and in
/// <c>Evaluate</c>. The review at this meeting, when there is one, comes as two scalar subqueries.
/// </remarks>
public sealed class CommitmentsToReviewSpec : Specification<Meeting, CommitmentToReview>
{
    /// <summary>Builds the query for a meeting.</summary>
    /// <param name="meeting">The meeting (planned or held) at which the commitments are reviewed.</param>
    public CommitmentsToReviewSpec(Meeting meeting)
        : this(Checked(meeting).CommitteeId, meeting.Body, meeting.Id, meeting.StartsAt)
    {
    }

    /// <summary>Builds the query from the meeting's identity, committee, body and start.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="body">The body that meets; commitments of the other body's meetings are left out.</param>
    /// <param name="meetingId">The meeting at which the commitments are reviewed.</param>
    /// <param name="startsAt">Its start: only meetings that started before it count as earlier.</param>
    public CommitmentsToReviewSpec(CommitteeId committeeId, CommitteeBody body, MeetingId meetingId, Instant startsAt)
    {
        Query
            .Where(m => m.CommitteeId == committeeId && m.Body == body && m.State == MeetingState.Held && m.StartsAt < startsAt && m.Id != meetingId)
            .OrderBy(m => m.StartsAt)
            .ThenBy(m => m.Id)
            .PostProcessingAction(lines => lines.OrderBy(l => l.MeetingStartsAt).ThenBy(l => l.MeetingId).ThenBy(l => l.Number))
            .SelectMany(m => m.Commitments
                .AsQueryable()
                .Where(c => c.Status == CommitmentStatus.Open || c.Reviews.Any(r => r.MeetingId == meetingId))
                .Select(c => new CommitmentToReview(
                    m.Id,
                    m.Date,
                    m.Kind,
                    m.StartsAt,
                    c.Id,
                    c.Number,
                    c.What,
                    c.OwnerId,
                    c.Due,
                    c.Status,
                    c.Reviews.Where(r => r.MeetingId == meetingId).Select(r => (CommitmentStatus?)r.Status).FirstOrDefault(),
                    c.Reviews.Where(r => r.MeetingId == meetingId).Select(r => r.Note).FirstOrDefault())));
    }

    private static Meeting Checked(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting;
    }
}
