using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

public abstract class PrimitiveCollectionTests(TestProvider provider) : IDisposable
{
    protected TestProvider Provider => provider;

    private static readonly CommitteeId Committee = new(Guid.Parse("00000000-0000-0000-0000-000000000200"));
    private readonly TestDatabase _database = TestDatabase.WithTestModel(provider);

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task CollectionsOfIdsDatesAndStrings_AreStoredAsJson_AndQueryableInSql()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        var partner = OrganisationId.New();
        var note = new Note(NoteId.New(), Committee, 1, "Takimi", new LocalDate(2023, 10, 31), Instant.FromUtc(2023, 10, 31, 8, 0));
        note.AddPartner(partner);
        note.AddPartner(OrganisationId.New());
        note.Remind(new LocalDate(2023, 11, 15));
        note.Tags.Add("ndërgjegjësim");
        await using (var context = _database.Context())
        {
            context.Add(note);
            await context.SaveChangesAsync();
        }

        await using var reading = _database.Context();
        var day = new LocalDate(2023, 11, 1);
        var query = reading.Set<Note>().Where(n => n.Partners.Contains(partner) && n.Reminders.Any(r => r >= day));
        var loaded = await query.SingleAsync();

        Assert.Contains("json_each", query.ToQueryString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(note.Partners, loaded.Partners);
        Assert.Equal([new LocalDate(2023, 11, 15)], loaded.Reminders);
        Assert.Equal(["ndërgjegjësim"], loaded.Tags);
        Assert.Equal("[\"2023-11-15\"]", _database.Scalar("SELECT Reminders FROM Notes"));
        Assert.Contains(partner.Value.ToString().ToUpperInvariant(), (string)_database.Scalar("SELECT Partners FROM Notes")!);
    }

    public sealed class Sqlite() : PrimitiveCollectionTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : PrimitiveCollectionTests(TestProvider.PostgreSql);
}
