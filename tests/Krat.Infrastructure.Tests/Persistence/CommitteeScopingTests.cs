using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.Plans;
using Krat.Domain.Statistics;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

// Two committees (Durrës and Korçë) in one database: a context scoped to one never reads, and never writes,
// the other's aggregates.
public abstract class CommitteeScopingTests : IDisposable
{
    protected TestProvider Provider { get; }

    private readonly TestDatabase _database;
    private readonly DurresScenario _durres = DurresScenario.Build();
    private readonly KorceData _korce = KorceData.Build();

    protected CommitteeScopingTests(TestProvider provider)
    {
        Provider = provider;
        _database = TestDatabase.Migrated(Provider);
        using var context = _database.KratContext();
        DurresDatabase.Save(context, _durres);
        _korce.Save(context);
    }

    public void Dispose() => _database.Dispose();

    public static TheoryData<string> Committees() => ["Durrës", "Korçë"];

    [SkippableTheory]
    [MemberData(nameof(Committees))]
    public void AScopedContext_ReadsOnlyItsCommitteesAggregates(string name)
    {
        var (mine, other) = name == "Durrës" ? (DemoIds.KratDurres, KorceData.CommitteeId) : (KorceData.CommitteeId, DemoIds.KratDurres);
        using var scoped = _database.KratContext(scope: CommitteeScope.For(mine));

        Assert.Equal([mine], scoped.Set<Committee>().Select(c => c.Id).ToList());
        AssertOnly(mine, scoped.Set<Activity>().ToList());
        AssertOnly(mine, scoped.Set<Meeting>().ToList());
        AssertOnly(mine, scoped.Set<ActionPlan>().ToList());
        AssertOnly(mine, scoped.Set<Campaign>().ToList());
        AssertOnly(mine, scoped.Set<Initiative>().ToList());
        AssertOnly(mine, scoped.Set<VictimStatistics>().ToList());
        Assert.Empty(scoped.Set<Activity>().Where(a => a.CommitteeId == other).ToList());
    }

    [SkippableFact]
    public async Task AScopedContext_DoesNotFindTheOtherCommitteesActivities_EvenWhenAskedByIdOrFilter()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.RowLevelSecurity);
        await using var scoped = _database.KratContext(scope: CommitteeScope.For(DemoIds.KratDurres));
        var repository = new EfRepository<Activity>(scoped, SpecificationEvaluator.Default);

        Assert.Null(await repository.GetByIdAsync(_korce.Activities[0].Id));
        Assert.Empty(await repository.ListAsync(new ActivitiesFilterSpec(new ActivitiesFilter { CommitteeId = KorceData.CommitteeId })));
        Assert.Equal(_durres.Activities.Count, await repository.CountAsync(new ActivitiesFilterCountSpec(new ActivitiesFilter())));
        Assert.Equal(_durres.Activities.Count + _korce.Activities.Count, await scoped.Set<Activity>().IgnoreQueryFilters().CountAsync());
    }

    [SkippableFact]
    public void AddingAnotherCommitteesActivity_ThroughAScopedContext_FailsAndStoresNothing()
    {
        using var scoped = _database.KratContext(scope: CommitteeScope.For(DemoIds.KratDurres));
        var activity = Activity.Plan(new ActivityPlan
        {
            CommitteeId = KorceData.CommitteeId,
            County = KorceData.County,
            Kind = ActivityKind.Training,
            Title = "Trajnim për mësuesit",
            PlannedDays = Activity.Days(new LocalDate(2024, 1, 10)),
            Municipalities = [Albania.Municipality("Korçë")],
            LeadOrganisationId = KorceData.Municipality,
            TargetGroups = [TargetGroup.Teachers],
        });
        scoped.Add(activity);

        var violation = Assert.Throws<CommitteeScopeViolationException>(() => scoped.SaveChanges());

        Assert.Equal((DemoIds.KratDurres, KorceData.CommitteeId), (violation.ScopeCommitteeId, violation.CommitteeId));
        Assert.Equal("Activity", violation.EntityName);
        Assert.Contains(KorceData.CommitteeId.ToString(), violation.Message);
        Assert.Empty(scoped.ChangeTracker.Entries());
        Assert.Equal(0L, Count("Activities", activity.Id.Value));
    }

    [SkippableFact]
    public void ChangingAnotherCommitteesActivity_ThroughAScopedContext_FailsAndTheStoredOneStaysAsItWas()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.RowLevelSecurity);
        var postponed = _korce.Activities.Single(a => a.Status == ActivityStatus.Postponed);
        using (var scoped = _database.KratContext(scope: CommitteeScope.For(DemoIds.KratDurres)))
        {
            var theirs = scoped.Set<Activity>().IgnoreQueryFilters().Single(a => a.Id == postponed.Id);
            theirs.Cancel("Anuluar nga Durrësi");
            var mine = scoped.Set<Activity>().Single(a => a.Id == _durres.Activities[0].Id);
            mine.EditDetails(mine.Kind, "Titull i ri", mine.Description, mine.Venue, mine.Visibility);

            Assert.Throws<CommitteeScopeViolationException>(() => scoped.SaveChanges());
        }

        using var reading = _database.KratContext();
        var stored = reading.Set<Activity>().Single(a => a.Id == postponed.Id);
        Assert.Equal((ActivityStatus.Postponed, 0), (stored.Status, stored.Version));
        Assert.Equal(_durres.Activities[0].Title, reading.Set<Activity>().Single(a => a.Id == _durres.Activities[0].Id).Title);
    }

    [SkippableFact]
    public void DeletingAnotherCommitteesInitiative_ThroughAScopedContext_FailsAndItStays()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.RowLevelSecurity);
        using (var scoped = _database.KratContext(scope: CommitteeScope.For(DemoIds.KratDurres)))
        {
            scoped.Remove(scoped.Set<Initiative>().IgnoreQueryFilters().Single(i => i.Id == KorceData.InitiativeId));

            Assert.Throws<CommitteeScopeViolationException>(() => scoped.SaveChanges());
        }

        Assert.Equal(1L, Count("Initiatives", KorceData.InitiativeId.Value));
    }

    [SkippableFact]
    public void ChangingAPartOfAnotherCommitteesMeeting_ThroughAScopedContext_Fails()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.RowLevelSecurity);
        using (var scoped = _database.KratContext(scope: CommitteeScope.For(KorceData.CommitteeId)))
        {
            var closing = scoped.Set<Meeting>().IgnoreQueryFilters().Single(m => m.Id == DemoIds.ClosingMeeting);
            scoped.Remove(closing.Guests[0]);

            Assert.Throws<CommitteeScopeViolationException>(() => scoped.SaveChanges());
        }

        using var reading = _database.KratContext();
        Assert.Equal(_durres.ClosingMeeting.Guests.Count, reading.Set<Meeting>().Single(m => m.Id == DemoIds.ClosingMeeting).Guests.Count);
    }

    [SkippableFact]
    public void EstablishingAnotherCommittee_ThroughAScopedContext_Fails()
    {
        using var scoped = _database.KratContext(scope: CommitteeScope.For(DemoIds.KratDurres));
        scoped.Add(Committee.Establish(Domain.Geography.CountyCode.From("AL-11"), "Komiteti Rajonal Antitrafik Tiranë"));

        Assert.Throws<CommitteeScopeViolationException>(() => scoped.SaveChanges());
        Assert.Equal(2L, _database.Scalar("SELECT COUNT(*) FROM Committees"));
    }

    [SkippableFact]
    public void AScopedContext_SavesItsOwnCommitteesAggregates()
    {
        using (var scoped = _database.KratContext(scope: CommitteeScope.For(KorceData.CommitteeId)))
        {
            var statistics = scoped.Set<VictimStatistics>().Single();
            statistics.Record(Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 2);
            scoped.Add(Campaign.Launch(KorceData.CommitteeId, "Fushata e pranverës", new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2024, 4, 30))));
            scoped.SaveChanges();
        }

        using var reading = _database.KratContext();
        Assert.Equal(2, reading.Set<VictimStatistics>().Single(s => s.Id == KorceData.StatisticsId).CountOf(Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging));
        Assert.Equal(2, reading.Set<Campaign>().Count(c => c.CommitteeId == KorceData.CommitteeId));
    }

    private static void AssertOnly<T>(CommitteeId committee, List<T> aggregates)
        where T : Domain.Common.ICommitteeScoped
    {
        Assert.NotEmpty(aggregates);
        Assert.All(aggregates, a => Assert.Equal(committee, a.CommitteeId));
    }

    private long Count(string table, Guid id) =>
        (long)_database.Scalar($"SELECT COUNT(*) FROM {table} WHERE Id = '{id.ToString().ToUpperInvariant()}'")!;

    public sealed class Sqlite() : CommitteeScopingTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : CommitteeScopingTests(TestProvider.PostgreSql);
}
