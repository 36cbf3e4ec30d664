using Ardalis.Specification;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.Plans;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Infrastructure.Tests.Repositories;

// IReadRepository<T> (EfReadRepository) reads without tracking; IRepository<T> (EfRepository) still tracks, so a
// page can load an aggregate, call a verb and save it.
public abstract class ReadRepositoryTrackingTests : IDisposable
{
    protected TestProvider Provider { get; }

    private readonly TestDatabase _database;
    private readonly DurresScenario _scenario;

    protected ReadRepositoryTrackingTests(TestProvider provider)
    {
        Provider = provider;
        (_database, _scenario) = DurresDatabase.Create(Provider);
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task ReadRepository_EveryReadMethod_ReturnsAggregates_ThatTheContextDoesNotTrack()
    {
        await using var context = _database.KratContext();
        var committees = new EfReadRepository<Committee>(context, SpecificationEvaluator.Default);
        var activities = new EfReadRepository<Activity>(context, SpecificationEvaluator.Default);
        var plans = new EfReadRepository<ActionPlan>(context, SpecificationEvaluator.Default);

        var committee = await committees.FirstOrDefaultAsync(new CommitteeWithSeatsSpec(DemoIds.KratDurres));
        var single = await committees.SingleOrDefaultAsync(new CommitteeOfCountySpec(_scenario.KratDurres.County));
        var byTypedId = await committees.GetByIdAsync(DemoIds.KratDurres);
        var byGuid = await committees.GetByIdAsync(DemoIds.KratDurres.Value);
        var all = await activities.ListAsync();
        var filtered = await activities.ListAsync(new ActivitiesFilterSpec(new ActivitiesFilter { CommitteeId = DemoIds.KratDurres }));
        var streamed = await activities.AsAsyncEnumerable(new ActivitiesFilterSpec(new ActivitiesFilter())).ToListAsync();
        var withParts = await plans.ListAsync(new ActionPlansForActivitiesSpec(DemoIds.KratDurres));

        Assert.Equal(_scenario.KratDurres.Seats.Count, committee!.Seats.Count);
        Assert.Equal(DemoIds.KratDurres, single!.Id);
        Assert.Equal(DemoIds.KratDurres, byTypedId!.Id);
        Assert.Equal(_scenario.KratDurres.Seats.Count, byGuid!.Seats.Count);
        Assert.Equal(_scenario.Activities.Count, all.Count);
        Assert.Equal(_scenario.Activities.Count, filtered.Count);
        Assert.Equal(_scenario.Activities.Count, streamed.Count);
        Assert.Equal(_scenario.ActionPlan2023.Measures.Count, withParts.Single().Measures.Count);
        Assert.Empty(context.ChangeTracker.Entries());
    }

    [SkippableFact]
    public async Task ReadRepository_CountsAndProjections_TrackNothing()
    {
        await using var context = _database.KratContext();
        var organisations = new EfReadRepository<Organisation>(context, SpecificationEvaluator.Default);

        var names = await organisations.ListAsync(new OrganisationNamesSpec());
        var first = await organisations.FirstOrDefaultAsync(new OrganisationNamesSpec());
        var count = await organisations.CountAsync(new OrganisationsMatchingSpec());
        var any = await organisations.AnyAsync();

        Assert.Equal(_scenario.Organisations.Count, names.Count);
        Assert.Equal(names[0].Id, first!.Id);
        Assert.Equal(_scenario.Organisations.Count, count);
        Assert.True(any);
        Assert.Empty(context.ChangeTracker.Entries());
    }

    [SkippableFact]
    public async Task ReadRepository_ReadsWhatIsStored_NotTheChangedInstanceTheUnitOfWorkTracks()
    {
        await using var context = _database.KratContext();
        var tracked = await new EfRepository<Organisation>(context, SpecificationEvaluator.Default).GetByIdAsync(DemoIds.Prefecture);
        var storedName = tracked!.Name;
        tracked.Rename("Emër i ri, ende i paruajtur", tracked.EnglishName, tracked.Acronym);

        var read = await new EfReadRepository<Organisation>(context, SpecificationEvaluator.Default).GetByIdAsync(DemoIds.Prefecture);

        Assert.NotSame(tracked, read);
        Assert.Equal(storedName, read!.Name);
        Assert.Single(context.ChangeTracker.Entries());
    }

    [SkippableFact]
    public async Task ReadRepository_GetByIdAsync_KeepsTheCommitteeScope()
    {
        await using var other = _database.KratContext(scope: CommitteeScope.For(new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead"))));
        await using var mine = _database.KratContext(scope: CommitteeScope.For(DemoIds.KratDurres));
        var activity = _scenario.Activities[0].Id;

        var hidden = await new EfReadRepository<Activity>(other, SpecificationEvaluator.Default).GetByIdAsync(activity);
        var found = await new EfReadRepository<Activity>(mine, SpecificationEvaluator.Default).GetByIdAsync(activity);

        Assert.Null(hidden);
        Assert.Equal(activity, found!.Id);
    }

    [SkippableFact]
    public async Task ReadRepository_GetByIdAsync_RejectsAnIdOfAnotherType()
    {
        await using var context = _database.KratContext();
        var committees = new EfReadRepository<Committee>(context, SpecificationEvaluator.Default);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => committees.GetByIdAsync(DemoIds.Prefecture));

        Assert.Contains("CommitteeId", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Repository_StillTracksWhatItLoads_AndSavesAVerbsChange()
    {
        var newcomer = _scenario.Organisations.First(o => _scenario.KratDurres.Seats.All(s => s.OrganisationId != o.Id)).Id;
        SeatId seat;
        int loadedVersion;
        await using (var context = _database.KratContext())
        {
            var committees = new EfRepository<Committee>(context, SpecificationEvaluator.Default);
            var committee = await committees.FirstOrDefaultAsync(new CommitteeWithSeatsSpec(DemoIds.KratDurres));
            Assert.NotEmpty(context.ChangeTracker.Entries());
            loadedVersion = committee!.Version;

            seat = committee.GrantSeat(newcomer, CommitteeBody.TechnicalTable, SeatRole.Invited, votes: false, Term.From(DurresScenario.ClosingDay)).Id;
            await committees.UpdateAsync(committee, committee.Version);
            await committees.SaveChangesAsync();
        }

        await using var reading = _database.KratContext();
        var stored = await new EfReadRepository<Committee>(reading, SpecificationEvaluator.Default).FirstOrDefaultAsync(new CommitteeWithSeatsSpec(DemoIds.KratDurres));
        Assert.Equal(_scenario.KratDurres.Seats.Count + 1, stored!.Seats.Count);
        Assert.Equal(newcomer, stored.FindSeat(seat)!.OrganisationId);
        Assert.Equal(loadedVersion + 1, stored.Version);
    }

    [SkippableFact]
    public async Task AddKrat_ResolvesTheReadOnlyRepositoryForReading_AndTheTrackingOneForChanging()
    {
        await using var host = await KratHost.StartAsync();
        var provider = host.Services;
        await using (var seeding = provider.CreateAsyncScope())
        {
            var organisations = seeding.ServiceProvider.GetRequiredService<IRepository<Organisation>>();
            await organisations.AddAsync(Organisation.Register("Qendra e Rezistencës", OrganisationKind.Ngo, OrganisationLevel.Central));
            await organisations.SaveChangesAsync();
        }

        await using var scope = provider.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<KratDbContext>();
        var read = scope.ServiceProvider.GetRequiredService<IReadRepository<Organisation>>();
        var readBase = scope.ServiceProvider.GetRequiredService<IReadRepositoryBase<Organisation>>();
        var write = scope.ServiceProvider.GetRequiredService<IRepository<Organisation>>();
        var writeBase = scope.ServiceProvider.GetRequiredService<IRepositoryBase<Organisation>>();

        Assert.IsType<EfReadRepository<Organisation>>(read);
        Assert.IsType<EfReadRepository<Organisation>>(readBase);
        Assert.IsType<EfRepository<Organisation>>(write);
        Assert.IsType<EfRepository<Organisation>>(writeBase);
        Assert.Single(await read.ListAsync());
        Assert.Single(await readBase.ListAsync());
        Assert.Empty(context.ChangeTracker.Entries());
        Assert.Single(await write.ListAsync());
        Assert.Single(context.ChangeTracker.Entries());
    }

    public sealed class Sqlite() : ReadRepositoryTrackingTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : ReadRepositoryTrackingTests(TestProvider.PostgreSql);
}
