using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

public abstract class ErrorTranslationTests : IDisposable
{
    protected TestProvider Provider { get; }

    private static readonly CommitteeId Committee = new(Guid.Parse("00000000-0000-0000-0000-000000000200"));
    private static readonly LocalDate Day = new(2023, 10, 31);
    private static readonly Instant At = Instant.FromUtc(2023, 10, 31, 8, 0);
    private readonly TestDatabase _database;

    protected ErrorTranslationTests(TestProvider provider)
    {
        Provider = provider;
        _database = TestDatabase.WithTestModel(Provider);
        using var context = _database.Context();
        context.Add(new Note(NoteId.New(), Committee, 1, "I pari", Day, At));
        context.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task DuplicateUniqueValue_ThrowsUniqueViolation_NamingEntityAndProperties_AndSavesNothing()
    {
        await using var context = _database.Context();
        var innocent = new Note(NoteId.New(), Committee, 2, "I dyti", Day, At);
        var duplicate = new Note(NoteId.New(), Committee, 1, "Dublikatë", Day, At);
        context.AddRange(innocent, duplicate);

        var error = await Assert.ThrowsAsync<UniqueConstraintViolationException>(() => context.SaveChangesAsync());

        Assert.Equal("Note", error.EntityName);
        Assert.Equal(["CommitteeId", "Number"], error.PropertyNames);
        // SQLite fails on the duplicate row itself; PostgreSQL fails the batch and EF Core may name either new row.
        var named = Provider == TestProvider.Sqlite ? [duplicate.Id] : new[] { duplicate.Id, innocent.Id };
        Assert.Contains(named, id => error.Message.StartsWith($"The Note {id} could not be saved: another Note already has the same CommitteeId and Number.", StringComparison.Ordinal));
        Assert.DoesNotContain("SQLite", error.Message);
        if (Provider == TestProvider.Sqlite)
        {
            Assert.Equal(2067, Assert.IsType<SqliteException>(error.InnerException!.InnerException).SqliteExtendedErrorCode);
        }
        else
        {
            Assert.Equal("23505", Assert.IsType<Npgsql.PostgresException>(error.InnerException!.InnerException).SqlState);
        }

        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM Notes"));
    }

    [SkippableFact]
    public async Task DuplicatePrimaryKey_ThrowsUniqueViolation()
    {
        Guid existing;
        await using (var reading = _database.Context())
        {
            existing = (await reading.Set<Note>().SingleAsync()).Id.Value;
        }

        await using var context = _database.Context();
        context.Add(new Note(new NoteId(existing), Committee, 5, "Kopje", Day, At));

        var error = await Assert.ThrowsAsync<UniqueConstraintViolationException>(() => context.SaveChangesAsync());

        Assert.Equal(["Id"], error.PropertyNames);
        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM Notes"));
    }

    [SkippableFact]
    public async Task ReferenceToAMissingOrganisation_ThrowsForeignKeyViolation_AndSavesNothing()
    {
        await using var context = _database.Context();
        context.Add(new Note(NoteId.New(), Committee, 2, "I dyti", Day, At));
        context.Add(new Note(NoteId.New(), Committee, 3, "Pa organizatë", Day, At) { OrganisationId = OrganisationId.New() });

        var error = await Assert.ThrowsAsync<ForeignKeyViolationException>(() => context.SaveChangesAsync());

        Assert.Equal("Note", error.EntityName);
        Assert.Contains("could not be saved: it refers to a record that does not exist", error.Message);
        if (Provider == TestProvider.Sqlite)
        {
            Assert.Equal(787, Assert.IsType<SqliteException>(error.InnerException!.InnerException).SqliteExtendedErrorCode);
        }
        else
        {
            Assert.Equal("23503", Assert.IsType<Npgsql.PostgresException>(error.InnerException!.InnerException).SqlState);
        }

        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM Notes"));
    }

    [SkippableFact]
    public async Task DeletingAReferencedOrganisation_ThrowsForeignKeyViolation_ThatSaysItIsStillReferred()
    {
        var organisation = Organisation.Register("World Vision", OrganisationKind.InternationalNgo, OrganisationLevel.Central);
        await using (var context = _database.Context())
        {
            context.Add(organisation);
            (await context.Set<Note>().SingleAsync()).OrganisationId = organisation.Id;
            await context.SaveChangesAsync();
        }

        await using var deleting = _database.Context();
        deleting.Remove(await deleting.Set<Organisation>().SingleAsync());
        var error = await Assert.ThrowsAsync<ForeignKeyViolationException>(() => deleting.SaveChangesAsync());

        Assert.Equal($"The Organisation {organisation.Id} could not be deleted: other records still refer to it. Nothing was saved.", error.Message);
        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM Organisations"));
    }

    [SkippableFact]
    public async Task MissingRequiredValue_ThrowsConstraintViolation_NamingTheProperty()
    {
        await using var context = _database.Context();
        context.Add(new Note(NoteId.New(), Committee, 2, null!, Day, At));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => context.SaveChangesAsync());

        Assert.Equal(["Title"], error.PropertyNames);
        Assert.Null(error.ConstraintName);
        Assert.EndsWith("could not be saved: Title is required. Nothing was saved.", error.Message);
        if (Provider == TestProvider.Sqlite)
        {
            Assert.Equal(1299, Assert.IsType<SqliteException>(error.InnerException!.InnerException).SqliteExtendedErrorCode);
        }
        else
        {
            Assert.Equal("23502", Assert.IsType<Npgsql.PostgresException>(error.InnerException!.InnerException).SqlState);
        }

        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM Notes"));
    }

    [SkippableFact]
    public async Task BrokenCheckRule_ThrowsConstraintViolation_NamingTheRule()
    {
        await using var context = _database.Context();
        context.Add(new Note(NoteId.New(), Committee, -4, "Negativ", Day, At));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => context.SaveChangesAsync());

        Assert.Equal("CK_Notes_Number", error.ConstraintName);
        Assert.Contains("breaks the database rule CK_Notes_Number", error.Message);
        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM Notes"));
    }

    [SkippableFact]
    public async Task AfterAFailedSave_TheContextForgetsThePendingChanges_AndCanSaveAgain()
    {
        await using var context = _database.Context();
        var loaded = await context.Set<Note>().SingleAsync();
        loaded.Title = "Ndryshuar";
        context.Add(new Note(NoteId.New(), Committee, 1, "Dublikatë", Day, At));
        await Assert.ThrowsAsync<UniqueConstraintViolationException>(() => context.SaveChangesAsync());

        Assert.Empty(context.ChangeTracker.Entries());
        Assert.Equal(0, loaded.Version);
        Assert.Equal("I pari", _database.Scalar("SELECT Title FROM Notes"));

        context.Add(new Note(NoteId.New(), Committee, 2, "I dyti", Day, At));
        await context.SaveChangesAsync();
        Assert.Equal(2L, _database.Scalar("SELECT COUNT(*) FROM Notes"));
    }

    public sealed class Sqlite() : ErrorTranslationTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : ErrorTranslationTests(TestProvider.PostgreSql);
}
