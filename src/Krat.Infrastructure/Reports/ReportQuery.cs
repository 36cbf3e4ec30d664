using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Reports;

/// <summary>
/// What the report queries share: the context, the activities a report counts, the committee's county and name,
/// the organisations' names and the commitments' reviews. Every query is read-only (no tracking).
/// </summary>
internal abstract class ReportQuery
{
    /// <summary>Creates the query on a context.</summary>
    /// <param name="db">The context; its committee scope applies to every report but the national roll-up.</param>
    protected ReportQuery(KratDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        Db = db;
    }

    /// <summary>The context the query reads.</summary>
    protected KratDbContext Db { get; }

    // The activities a report counts: those the audience sees (ReportAudiences.Counts, the rule the activities list
    // applies too) of a campaign, whatever their day (a postponed or rescheduled activity stays in its campaign's
    // report), or else of a period.
    protected IQueryable<Activity> ActivitiesIn(CommitteeId committeeId, DateInterval period, CampaignId? campaignId, ReportAudience audience)
    {
        var (from, to) = (period.Start, period.End);
        var query = Db.Set<Activity>().AsNoTracking().Where(a => a.CommitteeId == committeeId).Where(ReportAudiences.Counts(audience));
        return campaignId is { } campaign
            ? query.Where(a => a.CampaignId == campaign)
            : query.Where(a => a.EffectiveDate >= from && a.EffectiveDate <= to);
    }

    // The reviews of the commitments made at some meetings, each as (day, status left), oldest first as the domain
    // orders them (day, then identity); CommitmentLine.StateOn replays those up to a day.
    protected static async Task<ILookup<CommitmentId, (LocalDate Date, CommitmentStatus Status)>> ReviewsAsync(IQueryable<Meeting> made, CancellationToken cancellationToken)
    {
        var reviews = await made
            .SelectMany(m => m.Commitments)
            .SelectMany(c => c.Reviews, (c, r) => new { CommitmentId = c.Id, r.Date, r.Id, r.Status })
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return reviews.ToLookup(r => r.CommitmentId, r => (r.Date, r.Status));
    }

    protected async Task<(CountyCode County, string Name)> CommitteeAsync(CommitteeId committeeId, CancellationToken cancellationToken)
    {
        var committee = await Db.Set<Committee>().AsNoTracking()
            .Where(c => c.Id == committeeId)
            .Select(c => new { c.County, c.Name })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"There is no committee {committeeId} (in the current committee scope).", nameof(committeeId));
        return (committee.County, committee.Name);
    }

    protected async Task<Dictionary<OrganisationId, OrganisationName>> NamesAsync(IEnumerable<OrganisationId> ids, CancellationToken cancellationToken)
    {
        List<OrganisationId> wanted = [.. ids.Distinct()];
        if (wanted.Count == 0)
        {
            return [];
        }

        return await Db.Set<Organisation>().AsNoTracking()
            .Where(o => wanted.Contains(o.Id))
            .Select(o => new OrganisationName(o.Name, OrganisationKeys.Sort(o)) { Id = o.Id, EnglishName = o.EnglishName, Acronym = o.Acronym, Kind = o.Kind })
            .ToDictionaryAsync(o => o.Id, cancellationToken).ConfigureAwait(false);
    }

    // The few columns of an organisation that reports show.
    protected sealed record OrganisationName(string Name, string SortKey)
    {
        public OrganisationId Id { get; init; }

        public string? EnglishName { get; init; }

        public string? Acronym { get; init; }

        public OrganisationKind Kind { get; init; }
    }
}
