using Krat.Demo.Durres;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Tests.Organisations;

public abstract class DurresOrganisationsPersistenceTests(TestProvider provider)
{
    protected TestProvider Provider => provider;

    [SkippableFact]
    public async Task EveryOrganisationOfTheDurresScenario_RoundTrips()
    {
        using var database = TestDatabase.Migrated(provider);
        var scenario = DurresScenario.Build();
        await using (var context = database.KratContext())
        {
            context.AddRange(scenario.Organisations);
            await context.SaveChangesAsync();
        }

        await using var reading = database.KratContext();
        var stored = await reading.Set<Organisation>().AsNoTracking().ToListAsync();
        var keys = await reading.Set<Organisation>()
            .Select(o => new { o.Id, SearchText = EF.Property<string>(o, "SearchText"), SortKey = EF.Property<string>(o, "SortKey") })
            .ToDictionaryAsync(o => o.Id);

        Assert.Equal(scenario.Organisations.Count, stored.Count);
        foreach (var expected in scenario.Organisations)
        {
            var actual = Assert.Single(stored, o => o.Id == expected.Id);
            Assert.Equal(
                (expected.Name, expected.EnglishName, expected.Acronym, expected.Kind, expected.Level, expected.County, OrganisationKeys.Search(expected), OrganisationKeys.Sort(expected)),
                (actual.Name, actual.EnglishName, actual.Acronym, actual.Kind, actual.Level, actual.County, keys[actual.Id].SearchText, keys[actual.Id].SortKey));
            Assert.Equal(expected.Identifiers, actual.Identifiers);
        }
    }

    public sealed class Sqlite() : DurresOrganisationsPersistenceTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : DurresOrganisationsPersistenceTests(TestProvider.PostgreSql);
}
