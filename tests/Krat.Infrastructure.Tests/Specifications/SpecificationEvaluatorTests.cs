using Ardalis.Specification;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.Reports;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Specifications;

public abstract class SpecificationEvaluatorTests : IDisposable
{
    protected TestProvider Provider { get; }

    private static readonly CommitteeId Durres = new(Guid.Parse("00000000-0000-0000-0000-000000000200"));
    private static readonly CommitteeId Korce = new(Guid.Parse("00000000-0000-0000-0000-000000000201"));
    private readonly TestDatabase _database;
    private readonly TestKratDbContext _context;
    private readonly EfRepository<Organisation> _organisations;
    private readonly EfRepository<Note> _notes;

    protected SpecificationEvaluatorTests(TestProvider provider)
    {
        Provider = provider;
        _database = TestDatabase.WithTestModel(Provider);
        using (var seeding = _database.Context())
        {
            seeding.AddRange(
                Organisation.Register("Prefektura e Qarkut Durrës", OrganisationKind.Prefecture, OrganisationLevel.Regional, CountyCode.From("AL-02")),
                Organisation.Register("Bashkia Durrës", OrganisationKind.LocalGovernment, OrganisationLevel.Local, CountyCode.From("AL-02")),
                Organisation.Register("Bashkia Krujë", OrganisationKind.LocalGovernment, OrganisationLevel.Local, CountyCode.From("AL-02")),
                Organisation.Register("Bashkia Korçë", OrganisationKind.LocalGovernment, OrganisationLevel.Local, CountyCode.From("AL-06")),
                Organisation.Register("Shoqata Sot për të Ardhmen", OrganisationKind.Ngo, OrganisationLevel.Regional, CountyCode.From("AL-02")),
                Organisation.Register("UNICEF", OrganisationKind.Multilateral, OrganisationLevel.Central));
            var note = new Note(NoteId.New(), Durres, 1, "Takimi", new LocalDate(2023, 10, 31), Instant.FromUtc(2023, 10, 31, 8, 0));
            note.AddLine("Pika e parë").Mark("urgjent");
            note.AddLine("Pika e dytë");
            seeding.AddRange(note, new Note(NoteId.New(), Korce, 1, "Korçë", new LocalDate(2023, 10, 1), Instant.FromUtc(2023, 10, 1, 8, 0)));
            seeding.SaveChanges();
        }

        _context = _database.Context(scope: Scoping.CommitteeScope.For(Durres));
        _organisations = new EfRepository<Organisation>(_context, SpecificationEvaluator.Default);
        _notes = new EfRepository<Note>(_context, SpecificationEvaluator.Default);
    }

    public void Dispose()
    {
        _context.Dispose();
        _database.Dispose();
    }

    [SkippableFact]
    public async Task Where_FiltersInSql()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        var spec = new Spec(q => q.Where(o => o.Kind == OrganisationKind.LocalGovernment).Where(o => o.County == CountyCode.From("AL-02")));

        var sql = Sql(spec);
        var names = Names(await _organisations.ListAsync(spec));

        Assert.Contains("WHERE \"o\".\"Kind\" = 4 AND \"o\".\"County\" = 'AL-02'", sql);
        Assert.Equal(["Bashkia Durrës", "Bashkia Krujë"], names.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Search_UsesLike_OrWithinAGroup_AndAcrossGroups()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        var spec = new Spec(q => q
            .Search(o => OrganisationKeys.Sort(o), "bashkia%", 1)
            .Search(o => OrganisationKeys.Sort(o), "prefektura%", 1)
            .Search(o => OrganisationKeys.Search(o), "%durres%", 2));

        var sql = Sql(spec);
        var names = Names(await _organisations.ListAsync(spec));

        Assert.Contains("\"o\".\"SortKey\" LIKE @", sql);
        Assert.Contains(" OR ", sql);
        Assert.Contains("\"o\".\"SearchText\" LIKE @", sql);
        Assert.Equal(["Bashkia Durrës", "Prefektura e Qarkut Durrës"], names.Order(StringComparer.Ordinal));
        Assert.Equal(names.Order(StringComparer.Ordinal), Names(spec.Evaluate(await _organisations.ListAsync())).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Include_AndThenInclude_LoadParts()
    {
        var withMarks = await _notes.FirstOrDefaultAsync(new NoteSpec(q => q.Include(n => n.Lines).ThenInclude(l => l.Marks)));

        Assert.Equal(2, withMarks!.Lines.Count);
        Assert.Equal(["urgjent"], withMarks.Lines.SelectMany(l => l.Marks).Select(m => m.Label));
    }

    [SkippableFact]
    public async Task WithoutInclude_PartsAreNotLoaded()
    {
        var bare = await _notes.FirstOrDefaultAsync(new NoteSpec(q => q.AsNoTracking()));

        Assert.Empty(bare!.Lines);
    }

    [SkippableFact]
    public async Task IncludeString_LoadsParts()
    {
        var note = await _notes.FirstOrDefaultAsync(new NoteSpec(q => q.AsNoTracking().Include("Lines.Marks")));

        Assert.Single(note!.Lines.SelectMany(l => l.Marks));
    }

    [SkippableFact]
    public async Task OrderAndThenOrder_RunInSql()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        var spec = new Spec(q => q.OrderByDescending(o => o.Kind).ThenBy(o => OrganisationKeys.Sort(o)).ThenBy(o => o.Id));

        var sql = Sql(spec);
        var names = Names(await _organisations.ListAsync(spec));

        Assert.Contains("ORDER BY \"o\".\"Kind\" DESC, \"o\".\"SortKey\", \"o\".\"Id\"", sql);
        Assert.Equal(["UNICEF", "Shoqata Sot për të Ardhmen", "Bashkia Durrës", "Bashkia Korçë", "Bashkia Krujë", "Prefektura e Qarkut Durrës"], names);
    }

    [SkippableFact]
    public async Task SkipAndTake_Page()
    {
        var spec = new Spec(q => q.OrderBy(o => OrganisationKeys.Sort(o)).ThenBy(o => o.Id).Skip(1).Take(2));

        Assert.Contains("LIMIT @", Sql(spec));
        Assert.Equal(["Bashkia Korçë", "Bashkia Krujë"], Names(await _organisations.ListAsync(spec)));
    }

    [SkippableFact]
    public async Task CountAndAny_ApplyOnlyCriteria_NotPagingOrOrder()
    {
        var spec = new Spec(q => q.Where(o => o.Kind == OrganisationKind.LocalGovernment).OrderBy(o => OrganisationKeys.Sort(o)).ThenBy(o => o.Id).Skip(2).Take(1));
        var criteriaSql = SpecificationEvaluator.Default.GetQuery(_context.Set<Organisation>(), spec, evaluateCriteriaOnly: true).ToQueryString();

        Assert.Equal(3, await _organisations.CountAsync(spec));
        Assert.True(await _organisations.AnyAsync(spec));
        Assert.Single(await _organisations.ListAsync(spec));
        Assert.DoesNotContain("ORDER BY", criteriaSql);
        Assert.DoesNotContain("LIMIT", criteriaSql);
        Assert.False(await _organisations.AnyAsync(new Spec(q => q.Where(o => o.Kind == OrganisationKind.Media).Take(0))));
    }

    [SkippableFact]
    public async Task TrackingModes_AreApplied()
    {
        var noTracking = await _organisations.ListAsync(new Spec(q => q.AsNoTracking()));
        Assert.Empty(_context.ChangeTracker.Entries());

        var identityResolution = await _organisations.ListAsync(new Spec(q => q.AsNoTrackingWithIdentityResolution()));
        Assert.Empty(_context.ChangeTracker.Entries());

        _context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var tracked = await _organisations.ListAsync(new Spec(q => q.AsTracking()));

        Assert.Equal(6, noTracking.Count);
        Assert.Equal(6, identityResolution.Count);
        Assert.Equal(6, _context.ChangeTracker.Entries<Organisation>().Count());
        Assert.All(tracked, o => Assert.Equal(EntityState.Unchanged, _context.Entry(o).State));
    }

    [SkippableFact]
    public void SplitQuery_IsApplied()
    {
        var single = SpecificationEvaluator.Default.GetQuery(_context.Set<Note>(), new NoteSpec(q => q.Include(n => n.Lines)));
        var split = SpecificationEvaluator.Default.GetQuery(_context.Set<Note>(), new NoteSpec(q => q.Include(n => n.Lines).AsSplitQuery()));

        Assert.DoesNotContain("AsSplitQuery", single.Expression.ToString());
        Assert.Contains("AsSplitQuery", split.Expression.ToString());
        Assert.Contains("split-query mode", split.ToQueryString());
    }

    [SkippableFact]
    public async Task IgnoreQueryFilters_LiftsTheCommitteeScope()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.RowLevelSecurity);
        Assert.Single(await _notes.ListAsync(new NoteSpec(q => q.AsNoTracking())));
        Assert.Equal(2, (await _notes.ListAsync(new NoteSpec(q => q.AsNoTracking().IgnoreQueryFilters()))).Count);
    }

    [SkippableFact]
    public void Tag_AppearsInTheSql()
    {
        var spec = new Spec(q => q.TagWith("Organisations of Durrës").Where(o => o.County == CountyCode.From("AL-02")));

        Assert.StartsWith("-- Organisations of Durrës", Sql(spec).Split('\n').First(l => l.StartsWith("--", StringComparison.Ordinal)));
        Assert.Contains("-- Organisations of Durrës", SpecificationEvaluator.Default.GetQuery(_context.Set<Organisation>(), spec, evaluateCriteriaOnly: true).ToQueryString());
    }

    [SkippableFact]
    public async Task Projection_Select_RunsInSql_AndPostProcessingRunsAfter()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        var spec = new NameSpec();

        var sql = SpecificationEvaluator.Default.GetQuery(_context.Set<Organisation>(), spec).ToQueryString();
        var names = await _organisations.ListAsync(spec);

        Assert.StartsWith("SELECT \"o\".\"Name\"", sql.Split('\n').First(l => l.StartsWith("SELECT", StringComparison.Ordinal)));
        Assert.Equal(["Bashkia Durrës", "Bashkia Korçë"], names);
        Assert.Equal("Bashkia Durrës", await _organisations.FirstOrDefaultAsync(spec));
        Assert.Equal(names, spec.Evaluate(await _organisations.ListAsync()));
    }

    [SkippableFact]
    public async Task Projection_SelectMany_Flattens()
    {
        var labels = await _notes.ListAsync(new LineTextsSpec());

        Assert.Equal(["Pika e dytë", "Pika e parë"], labels.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Projection_SelectManyWithInnerSelectOfTheOuterEntity_RunsAsOneJoin_AndMatchesMemory()
    {
        var spec = new LineRowsSpec();
        var notes = await _notes.ListAsync(new NoteSpec(q => q.AsNoTracking().Include(n => n.Lines)));
        var recorder = new SqlRecorder();
        var builder = new DbContextOptionsBuilder<TestKratDbContext>();
        _database.Configure(builder);
        builder.AddInterceptors(recorder);
        await using var recorded = new TestKratDbContext(builder.Options, _database.Clock, SystemUser.Instance, Scoping.CommitteeScope.For(Durres));

        var sql = SpecificationEvaluator.Default.GetQuery(_context.Set<Note>(), spec).ToQueryString();
        var stored = await new EfRepository<Note>(recorded, SpecificationEvaluator.Default).ListAsync(spec);
        var memory = spec.Evaluate(notes).ToList();

        Assert.Contains("INNER JOIN (", sql);
        Assert.Contains("FROM \"NoteLines\"", sql);
        Assert.DoesNotContain("APPLY", sql);
        Assert.Single(recorder.Commands);
        Assert.Equal(["Takimi 1 Pika e dytë", "Takimi 1 Pika e parë"], stored.Select(r => $"{r.Title} {r.Number} {r.Text}"));
        Assert.Equal(memory, stored);
        Assert.All(stored, r => Assert.Equal(notes.Single().Id, r.NoteId));
    }

    [SkippableFact]
    public async Task Projection_SelectManyOfTheOuterEntity_WithoutTheEvaluatorsRewrite_DoesNotTranslateOnSqlite()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        var spec = new LineRowsSpec();
        var direct = _context.Set<Note>().Where(n => n.CommitteeId == Durres).SelectMany(spec.SelectorMany!);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => direct.ToListAsync());

        Assert.Contains("APPLY", error.Message);
    }

    [SkippableFact]
    public async Task Projection_SelectManyWithoutInnerSelect_IsAppliedUnchanged()
    {
        var spec = new MarkedLinesSpec();

        var expression = SpecificationEvaluator.Default.GetQuery(_context.Set<Note>(), spec).Expression.ToString();
        var lines = await _notes.ListAsync(spec);

        Assert.DoesNotContain("(n, l)", expression);
        Assert.Equal(["Pika e parë"], lines.Select(l => l.Text));
    }

    [SkippableFact]
    public async Task ProjectionWithoutSelector_Throws()
    {
        await Assert.ThrowsAsync<SelectorNotFoundException>(() => _organisations.ListAsync(new NoSelectorSpec()));
    }

    [SkippableFact]
    public void SecondOrderBy_Throws()
    {
        var spec = new Spec(q => q.OrderBy(o => o.Name));
        var chain = new Spec(q => q.OrderBy(o => o.Name));
        chain.Query.OrderBy(o => o.Kind);

        Assert.NotNull(SpecificationEvaluator.Default.GetQuery(_context.Set<Organisation>(), spec));
        Assert.Throws<DuplicateOrderChainException>(() => SpecificationEvaluator.Default.GetQuery(_context.Set<Organisation>(), chain));
    }

    [SkippableFact]
    public async Task CustomEvaluators_CanBeAdded()
    {
        var evaluator = new SpecificationEvaluator([.. SpecificationEvaluator.DefaultEvaluators, new OnlyCentralEvaluator()]);
        var repository = new EfRepository<Organisation>(_context, evaluator);

        Assert.Equal(["UNICEF"], Names(await repository.ListAsync(new Spec(_ => { }))));
        Assert.Equal(1, await repository.CountAsync(new Spec(_ => { })));
    }

    [SkippableFact]
    public async Task SingleOrDefault_AndAsyncEnumeration_Work()
    {
        var unicef = await _organisations.SingleOrDefaultAsync(new ByNameSpec("UNICEF"));
        var streamed = new List<Organisation>();
        await foreach (var organisation in _organisations.AsAsyncEnumerable(new Spec(q => q.Where(o => o.Level == OrganisationLevel.Central))))
        {
            streamed.Add(organisation);
        }

        Assert.Equal("UNICEF", unicef!.Name);
        Assert.Equal([unicef], streamed);
    }

    [SkippableFact]
    public async Task DeleteRange_BySpecification_DeletesTheMatchingAggregates()
    {
        await _organisations.DeleteRangeAsync(new Spec(q => q.Where(o => o.County == CountyCode.From("AL-06"))));
        var stagedOnly = _database.Scalar("SELECT COUNT(*) FROM Organisations");
        var deleted = await _organisations.SaveChangesAsync();

        Assert.Equal(6L, stagedOnly);
        Assert.Equal(1, deleted);
        Assert.Equal(5L, _database.Scalar("SELECT COUNT(*) FROM Organisations"));
    }

    [SkippableFact]
    public async Task UntranslatableCriteria_Throw_InsteadOfRunningInMemory()
    {
        var spec = new Spec(q => q.Where(o => o.DisplayName(null) == "UNICEF"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => _organisations.ListAsync(spec));
    }

    [SkippableFact]
    public async Task PagingWithoutOrder_Throws_BecauseThePageWouldBeArbitrary()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _organisations.ListAsync(new Spec(q => q.Take(2))));

        Assert.Contains("RowLimitingOperationWithoutOrderByWarning", error.Message);
    }

    private static List<string> Names(IEnumerable<Organisation> organisations) => [.. organisations.Select(o => o.Name)];

    private string Sql(ISpecification<Organisation> spec) =>
        SpecificationEvaluator.Default.GetQuery(_context.Set<Organisation>(), spec).ToQueryString();

    private sealed class Spec : Specification<Organisation>
    {
        public Spec(Action<ISpecificationBuilder<Organisation>> build) => build(Query);
    }

    private sealed class NoteSpec : Specification<Note>
    {
        public NoteSpec(Action<ISpecificationBuilder<Note>> build) => build(Query);
    }

    private sealed class ByNameSpec : SingleResultSpecification<Organisation>
    {
        public ByNameSpec(string name) => Query.Where(o => o.Name == name);
    }

    private sealed class NameSpec : Specification<Organisation, string>
    {
        public NameSpec()
        {
            Query.Where(o => o.Kind == OrganisationKind.LocalGovernment).OrderBy(o => OrganisationKeys.Sort(o)).ThenBy(o => o.Id);
            Query.Select(o => o.Name);
            Query.PostProcessingAction(names => names.Take(2));
        }
    }

    private sealed class LineTextsSpec : Specification<Note, string>
    {
        public LineTextsSpec() => Query.SelectMany(n => n.Lines.Select(l => l.Text));
    }

    private sealed record LineRow(NoteId NoteId, int Number, string Title, Guid LineId, string Text);

    // The inner Select refers to the outer note: EF Core alone would need APPLY; the evaluator makes it a join.
    private sealed class LineRowsSpec : Specification<Note, LineRow>
    {
        public LineRowsSpec() =>
            Query
                .PostProcessingAction(rows => rows.OrderBy(r => r.Text, StringComparer.Ordinal))
                .SelectMany(n => n.Lines.Where(l => l.Text != "").Select(l => new LineRow(n.Id, n.Number, n.Title, l.Id, l.Text)));
    }

    private sealed class MarkedLinesSpec : Specification<Note, NoteLine>
    {
        public MarkedLinesSpec() => Query.AsNoTracking().SelectMany(n => n.Lines.Where(l => l.Marks.Any()));
    }

    private sealed class NoSelectorSpec : Specification<Organisation, string>
    {
    }

    private sealed class OnlyCentralEvaluator : IEvaluator
    {
        public bool IsCriteriaEvaluator => true;

        public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
            where T : class =>
            query is IQueryable<Organisation> organisations
                ? (IQueryable<T>)organisations.Where(o => o.Level == OrganisationLevel.Central)
                : query;
    }

    public sealed class Sqlite() : SpecificationEvaluatorTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : SpecificationEvaluatorTests(TestProvider.PostgreSql);
}
