using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace Krat.Infrastructure.Tests.Organisations;

// The pattern every specification's differential test follows: the same generated data evaluated in memory
// (spec.Evaluate) and in SQLite (repository) gives the same rows in the same order.
public abstract class OrganisationsMatchingSpecTests : IDisposable
{
    protected TestProvider Provider { get; }

    private readonly TestDatabase _database;
    private readonly List<Organisation> _organisations = OrganisationFaker.Generate(300);

    protected OrganisationsMatchingSpecTests(TestProvider provider)
    {
        Provider = provider;
        _database = TestDatabase.Migrated(Provider);
        using var context = _database.KratContext();
        context.AddRange(_organisations);
        context.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    public static TheoryData<string?, OrganisationKind?, string?> Questions() => new()
    {
        { null, null, null },
        { "drejtoria", null, null },
        { "Durrësit", null, null },
        { "DURRESIT", null, "AL-02" },
        { "ndërgjegjësim", OrganisationKind.Ngo, null },
        { "kesilli", null, null },
        { "  çështjeve   sociale ", null, null },
        { null, OrganisationKind.School, "AL-06" },
        { null, null, "AL-11" },
        { "drsh", null, null },
        { "organisation 1", null, null },
        { "nothing like this", null, null },
    };

    [SkippableTheory]
    [MemberData(nameof(Questions))]
    public async Task InMemoryAndSqlite_ReturnTheSameRows_InTheSameOrder(string? text, OrganisationKind? kind, string? county)
    {
        var spec = new OrganisationsMatchingSpec(text, kind, county is null ? null : CountyCode.From(county));
        await using var context = _database.KratContext();
        var repository = new EfRepository<Organisation>(context, SpecificationEvaluator.Default);

        var inMemory = spec.Evaluate(_organisations).Select(o => o.Id).ToList();
        var inSql = (await repository.ListAsync(spec)).Select(o => o.Id).ToList();

        Assert.Equal(inMemory, inSql);
        Assert.Equal(inMemory.Count, await repository.CountAsync(spec));
    }

    [SkippableFact]
    public void GeneratedData_HasDuplicateNames_SoTheTieBreakIsExercised()
    {
        Assert.Contains(_organisations.GroupBy(OrganisationKeys.Sort), g => g.Count() > 1);
    }

    [SkippableFact]
    public void Sql_WithoutCriteria_Snapshot()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        using var context = _database.KratContext();

        Snapshot.Match(SpecificationEvaluator.Default.GetQuery(context.Set<Organisation>(), new OrganisationsMatchingSpec()).ToQueryString());
    }

    [SkippableFact]
    public void Sql_WithEveryCriterion_Snapshot()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        using var context = _database.KratContext();
        var spec = new OrganisationsMatchingSpec("Ndërgjegjësim", OrganisationKind.Ngo, CountyCode.From("AL-02"));

        Snapshot.Match(SpecificationEvaluator.Default.GetQuery(context.Set<Organisation>(), spec).ToQueryString());
    }

    public sealed class Sqlite() : OrganisationsMatchingSpecTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : OrganisationsMatchingSpecTests(TestProvider.PostgreSql);
}
