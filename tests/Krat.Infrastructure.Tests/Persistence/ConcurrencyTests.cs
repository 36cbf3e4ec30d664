using Krat.Demo.Durres;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

public abstract class ConcurrencyTests : IDisposable
{
    protected TestProvider Provider { get; }

    private readonly TestDatabase _database;

    protected ConcurrencyTests(TestProvider provider)
    {
        Provider = provider;
        _database = TestDatabase.Migrated(Provider);
        using var context = _database.KratContext(new TestUser("creator"));
        context.Add(Organisation.Register("Bashkia Durrës", OrganisationKind.LocalGovernment, OrganisationLevel.Local, CountyCode.From("AL-02"), id: DemoIds.MunicipalityDurres));
        context.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task SecondSave_OfTheSameVersion_ThrowsConflict_NamingWhoAndWhen_AndTheFirstChangeStands()
    {
        await using var first = _database.KratContext(new TestUser("ana.hoxha"));
        await using var second = _database.KratContext(new TestUser("besnik.leka"));
        var mine = await first.Set<Organisation>().SingleAsync();
        var theirs = await second.Set<Organisation>().SingleAsync();

        _database.Clock.Advance(Duration.FromMinutes(5));
        var firstChangeAt = _database.Clock.GetCurrentInstant();
        mine.Rename("Bashkia Durrës", "Durrës Municipality");
        await first.SaveChangesAsync();

        theirs.Rename("Bashkia e Durrësit", "Municipality of Durrës");
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());

        Assert.Equal("Organisation", conflict.EntityName);
        Assert.Equal(DemoIds.MunicipalityDurres.ToString(), conflict.EntityKey);
        Assert.Equal("ana.hoxha", conflict.ChangedBy);
        Assert.Equal(firstChangeAt, conflict.ChangedAt);
        Assert.Equal(1, conflict.StoredVersion);
        Assert.False(conflict.WasDeleted);
        Assert.Contains("was changed by 'ana.hoxha' at 2026-11-29T09:35:00Z", conflict.Message);
        Assert.IsType<DbUpdateConcurrencyException>(conflict.InnerException);
        Assert.Equal(0, theirs.Version);

        await using var reading = _database.KratContext();
        var stored = await reading.Set<Organisation>().SingleAsync();
        Assert.Equal("Durrës Municipality", stored.EnglishName);
        Assert.Equal(1, stored.Version);
    }

    [SkippableFact]
    public async Task AfterAConflict_TheContextReloadsAndSaves()
    {
        await using var first = _database.KratContext(new TestUser("ana.hoxha"));
        await using var second = _database.KratContext(new TestUser("besnik.leka"));
        var mine = await first.Set<Organisation>().SingleAsync();
        var theirs = await second.Set<Organisation>().SingleAsync();
        mine.Rename("Bashkia Durrës", "Durrës Municipality");
        await first.SaveChangesAsync();
        theirs.Rename("Bashkia Durrës", acronym: "BD");
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());

        var reloaded = await second.Set<Organisation>().SingleAsync();
        reloaded.Rename(reloaded.Name, reloaded.EnglishName, "BD");
        await second.SaveChangesAsync();

        await using var reading = _database.KratContext();
        var stored = await reading.Set<Organisation>().SingleAsync();
        Assert.Equal(("Durrës Municipality", "BD", 2), (stored.EnglishName, stored.Acronym, stored.Version));
    }

    [SkippableFact]
    public async Task UpdateAsync_WithTheVersionTheUserLoaded_RejectsAStaleForm_AcrossRequests()
    {
        // Request 1 (GET): the page shows version 0 in a hidden field.
        int loadedVersion;
        await using (var get = _database.KratContext())
        {
            loadedVersion = (await get.Set<Organisation>().SingleAsync()).Version;
        }

        // Meanwhile someone else saves.
        await using (var other = _database.KratContext(new TestUser("ana.hoxha")))
        {
            (await other.Set<Organisation>().SingleAsync()).Rename("Bashkia Durrës", "Durrës Municipality");
            await other.SaveChangesAsync();
        }

        // Request 2 (POST): load again, apply the verb, save against the posted version.
        await using var post = _database.KratContext(new TestUser("besnik.leka"));
        var repository = new EfRepository<Organisation>(post, SpecificationEvaluator.Default);
        var organisation = await repository.GetByIdAsync(DemoIds.MunicipalityDurres);
        organisation!.Rename("Bashkia Durrës", "Municipality of Durres");
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(async () =>
        {
            await repository.UpdateAsync(organisation, loadedVersion);
            await repository.SaveChangesAsync();
        });

        Assert.Equal("ana.hoxha", conflict.ChangedBy);
        await using var reading = _database.KratContext();
        Assert.Equal("Durrës Municipality", (await reading.Set<Organisation>().SingleAsync()).EnglishName);
    }

    [SkippableFact]
    public async Task UpdateAsync_WithTheCurrentVersion_Saves()
    {
        await using var post = _database.KratContext();
        var repository = new EfRepository<Organisation>(post, SpecificationEvaluator.Default);
        var organisation = await repository.GetByIdAsync(DemoIds.MunicipalityDurres.Value);

        organisation!.Rename("Bashkia Durrës", "Durrës Municipality");
        await repository.UpdateAsync(organisation, loadedVersion: 0);
        await repository.SaveChangesAsync();

        Assert.Equal(1, organisation.Version);
    }

    [SkippableFact]
    public async Task SavingAnAggregateDeletedBySomeoneElse_ThrowsConflict_ThatSaysSo()
    {
        await using var first = _database.KratContext();
        await using var second = _database.KratContext();
        var doomed = await first.Set<Organisation>().SingleAsync();
        var edited = await second.Set<Organisation>().SingleAsync();
        first.Remove(doomed);
        await first.SaveChangesAsync();

        edited.Rename("Bashkia Durrës", "Durrës Municipality");
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());

        Assert.True(conflict.WasDeleted);
        Assert.Contains("was deleted by someone else", conflict.Message);
    }

    public sealed class Sqlite() : ConcurrencyTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : ConcurrencyTests(TestProvider.PostgreSql);
}
