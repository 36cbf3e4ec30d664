using Krat.Domain.Committees;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

// An aggregate's version and audit columns change when anything inside it changes, not only its own row.
public abstract class AggregateVersionTests : IDisposable
{
    protected TestProvider Provider { get; }

    private static readonly CommitteeId Committee = new(Guid.Parse("00000000-0000-0000-0000-000000000200"));
    private readonly TestDatabase _database;
    private readonly NoteId _id = NoteId.New();

    protected AggregateVersionTests(TestProvider provider)
    {
        Provider = provider;
        _database = TestDatabase.WithTestModel(Provider);
        using var context = _database.Context();
        var note = new Note(_id, Committee, 1, "Takimi", new LocalDate(2023, 10, 31), Instant.FromUtc(2023, 10, 31, 8, 0));
        note.AddLine("Pika e parë");
        context.Add(note);
        context.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task AddingAPart_ToALoadedAggregate_InsertsIt_AndRaisesTheRootsVersion()
    {
        _database.Clock.Advance(Duration.FromHours(1));
        await using (var context = _database.Context(new TestUser("ana.hoxha")))
        {
            var note = await context.Set<Note>().Include(n => n.Lines).SingleAsync();
            note.AddLine("Pika e dytë");
            await context.SaveChangesAsync();
        }

        await using var reading = _database.Context();
        var loaded = await reading.Set<Note>().Include(n => n.Lines).SingleAsync();
        Assert.Equal(2, loaded.Lines.Count);
        Assert.Equal(1, loaded.Version);
        Assert.Equal("ana.hoxha", reading.AuditOf(loaded)!.ModifiedBy);
        Assert.Equal(_database.Clock.GetCurrentInstant(), reading.AuditOf(loaded)!.ModifiedAt);
    }

    [SkippableFact]
    public async Task ChangingAPartOfAPart_RaisesTheRootsVersion()
    {
        await using (var context = _database.Context())
        {
            var note = await context.Set<Note>().Include(n => n.Lines).ThenInclude(l => l.Marks).SingleAsync();
            note.Lines[0].Mark("urgjent");
            await context.SaveChangesAsync();
        }

        await using var reading = _database.Context();
        Assert.Equal(1, (await reading.Set<Note>().SingleAsync()).Version);
        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM NoteMarks"));
    }

    [SkippableFact]
    public async Task RemovingAPart_DeletesIt_AndRaisesTheRootsVersion()
    {
        await using (var context = _database.Context())
        {
            var note = await context.Set<Note>().Include(n => n.Lines).SingleAsync();
            note.RemoveLine(note.Lines[0]);
            await context.SaveChangesAsync();
        }

        await using var reading = _database.Context();
        Assert.Equal(1, (await reading.Set<Note>().SingleAsync()).Version);
        Assert.Equal(0L, _database.Scalar("SELECT COUNT(*) FROM NoteLines"));
    }

    [SkippableFact]
    public async Task SavingWithoutChanges_KeepsTheVersion()
    {
        await using (var context = _database.Context())
        {
            _ = await context.Set<Note>().Include(n => n.Lines).SingleAsync();
            Assert.Equal(0, await context.SaveChangesAsync());
        }

        await using var reading = _database.Context();
        Assert.Equal(0, (await reading.Set<Note>().SingleAsync()).Version);
    }

    [SkippableFact]
    public async Task ConcurrentChangesToParts_OfTheSameAggregate_Conflict()
    {
        await using var first = _database.Context(new TestUser("ana.hoxha"));
        await using var second = _database.Context(new TestUser("besnik.leka"));
        var mine = await first.Set<Note>().Include(n => n.Lines).SingleAsync();
        var theirs = await second.Set<Note>().Include(n => n.Lines).SingleAsync();
        mine.AddLine("E imja");
        await first.SaveChangesAsync();

        theirs.AddLine("E tyre");
        var conflict = await Assert.ThrowsAsync<Errors.ConcurrencyConflictException>(() => second.SaveChangesAsync());

        Assert.Equal("ana.hoxha", conflict.ChangedBy);
        Assert.Equal(2L, _database.Scalar("SELECT COUNT(*) FROM NoteLines"));
    }

    public sealed class Sqlite() : AggregateVersionTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : AggregateVersionTests(TestProvider.PostgreSql);
}
