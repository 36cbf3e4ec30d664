using Krat.Demo.Durres;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Tests.Repositories;

// IRepository<T>'s adds, updates and deletes only stage; SaveChangesAsync writes everything staged in the unit of
// work in one transaction, and checks the version a change was staged with.
public abstract class StagedChangesTests : IDisposable
{
    private readonly TestDatabase _database;
    private readonly DurresScenario _scenario;

    protected StagedChangesTests(TestProvider provider)
    {
        (_database, _scenario) = DurresDatabase.Create(provider);
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task StagedAdds_AreNotVisibleToAnotherContext_UntilSaveChangesAsync()
    {
        await using var writing = _database.KratContext();
        var organisations = new EfRepository<Organisation>(writing, SpecificationEvaluator.Default);
        var people = new EfRepository<Person>(writing, SpecificationEvaluator.Default);
        var organisation = Organisation.Register("Qendra e Rezistencës Korçë", OrganisationKind.Ngo, OrganisationLevel.Central);
        var person = Person.Register("Mira", "Dervishi");

        var staged = await organisations.AddAsync(organisation);
        await people.AddRangeAsync([person]);
        var beforeSave = await StoredAsync(organisation.Id, person.Id);
        var written = await people.SaveChangesAsync();
        var afterSave = await StoredAsync(organisation.Id, person.Id);

        Assert.Same(organisation, staged);
        Assert.Equal((false, false), beforeSave);
        Assert.Equal(2, written);
        Assert.Equal((true, true), afterSave);
    }

    [SkippableFact]
    public async Task StagedUpdatesAndDeletes_WriteNothing_UntilSaveChangesAsync()
    {
        var renamed = _scenario.Organisations.First(o => o.Id == DemoIds.Prefecture);
        var removed = Person.Register("Lejla", "Hoxha");
        await using (var seeding = _database.KratContext())
        {
            seeding.Add(removed);
            await seeding.SaveChangesAsync();
        }

        await using var writing = _database.KratContext();
        var organisations = new EfRepository<Organisation>(writing, SpecificationEvaluator.Default);
        var people = new EfRepository<Person>(writing, SpecificationEvaluator.Default);
        var organisation = (await organisations.GetByIdAsync(renamed.Id))!;
        organisation.Rename("Prefektura e Qarkut Durrës (emër i ri)", organisation.EnglishName, organisation.Acronym);

        var updated = await organisations.UpdateAsync(organisation, organisation.Version);
        var deleted = await people.DeleteAsync((await people.GetByIdAsync(removed.Id))!);
        var nameBefore = await NameAsync(renamed.Id);
        var personBefore = await StoredAsync(organisation.Id, removed.Id);
        await organisations.SaveChangesAsync();

        Assert.Equal((0, 0), (updated, deleted));
        Assert.Equal(renamed.Name, nameBefore);
        Assert.True(personBefore.Person);
        Assert.Equal("Prefektura e Qarkut Durrës (emër i ri)", await NameAsync(renamed.Id));
        Assert.False((await StoredAsync(organisation.Id, removed.Id)).Person);
    }

    [SkippableFact]
    public async Task OneFailingSave_LeavesNothingOfWhatWasStaged()
    {
        var existing = _scenario.People.First().Id;
        await using var writing = _database.KratContext();
        var organisations = new EfRepository<Organisation>(writing, SpecificationEvaluator.Default);
        var people = new EfRepository<Person>(writing, SpecificationEvaluator.Default);
        var organisation = Organisation.Register("Shoqata e Re e Korçës", OrganisationKind.Ngo, OrganisationLevel.Central);
        var person = Person.Register("Arben", "Koçi");
        var clash = Person.Register("Emër", "I dyfishtë", id: existing);

        await organisations.AddAsync(organisation);
        await people.AddRangeAsync([person, clash]);
        var error = await Assert.ThrowsAnyAsync<KratPersistenceException>(() => organisations.SaveChangesAsync());

        Assert.IsType<UniqueConstraintViolationException>(error);
        Assert.Equal((false, false), await StoredAsync(organisation.Id, person.Id));
        await using var reading = _database.KratContext();
        Assert.Equal(_scenario.People.Count, await reading.Set<Person>().CountAsync());
        Assert.Equal(_scenario.Organisations.Count, await reading.Set<Organisation>().CountAsync());
    }

    [SkippableFact]
    public async Task UpdateAsyncWithAVersion_IsCheckedAtSave_AgainstWhatWasSavedMeanwhile()
    {
        await using var posting = _database.KratContext(new TestUser("besnik.leka"));
        var repository = new EfRepository<Organisation>(posting, SpecificationEvaluator.Default);
        var organisation = (await repository.GetByIdAsync(DemoIds.Prefecture))!;
        var loadedVersion = organisation.Version;
        organisation.Rename(organisation.Name, "Prefecture of Durrës County (posted)", organisation.Acronym);
        await repository.UpdateAsync(organisation, loadedVersion);

        // Someone else saves between staging and the commit.
        await using (var other = _database.KratContext(new TestUser("ana.hoxha")))
        {
            var theirs = (await new EfRepository<Organisation>(other, SpecificationEvaluator.Default).GetByIdAsync(DemoIds.Prefecture))!;
            theirs.Rename(theirs.Name, "Prefecture of Durrës (theirs)", theirs.Acronym);
            await other.SaveChangesAsync();
        }

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveChangesAsync());

        Assert.Equal("ana.hoxha", conflict.ChangedBy);
        await using var reading = _database.KratContext();
        Assert.Equal("Prefecture of Durrës (theirs)", (await reading.Set<Organisation>().SingleAsync(o => o.Id == DemoIds.Prefecture)).EnglishName);
    }

    private async Task<(bool Organisation, bool Person)> StoredAsync(OrganisationId organisation, PersonId person)
    {
        await using var reading = _database.KratContext();
        return (await reading.Set<Organisation>().AnyAsync(o => o.Id == organisation), await reading.Set<Person>().AnyAsync(p => p.Id == person));
    }

    private async Task<string> NameAsync(OrganisationId organisation)
    {
        await using var reading = _database.KratContext();
        return await reading.Set<Organisation>().Where(o => o.Id == organisation).Select(o => o.Name).SingleAsync();
    }

    public sealed class Sqlite() : StagedChangesTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : StagedChangesTests(TestProvider.PostgreSql);
}
