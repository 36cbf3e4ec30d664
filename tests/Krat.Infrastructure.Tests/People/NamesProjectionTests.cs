using Krat.Demo.Durres;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;

namespace Krat.Infrastructure.Tests.People;

// The names specifications read, in the database, what pages show without loading whole aggregates: a person's
// English position title (PersonNamesSpec) and an organisation's county (OrganisationNamesSpec), and a changed
// English title is stored.
public abstract class NamesProjectionTests : IDisposable
{
    private readonly TestDatabase _database;
    private readonly DurresScenario _scenario;

    protected NamesProjectionTests(TestProvider provider) => (_database, _scenario) = DurresDatabase.Create(provider);

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task PersonNames_CarryTheEnglishPositionTitle_AsStoredAndAsChanged()
    {
        await using (var context = _database.KratContext())
        {
            var people = new EfRepository<Person>(context, SpecificationEvaluator.Default);
            var egro = (await people.GetByIdAsync(DemoIds.FabiolaEgro))!;
            egro.Describe(egro.Honorific, egro.PositionTitle, "Director of the Network");
            await people.UpdateAsync(egro, egro.Version);
            await people.SaveChangesAsync();
        }

        await using var reading = _database.KratContext();
        var names = await new EfReadRepository<Person>(reading, SpecificationEvaluator.Default)
            .ListAsync(new PersonNamesSpec([DemoIds.EmiljanJani, DemoIds.FabiolaEgro]));

        var jani = names.Single(n => n.Id == DemoIds.EmiljanJani);
        Assert.Equal(_scenario.Person(DemoIds.EmiljanJani).EnglishPositionTitle, jani.EnglishPositionTitle);
        Assert.Equal("Prefect of Durrës County", jani.DisplayPositionTitle(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Equal("Director of the Network", names.Single(n => n.Id == DemoIds.FabiolaEgro).EnglishPositionTitle);
    }

    [SkippableFact]
    public async Task OrganisationNames_CarryTheCounty()
    {
        await using var context = _database.KratContext();
        var names = await new EfReadRepository<Organisation>(context, SpecificationEvaluator.Default).ListAsync(new OrganisationNamesSpec());

        Assert.Equal(_scenario.Organisations.Count, names.Count);
        Assert.All(names, n => Assert.Equal(_scenario.Organisations.Single(o => o.Id == n.Id).County, n.County));
        Assert.Contains(names, n => n.County is null);
        Assert.Contains(names, n => n.County is not null);
    }

    public sealed class Sqlite() : NamesProjectionTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : NamesProjectionTests(TestProvider.PostgreSql);
}
