using System.Linq.Expressions;
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
/// <para>Whether a line is overdue is worked out when the line is created (due before the day of reference), not
/// in SQL.</para>
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
        // Which commitments of a meeting match, as one of four expressions rather than one with flags
        // ("anyOwner || c.OwnerId == owner"): EF Core would bind and simplify the flags on every run, which measured
        // 12 µs of a 120 µs query (docs/performance.md).
        Expression<Func<Commitment, bool>> matching = (ownerId, overdueOnly) switch
        {
            ({ } owner, false) => c => c.Status == CommitmentStatus.Open && c.OwnerId == owner,
            ({ } owner, true) => c => c.Status == CommitmentStatus.Open && c.OwnerId == owner && c.Due != null && c.Due < on,
            (null, false) => c => c.Status == CommitmentStatus.Open,
            (null, true) => c => c.Status == CommitmentStatus.Open && c.Due != null && c.Due < on,
        };
        Query
            .Where(m => m.CommitteeId == committeeId && m.Date <= on)
            .OrderBy(m => m.StartsAt)
            .ThenBy(m => m.Id)
            .PostProcessingAction(lines => lines.OrderBy(l => l.MeetingStartsAt).ThenBy(l => l.MeetingId).ThenBy(l => l.Number))
            .SelectMany(m => m.Commitments
                .AsQueryable()
                .Where(matching)
                .Select(c => new OpenCommitment(m.Id, m.Date, m.Kind, m.StartsAt, c.Id, c.Number, c.What, c.OwnerId, c.Due, on)));
    }
}
