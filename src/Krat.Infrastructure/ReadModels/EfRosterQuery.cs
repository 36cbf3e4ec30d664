using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using NodaTime;

namespace Krat.Infrastructure.ReadModels;

/// <summary>The EF Core <see cref="IRosterQuery"/>: <see cref="SeatsOnDateSpec"/>, then the names it refers to.</summary>
/// <param name="context">The unit of work whose connection and committee scope the queries use.</param>
internal sealed class EfRosterQuery(KratDbContext context) : IRosterQuery
{
    /// <inheritdoc />
    public async Task<NamedRoster?> GetAsync(CommitteeId committeeId, CommitteeBody body, LocalDate day, CancellationToken cancellationToken = default)
    {
        var roster = await new EfReadRepository<Committee>(context, SpecificationEvaluator.Default)
            .SingleOrDefaultAsync(new SeatsOnDateSpec(committeeId, body, day), cancellationToken).ConfigureAwait(false);
        if (roster is null)
        {
            return null;
        }

        var names = await Names.ReadAsync(
            context,
            roster.Seats.Select(s => s.OrganisationId),
            roster.Seats.SelectMany(s => s.Representatives).Select(r => r.PersonId),
            cancellationToken).ConfigureAwait(false);
        return new NamedRoster(
            roster,
            [.. roster.Seats.Select(s => new RosterLine(s, names.Of(s.OrganisationId), [.. s.Representatives.Select(r => new RosterRepresentative(r, names.Of(r.PersonId)))]))]);
    }
}
