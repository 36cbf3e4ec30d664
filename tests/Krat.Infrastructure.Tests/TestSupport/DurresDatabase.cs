using Krat.Demo.Durres;

namespace Krat.Infrastructure.Tests.TestSupport;

/// <summary>Stores the Durrës reference scenario, one aggregate kind per save, in the order a seeder uses.</summary>
public static class DurresDatabase
{
    /// <summary>A migrated database holding the whole Durrës scenario.</summary>
    public static (TestDatabase Database, DurresScenario Scenario) Create(TestProvider provider = TestProvider.Sqlite)
    {
        var database = TestDatabase.Migrated(provider);
        var scenario = DurresScenario.Build();
        using var context = database.KratContext();
        Save(context, scenario);
        return (database, scenario);
    }

    /// <summary>Saves every aggregate of the scenario: organisations, people, committee, meetings, plan, campaign,
    /// activities, partnership, provider, initiative, statistics — in that order.</summary>
    public static void Save(KratDbContext context, DurresScenario scenario)
    {
        Save(context, scenario.Organisations);
        Save(context, scenario.People);
        Save(context, [scenario.KratDurres]);
        Save(context, scenario.Meetings);
        Save(context, [scenario.ActionPlan2023]);
        Save(context, [scenario.October2023]);
        Save(context, scenario.Activities);
        Save(context, [scenario.ResilienceCentrePartnership]);
        Save(context, [scenario.ResilienceCentreProvider]);
        Save(context, [scenario.PupilsProject]);
        Save(context, [scenario.VictimStatistics2023]);
    }

    private static void Save(KratDbContext context, IEnumerable<object> aggregates)
    {
        context.AddRange(aggregates);
        context.SaveChanges();
    }
}
