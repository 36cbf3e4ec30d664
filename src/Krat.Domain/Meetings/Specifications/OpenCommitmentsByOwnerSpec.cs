using Ardalis.Specification;
using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Domain.Meetings.Specifications;

/// <summary>
/// The commitments of a committee that are open (their current status), made at meetings on or before a
/// day, optionally of one owner and optionally only those overdue on that day (due before it). The result is
/// flat: one <see cref="OpenCommitment"/> line per commitment, carrying its meeting's identity, day, kind and
/// start; lines by meeting start, then meeting identity, then commitment number. Group the lines by meeting
/// with <see cref="MeetingCommitments.Group"/>.
/// </summary>
/// <remarks>
/// <para>In SQL this is one statement: meetings INNER JOIN their matching commitments (the projection refers to
/// the meeting, so Krat's evaluator gives EF Core the result-selector form of <c>SelectMany</c>, which SQLite
/// runs as a join instead of an APPLY it does not have).</para>
/// <para>The meeting order (start, identity) applies in SQL before the commitments are joined, so the order of
/// commitments within a meeting is not the database's to decide: a post-processing step orders the lines by
/// meeting start, meeting identity and commitment number, in memory, both for the repository and for
/// <c>Evaluate</c>. The specification has no paging, so that order is the whole result's.</para>
/// </remarks>
public sealed class OpenCommitmentsByOwnerSpec : Specification<Meeting, OpenCommitment>
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
            .OrderBy(m => m.StartsAt)
            .ThenBy(m => m.Id)
            .PostProcessingAction(lines => lines.OrderBy(l => l.MeetingStartsAt).ThenBy(l => l.MeetingId).ThenBy(l => l.Number))
            .SelectMany(m => m.Commitments
                .Where(c => c.Status == CommitmentStatus.Open && (anyOwner || c.OwnerId == owner) && (anyDue || (c.Due != null && c.Due < on)))
                .Select(c => new OpenCommitment(m.Id, m.Date, m.Kind, m.StartsAt, c.Id, c.Number, c.What, c.OwnerId, c.Due, c.Due != null && c.Due < on)));
    }
}
