using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

public abstract class NodaTimeConversionTests(TestProvider provider) : IDisposable
{
    protected TestProvider Provider => provider;

    private static readonly CommitteeId Committee = new(Guid.Parse("00000000-0000-0000-0000-000000000200"));
    private readonly TestDatabase _database = TestDatabase.WithTestModel(provider);

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task LocalDate_RangeFilterAndOrder_RunInSql_AndKeepDateOrder()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        // Dates whose text would sort wrongly if not zero-padded ISO (9 < 10, 2023-09 < 2023-10).
        await Seed(new LocalDate(2023, 10, 31), new LocalDate(2023, 9, 5), new LocalDate(2023, 10, 1), new LocalDate(2024, 1, 9), new LocalDate(999, 12, 31));
        await using var context = _database.Context();
        var from = new LocalDate(2023, 9, 30);
        var to = new LocalDate(2023, 12, 31);
        var query = context.Set<Note>().Where(n => n.Day >= from && n.Day <= to).OrderByDescending(n => n.Day).Select(n => n.Day);

        var sql = query.ToQueryString();
        var days = await query.ToListAsync();

        Assert.Contains("\"n\".\"Day\" >= @from AND \"n\".\"Day\" <= @to", sql);
        Assert.Contains("ORDER BY \"n\".\"Day\" DESC", sql);
        Assert.Contains(".param set @from '2023-09-30'", sql);
        Assert.Equal([new LocalDate(2023, 10, 31), new LocalDate(2023, 10, 1)], days);
    }

    [SkippableFact]
    public async Task Instant_RangeFilterAndOrder_RunInSql_AsTicks()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        await Seed(new LocalDate(2023, 10, 31), new LocalDate(2023, 9, 5), new LocalDate(2023, 10, 1));
        await using var context = _database.Context();
        var after = Instant.FromUtc(2023, 9, 30, 0, 0);
        var query = context.Set<Note>().Where(n => n.At > after).OrderBy(n => n.At).Select(n => n.At);

        var sql = query.ToQueryString();
        var instants = await query.ToListAsync();

        Assert.Contains("\"n\".\"At\" > @after", sql);
        Assert.Contains(".param set @after " + after.ToUnixTimeTicks(), sql);
        Assert.Equal([Instant.FromUtc(2023, 10, 1, 8, 0), Instant.FromUtc(2023, 10, 31, 8, 0)], instants);
        Assert.Equal(Instant.FromUtc(2023, 9, 5, 8, 0).ToUnixTimeTicks(), _database.Scalar("SELECT MIN(At) FROM Notes"));
    }

    [SkippableFact]
    public async Task OtherNodaTimeTypes_AndTerm_RoundTrip_AndAreStoredAsOrderedText()
    {
        var note = new Note(NoteId.New(), Committee, 1, "Takimi përmbyllës", new LocalDate(2023, 10, 31), Instant.FromUtc(2023, 10, 31, 8, 0))
        {
            DueDay = new LocalDate(2023, 12, 1),
            StartsAt = new LocalDateTime(2023, 10, 31, 10, 30, 15, 250),
            StartTime = new LocalTime(10, 30),
            Length = Duration.FromMinutes(90),
            Term = Term.Between(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)),
            Kind = NoteKind.Risk,
        };
        await using (var context = _database.Context())
        {
            context.Add(note);
            await context.SaveChangesAsync();
        }

        await using var reading = _database.Context();
        var loaded = await reading.Set<Note>().SingleAsync();
        Assert.Equal(note.DueDay, loaded.DueDay);
        Assert.Equal(note.StartsAt, loaded.StartsAt);
        Assert.Equal(note.StartTime, loaded.StartTime);
        Assert.Equal(note.Length, loaded.Length);
        Assert.Equal(new YearMonth(2023, 10), loaded.Month);
        Assert.Equal(note.Term, loaded.Term);
        Assert.Equal(NoteKind.Risk, loaded.Kind);
        Assert.Equal("2023-10-31T10:30:15.25", _database.Scalar("SELECT StartsAt FROM Notes"));
        Assert.Equal("2023-10", _database.Scalar("SELECT Month FROM Notes"));
        Assert.Equal("2023-01-01", _database.Scalar("SELECT TermStart FROM Notes"));
        Assert.Equal("2023-12-31", _database.Scalar("SELECT TermEnd FROM Notes"));
        Assert.Equal(3L, _database.Scalar("SELECT Kind FROM Notes"));
    }

    [SkippableFact]
    public async Task TermColumns_CanBeFilteredInSql_IncludingOpenTerms()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        await using (var context = _database.Context())
        {
            context.AddRange(
                new Note(NoteId.New(), Committee, 1, "Mbyllur", new LocalDate(2023, 1, 1), Instant.FromUtc(2023, 1, 1, 0, 0)) { Term = Term.Between(new LocalDate(2023, 1, 1), new LocalDate(2023, 6, 30)) },
                new Note(NoteId.New(), Committee, 2, "Hapur", new LocalDate(2023, 1, 1), Instant.FromUtc(2023, 1, 1, 0, 0)) { Term = Term.From(new LocalDate(2023, 3, 1)) },
                new Note(NoteId.New(), Committee, 3, "Më vonë", new LocalDate(2023, 1, 1), Instant.FromUtc(2023, 1, 1, 0, 0)) { Term = Term.From(new LocalDate(2024, 1, 1)) });
            await context.SaveChangesAsync();
        }

        await using var reading = _database.Context();
        var day = new LocalDate(2023, 8, 1);
        var query = reading.Set<Note>().Where(n => n.Term.Start <= day && (n.Term.End == null || n.Term.End >= day)).Select(n => n.Title);

        Assert.Contains("\"n\".\"TermStart\" <= @day", query.ToQueryString());
        Assert.Equal(["Hapur"], await query.ToListAsync());
    }

    private async Task Seed(params LocalDate[] days)
    {
        await using var context = _database.Context();
        var number = 1;
        foreach (var day in days)
        {
            context.Add(new Note(NoteId.New(), Committee, number++, $"Shënim {day:yyyy-MM-dd}", day, day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromHours(8)));
        }

        await context.SaveChangesAsync();
    }

    public sealed class Sqlite() : NodaTimeConversionTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : NodaTimeConversionTests(TestProvider.PostgreSql);
}
