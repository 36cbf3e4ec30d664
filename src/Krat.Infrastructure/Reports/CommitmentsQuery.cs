using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// The commitments made at meetings up to a day, each in the state its reviews left it on that day (<see cref="CommitmentTracker"/>).
/// </summary>
internal sealed class CommitmentsQuery : ReportQuery
{
    /// <summary>Creates the query on a context (scoped, like the context).</summary>
    /// <param name="db">The context; its committee scope applies.</param>
    public CommitmentsQuery(KratDbContext db)
        : base(db)
    {
    }

    /// <inheritdoc cref="IReportService.CommitmentsAsync" />
    public async Task<CommitmentTracker> CommitmentsAsync(CommitteeId committeeId, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        var made = Db.Set<Meeting>().AsNoTracking().Where(m => m.CommitteeId == committeeId && m.Date <= asOf);
        var commitments = await made
            .SelectMany(m => m.Commitments, (m, c) => new { MeetingId = m.Id, m.Date, m.StartsAt, m.Kind, c.Id, c.Number, c.What, c.OwnerId, c.Due })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var reviewsOf = await ReviewsAsync(made, cancellationToken).ConfigureAwait(false);
        var names = await NamesAsync(commitments.Select(c => c.OwnerId), cancellationToken).ConfigureAwait(false);
        var institutions = commitments
            .GroupBy(c => c.OwnerId)
            .Select(g =>
            {
                var name = names.TryGetValue(g.Key, out var n) ? n : new OrganisationName(g.Key.ToString(), string.Empty);
                return (name.SortKey, Report: new InstitutionCommitments(
                    g.Key,
                    name.Name,
                    [.. g.OrderBy(c => c.StartsAt).ThenBy(c => c.MeetingId).ThenBy(c => c.Number).Select(c =>
                    {
                        var (status, closedOn, overdue) = CommitmentLine.StateOn(reviewsOf[c.Id], c.Due, asOf);
                        return new CommitmentLine(c.Id, c.MeetingId, c.Date, c.Kind, c.Number, c.What, c.Due, status, closedOn, overdue);
                    })]).WithEnglishName(name.EnglishName));
            })
            .OrderBy(x => x.SortKey, StringComparer.Ordinal).ThenBy(x => x.Report.OwnerId)
            .Select(x => x.Report)
            .ToList();
        return new CommitmentTracker(committeeId, asOf, institutions);
    }
}
