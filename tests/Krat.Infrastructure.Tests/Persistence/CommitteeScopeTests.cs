using Ardalis.Specification;
using Krat.Domain.Committees;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

public abstract class CommitteeScopeTests : IDisposable
{
    protected TestProvider Provider { get; }

    private static readonly CommitteeId Durres = new(Guid.Parse("00000000-0000-0000-0000-000000000200"));
    private static readonly CommitteeId Korce = new(Guid.Parse("00000000-0000-0000-0000-000000000201"));
    private readonly TestDatabase _database;
    private readonly Note _durresNote = new(NoteId.New(), Durres, 1, "Durrës", new LocalDate(2023, 10, 31), Instant.FromUtc(2023, 10, 31, 8, 0));
    private readonly Note _korceNote = new(NoteId.New(), Korce, 1, "Korçë", new LocalDate(2023, 10, 30), Instant.FromUtc(2023, 10, 30, 8, 0));

    protected CommitteeScopeTests(TestProvider provider)
    {
        Provider = provider;
        _database = TestDatabase.WithTestModel(Provider);
        using var context = _database.Context();
        context.AddRange(_durresNote, _korceNote);
        context.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task ScopedContext_NeverReturnsAnotherCommitteesRows()
    {
        await using var context = _database.Context(scope: CommitteeScope.For(Korce));
        var repository = new EfRepository<Note>(context, SpecificationEvaluator.Default);

        var all = await repository.ListAsync();
        var count = await repository.CountAsync(new AllNotesSpec());
        var byId = await repository.GetByIdAsync(_durresNote.Id);

        Assert.Equal([_korceNote.Id], all.Select(n => n.Id));
        Assert.Equal(1, count);
        Assert.Null(byId);
    }

    [SkippableFact]
    public async Task UnscopedContext_SeesEveryCommittee()
    {
        await using var context = _database.Context(scope: CommitteeScope.Unscoped);

        Assert.Equal(2, await context.Set<Note>().CountAsync());
    }

    [SkippableFact]
    public async Task SpecificationThatIgnoresQueryFilters_SeesEveryCommittee_ForNationalRollUps()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.RowLevelSecurity);
        await using var context = _database.Context(scope: CommitteeScope.For(Durres));
        var repository = new EfRepository<Note>(context, SpecificationEvaluator.Default);

        Assert.Equal(1, await repository.CountAsync(new AllNotesSpec()));
        Assert.Equal(2, await repository.CountAsync(new AllNotesSpec(national: true)));
    }

    [SkippableFact]
    public async Task TheScope_IsReadPerContext_WithOneCachedModel()
    {
        await using var durres = _database.Context(scope: CommitteeScope.For(Durres));
        await using var korce = _database.Context(scope: CommitteeScope.For(Korce));

        Assert.Equal("Durrës", (await durres.Set<Note>().SingleAsync()).Title);
        Assert.Equal("Korçë", (await korce.Set<Note>().SingleAsync()).Title);
        Assert.Same(durres.Model, korce.Model);
    }

    private sealed class AllNotesSpec : Specification<Note>
    {
        public AllNotesSpec(bool national = false) => Query.IgnoreQueryFilters(national);
    }

    public sealed class Sqlite() : CommitteeScopeTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : CommitteeScopeTests(TestProvider.PostgreSql);
}
