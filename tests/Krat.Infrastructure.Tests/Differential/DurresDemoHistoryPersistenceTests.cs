using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Demo.Durres;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;

namespace Krat.Infrastructure.Tests.Differential;

// The demo site stores the Durrës scenario and then the generated extra year on top of it: every aggregate must
// save (no identity, unique or foreign-key clash) and the specifications must see both together.
public abstract class DurresDemoHistoryPersistenceTests(TestProvider provider)
{
    protected TestProvider Provider => provider;

    [SkippableFact]
    public async Task ExtraHistory_SavesOnTopOfTheScenario_AndSpecsSeeBoth()
    {
        var (database, scenario) = DurresDatabase.Create(provider);
        using (database)
        {
            var history = DurresDemoHistory.Build(scenario, otherCounties: true);
            var activities = history.Activities().ToList();
            using (var context = database.KratContext())
            {
                foreach (var aggregate in history.InSaveOrder().Where(a => a is not Activity))
                {
                    context.Add(aggregate);
                }

                context.AddRange(activities);
                await context.SaveChangesAsync();
            }

            await using var reader = database.KratContext();
            var repository = new EfRepository<Activity>(reader, SpecificationEvaluator.Default);
            var durres = await repository.CountAsync(new ActivitiesFilterCountSpec(new ActivitiesFilter { CommitteeId = DemoIds.KratDurres }));
            var october = await repository.CountAsync(new ActivitiesFilterCountSpec(new ActivitiesFilter { CampaignId = DemoIds.October2023 }));

            Assert.Equal(scenario.Activities.Count + DurresDemoHistory.DefaultActivities, durres);
            Assert.Equal(
                scenario.Activities.Count(a => a.CampaignId == DemoIds.October2023) + activities.Count(a => a.CampaignId == DemoIds.October2023),
                october);
            Assert.Equal(12L, (long)database.Scalar("SELECT COUNT(*) FROM Committees")!);
        }
    }

    public sealed class Sqlite() : DurresDemoHistoryPersistenceTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : DurresDemoHistoryPersistenceTests(TestProvider.PostgreSql);
}
