using Ardalis.Specification;
using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Domain.Meetings.Specifications;

/// <summary>
/// The commitments of a committee that are open (their current status), made at meetings on or before a
/// day, optionally of one owner and optionally only those overdue on that day (due before it). Commitments
/// are children of the meeting where they were made, so the result is one entry per meeting with its
/// matching commitments (by number); meetings by start, then identity. Flatten with
/// <c>SelectMany(m =&gt; m.Commitments)</c> when a flat list is wanted. (The inner projection refers to
/// nothing of the meeting, so SQLite can run it without an APPLY operation.)
/// </summary>
public sealed class OpenCommitmentsByOwnerSpec : Specification<Meeting, MeetingCommitments>
{
    /// <summary>Builds the query.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="on">The day of reference ("today"): later meetings are left out and overdue means due before it.</param>
    /// <param name="ownerId">Only commitments owned by this organisation, when given.</param>
    /// <param name="overdueOnly">Only commitments overdue on <paramref name="on"/>.</param>
    public OpenCommitmentsByOwnerSpec(CommitteeId committeeId, LocalDate on, OrganisationId? ownerId = null, bool overdueOnly = false)
    {
        var anyOwner = !ownerId.HasValue;
        var owner = ownerId.GetValueOrDefault();
        var anyDue = !overdueOnly;
        Query
            .Where(m => m.CommitteeId == committeeId && m.Date <= on)
            .Where(m => m.Commitments.Any(c => c.Status == CommitmentStatus.Open && (anyOwner || c.OwnerId == owner) && (anyDue || (c.Due != null && c.Due < on))))
            .OrderBy(m => m.StartsAt)
            .ThenBy(m => m.Id)
            .Select(m => new MeetingCommitments(
                m.Id,
                m.Date,
                m.Kind,
                m.Commitments
                    .Where(c => c.Status == CommitmentStatus.Open && (anyOwner || c.OwnerId == owner) && (anyDue || (c.Due != null && c.Due < on)))
                    .OrderBy(c => c.Number)
                    .Select(c => new OpenCommitment(c.Id, c.Number, c.What, c.OwnerId, c.Due, c.Due != null && c.Due < on))
                    .ToList()));
    }
}
