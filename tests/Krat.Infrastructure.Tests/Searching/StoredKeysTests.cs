using Ardalis.Specification;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Campaigns.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.Partnerships;
using Krat.Domain.Partnerships.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Searching;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Tests.Searching;

// The search and sort keys are the domain's (PersonKeys, OrganisationKeys, …) and no aggregate carries them: the
// infrastructure stores them in shadow columns on save and reads those columns in SQL. Every test runs on SQLite
// and PostgreSQL, on the Korçë data (names full of ë and ç).
public abstract class StoredKeysTests : IDisposable
{
    private readonly TestDatabase _database;
    private readonly KorceData _data = KorceData.Build();

    protected StoredKeysTests(TestProvider provider)
    {
        _database = TestDatabase.Migrated(provider);
        using var context = _database.KratContext();
        _data.Save(context);
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public void EveryStoredKey_IsAShadowColumnOfItsAggregate()
    {
        using var context = _database.KratContext();

        Assert.All(StoredKeys.Every, key =>
        {
            var property = context.Model.FindEntityType(key.Entity)?.FindProperty(key.Column);
            Assert.NotNull(property);
            Assert.True(property.IsShadowProperty(), $"{key.Entity.Name}.{key.Column} is a property of the aggregate.");
            Assert.Equal(key.Value, property.ClrType);
            Assert.Null(key.Entity.GetProperty(key.Column));
        });
    }

    [SkippableFact]
    public async Task Save_StoresEveryKey_AsTheDomainComputesIt()
    {
        await using var context = _database.KratContext();
        var checkedKeys = new HashSet<StoredKey>();
        foreach (var aggregate in _data.InSavingOrder.SelectMany(kind => kind))
        {
            var keys = StoredKeys.Of(aggregate.GetType());
            if (keys.Count == 0)
            {
                continue;
            }

            var loaded = await context.FindAsync(aggregate.GetType(), [aggregate.GetType().GetProperty("Id")!.GetValue(aggregate)]);
            Assert.NotNull(loaded);
            foreach (var key in keys)
            {
                Assert.Equal(key.Compute(aggregate), context.Entry(loaded).Property(key.Column).CurrentValue);
                checkedKeys.Add(key);
            }
        }

        Assert.Equal(StoredKeys.Every.Count, checkedKeys.Count);
        Assert.Equal("bashkia korce", _database.Scalar($"SELECT SortKey FROM Organisations WHERE Id = '{Id(KorceData.Municipality.Value)}'"));
        Assert.Equal("xhaferri engjelli clirim", _database.Scalar($"SELECT SortKey FROM People WHERE Id = '{Id(KorceData.Prefect.Value)}'"));
    }

    public static TheoryData<string> Korce() => ["korce", "Korçë", "KORÇË", "  korçe "];

    [SkippableTheory]
    [MemberData(nameof(Korce))]
    public async Task Search_FindsKorce_WithOrWithoutDiacritics_InSqlAndInMemory(string text)
    {
        await using var context = _database.KratContext();

        var organisations = await Both(context, new OrganisationsMatchingSpec(text), _data.Organisations);
        Assert.Equal(["Bashkia Korçë", "Prefektura e Qarkut Korçë"], organisations.Select(o => o.Name));

        var people = await Both(context, new PeopleMatchingSpec(text), _data.People);
        Assert.Equal([KorceData.Prefect], people.Select(p => p.Id));

        var activities = await Both(context, new ActivitiesFilterSpec(new ActivitiesFilter { Text = text }), _data.Activities);
        Assert.Equal(2, activities.Count);
        Assert.All(activities, a => Assert.Contains(Albania.Municipality("Korçë"), a.Municipalities));

        var campaigns = await Both(context, new CampaignsOfCommitteeSpec(KorceData.CommitteeId, text: text), [_data.Campaign]);
        Assert.Equal([KorceData.CampaignId], campaigns.Select(c => c.Id));
    }

    [SkippableFact]
    public async Task SearchAndOrder_RunInSql_OnTheStoredColumns()
    {
        await using var context = _database.KratContext();

        var organisations = SpecificationEvaluator.Default.GetQuery(context.Set<Organisation>(), new OrganisationsMatchingSpec("Korçë")).ToQueryString();
        var people = SpecificationEvaluator.Default.GetQuery(context.Set<Person>(), new PeopleMatchingSpec("Korçë")).ToQueryString();
        var partnerships = SpecificationEvaluator.Default.GetQuery(context.Set<Partnership>(), new PartnershipsOfOrganisationSpec(KorceData.Municipality)).ToQueryString();

        Assert.Contains("\"SearchText\"", organisations, StringComparison.Ordinal);
        Assert.Contains("\"SortKey\"", organisations, StringComparison.Ordinal);
        Assert.Contains("korce", organisations, StringComparison.Ordinal);
        Assert.Contains("\"SearchText\"", people, StringComparison.Ordinal);
        Assert.Contains("\"SortKey\"", people, StringComparison.Ordinal);
        Assert.Contains("\"ParticipantIds\"", partnerships, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Rename_RefreshesTheStoredKeys_SoSearchAndOrderFollowTheNewName()
    {
        await using (var context = _database.KratContext())
        {
            var municipality = await context.Set<Organisation>().SingleAsync(o => o.Id == KorceData.Municipality);
            municipality.Rename("Bashkia Pogradec");
            var deputy = await context.Set<Person>().SingleAsync(p => p.Id == KorceData.Deputy);
            deputy.Rename("Ëngjëllushe", "Zhupa");
            await context.SaveChangesAsync();
        }

        await using var reading = _database.KratContext();
        var repository = new EfReadRepository<Organisation>(reading, SpecificationEvaluator.Default);
        Assert.Equal("bashkia pogradec", _database.Scalar($"SELECT SortKey FROM Organisations WHERE Id = '{Id(KorceData.Municipality.Value)}'"));
        Assert.Equal([KorceData.Prefecture], (await repository.ListAsync(new OrganisationsMatchingSpec("korce"))).Select(o => o.Id));
        Assert.Equal([KorceData.Municipality], (await repository.ListAsync(new OrganisationsMatchingSpec("pogradec"))).Select(o => o.Id));

        // The deputy, recorded by full name, sorted as "engjellushe dardha", before "xhaferri engjelli clirim";
        // renamed by given and family name she sorts as "zhupa engjellushe", after him.
        var people = new EfReadRepository<Person>(reading, SpecificationEvaluator.Default);
        Assert.Equal([KorceData.Prefect, KorceData.Deputy], (await people.ListAsync(new PersonNamesSpec())).Select(p => p.Id));
    }

    [SkippableFact]
    public async Task AddingAParticipant_RefreshesTheStoredParticipants_ThoughOnlyAPartOfThePartnershipChanged()
    {
        var school = Organisation.Register("Shkolla \"Naim Frashëri\" Korçë", OrganisationKind.School, OrganisationLevel.Local, KorceData.County);
        var partnership = Partnership.Form(
            "Shkolla të sigurta", "Seanca në shkollat e Korçës.", Term.From(new NodaTime.LocalDate(2024, 1, 1)),
            [new Participant(KorceData.Prefecture, ParticipantRole.Funding), new Participant(KorceData.Municipality, ParticipantRole.Implementing)]);
        await using (var context = _database.KratContext())
        {
            context.AddRange(school, partnership);
            await context.SaveChangesAsync();
        }

        await using (var context = _database.KratContext())
        {
            var loaded = await context.Set<Partnership>().SingleAsync(p => p.Id == partnership.Id);
            loaded.AddParticipant(new Participant(school.Id, ParticipantRole.Partner));
            await context.SaveChangesAsync();
        }

        await using var reading = _database.KratContext();
        var found = await new EfReadRepository<Partnership>(reading, SpecificationEvaluator.Default).ListAsync(new PartnershipsOfOrganisationSpec(school.Id));
        Assert.Equal([partnership.Id], found.Select(p => p.Id));
    }

    private static async Task<List<T>> Both<T>(KratDbContext context, ISpecification<T> specification, IEnumerable<T> data)
        where T : class, IAggregateRoot
    {
        var inSql = await new EfReadRepository<T>(context, SpecificationEvaluator.Default).ListAsync(specification);
        var inMemory = specification.Evaluate(data).ToList();
        Assert.Equal(inMemory.Select(IdOf), inSql.Select(IdOf));
        return inSql;
    }

    private static object? IdOf(object aggregate) => aggregate.GetType().GetProperty("Id")!.GetValue(aggregate);

    private static string Id(Guid id) => id.ToString().ToUpperInvariant();

    public sealed class Sqlite() : StoredKeysTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : StoredKeysTests(TestProvider.PostgreSql);
}
