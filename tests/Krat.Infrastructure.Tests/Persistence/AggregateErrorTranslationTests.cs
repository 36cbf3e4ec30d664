using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Tests.TestSupport;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

// Database errors on real aggregates become typed exceptions, and the failed save leaves the database unchanged.
public abstract class AggregateErrorTranslationTests : IDisposable
{
    protected TestProvider Provider { get; }

    private static readonly CountyCode Durres = CountyCode.From("AL-02");
    private readonly TestDatabase _database;
    private readonly DurresScenario _scenario;

    protected AggregateErrorTranslationTests(TestProvider provider)
    {
        Provider = provider;
        (_database, _scenario) = DurresDatabase.Create(Provider);
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public void AnActivityWithTheIdOfAnExistingOne_IsAUniqueConstraintViolation_AndTheStoredOneIsKept()
    {
        var existing = _scenario.Activities[0];
        using (var context = _database.KratContext())
        {
            context.Add(Activity.Plan(new ActivityPlan
            {
                Id = existing.Id,
                CommitteeId = DemoIds.KratDurres,
                County = Durres,
                Kind = ActivityKind.Other,
                Title = "Një aktivitet tjetër",
                PlannedDays = Activity.Days(new LocalDate(2023, 12, 1)),
                Municipalities = [Albania.Municipality("Durrës")],
                LeadOrganisationId = DemoIds.Prefecture,
                TargetGroups = [TargetGroup.GeneralPublic],
            }));

            var error = Assert.Throws<UniqueConstraintViolationException>(() => context.SaveChanges());

            Assert.Equal("Activity", error.EntityName);
            Assert.Empty(context.ChangeTracker.Entries());
        }

        using var reading = _database.KratContext();
        Assert.Equal(existing.Title, reading.Set<Activity>().Single(a => a.Id == existing.Id).Title);
        Assert.Equal(_scenario.Activities.Count, reading.Set<Activity>().Count());
    }

    [SkippableFact]
    public void ASecondCommitteeForTheSameCounty_IsAUniqueConstraintViolation_AndTheFirstStaysAlone()
    {
        using (var context = _database.KratContext())
        {
            context.Add(Committee.Establish(Durres, "KRAT Durrës (dyfish)"));

            var error = Assert.Throws<UniqueConstraintViolationException>(() => context.SaveChanges());

            Assert.Equal("Committee", error.EntityName);
        }

        using var reading = _database.KratContext();
        Assert.Equal(DemoIds.KratDurres, reading.Set<Committee>().Single(c => c.County == Durres).Id);
    }

    [SkippableFact]
    public void AnActivityOfACommitteeThatDoesNotExist_IsAForeignKeyViolation_AndNothingOfTheSaveIsStored()
    {
        var nowhere = CommitteeId.New();
        var campaign = Campaign.Launch(DemoIds.KratDurres, "Fushatë e re", new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31)));
        var activity = Activity.Plan(new ActivityPlan
        {
            CommitteeId = nowhere,
            County = Durres,
            Kind = ActivityKind.Other,
            Title = "Aktivitet pa komitet",
            PlannedDays = Activity.Days(new LocalDate(2024, 1, 10)),
            Municipalities = [Albania.Municipality("Durrës")],
            LeadOrganisationId = DemoIds.Prefecture,
            TargetGroups = [TargetGroup.GeneralPublic],
        });
        using (var context = _database.KratContext())
        {
            context.AddRange(campaign, activity);

            Assert.Throws<ForeignKeyViolationException>(() => context.SaveChanges());
        }

        using var reading = _database.KratContext();
        Assert.False(reading.Set<Activity>().Any(a => a.Id == activity.Id));
        Assert.False(reading.Set<Campaign>().Any(c => c.Id == campaign.Id));
    }

    [SkippableFact]
    public void ASeatForAnOrganisationThatDoesNotExist_IsAForeignKeyViolation_AndTheCommitteeKeepsItsVersion()
    {
        using (var context = _database.KratContext())
        {
            var committee = context.Set<Committee>().Single();
            committee.GrantSeat(OrganisationId.New(), CommitteeBody.TechnicalTable, SeatRole.Observer, false, Term.From(new LocalDate(2024, 1, 1)));

            Assert.Throws<ForeignKeyViolationException>(() => context.SaveChanges());
            Assert.Equal(0, committee.Version);
        }

        using var reading = _database.KratContext();
        var stored = reading.Set<Committee>().Single();
        Assert.Equal((_scenario.KratDurres.Seats.Count, 0), (stored.Seats.Count, stored.Version));
    }

    [SkippableFact]
    public void DeletingACommitteeThatHasMeetings_IsAForeignKeyViolation_AndEverythingStays()
    {
        using (var context = _database.KratContext())
        {
            context.Remove(context.Set<Committee>().Single());

            Assert.Throws<ForeignKeyViolationException>(() => context.SaveChanges());
        }

        using var reading = _database.KratContext();
        Assert.Equal(_scenario.KratDurres.Seats.Count, reading.Set<Committee>().Single().Seats.Count);
        Assert.Equal(_scenario.Meetings.Count, reading.Set<Domain.Meetings.Meeting>().Count());
    }

    public sealed class Sqlite() : AggregateErrorTranslationTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : AggregateErrorTranslationTests(TestProvider.PostgreSql);
}
