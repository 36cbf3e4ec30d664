using Krat.Domain.Activities;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

// Two users edit the same aggregate: the second save fails, names who saved first and when, and the first change stands.
public abstract class AggregateConcurrencyTests : IDisposable
{
    protected TestProvider Provider { get; }

    private readonly TestDatabase _database;

    protected AggregateConcurrencyTests(TestProvider provider)
    {
        Provider = provider;
        _database = TestDatabase.Migrated(Provider);
        using var context = _database.KratContext(new TestUser("seeder"));
        KorceData.Build().Save(context);
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task TwoUsersEditingTheSameActivity_SecondSaveFails_AndTheFirstChangeStands()
    {
        await using var first = _database.KratContext(new TestUser("ana.hoxha"));
        await using var second = _database.KratContext(new TestUser("besnik.leka"));
        var mine = await first.Set<Activity>().SingleAsync(a => a.Status == ActivityStatus.Postponed);
        var theirs = await second.Set<Activity>().SingleAsync(a => a.Status == ActivityStatus.Postponed);

        _database.Clock.Advance(Duration.FromMinutes(7));
        var firstSavedAt = _database.Clock.GetCurrentInstant();
        mine.ChangeMunicipalities([Albania.Municipality("Devoll")]);
        await first.SaveChangesAsync();

        theirs.Reschedule(Activity.Days(new LocalDate(2023, 11, 18)));
        theirs.ChangeTargetGroups([TargetGroup.Parents]);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());

        Assert.Equal("Activity", conflict.EntityName);
        Assert.Equal("ana.hoxha", conflict.ChangedBy);
        Assert.Equal(firstSavedAt, conflict.ChangedAt);
        Assert.Equal(1, conflict.StoredVersion);
        Assert.Contains("ana.hoxha", conflict.Message);
        await using var reading = _database.KratContext();
        var stored = await reading.Set<Activity>().SingleAsync(a => a.Id == mine.Id);
        Assert.Equal([Albania.Municipality("Devoll")], stored.Municipalities);
        Assert.Equal((ActivityStatus.Postponed, new LocalDate(2023, 11, 4), 1), (stored.Status, stored.PlannedStart, stored.Version));
        Assert.Equal([TargetGroup.RomaAndEgyptianCommunities], stored.TargetGroups);
    }

    [SkippableFact]
    public async Task TwoUsersAddingAgendaItemsToTheSameMeeting_SecondSaveFails_AndOnlyTheFirstItemIsStored()
    {
        await using var first = _database.KratContext(new TestUser("ana.hoxha"));
        await using var second = _database.KratContext(new TestUser("besnik.leka"));
        var mine = await first.Set<Meeting>().SingleAsync(m => m.Id == KorceData.ReviewMeeting);
        var theirs = await second.Set<Meeting>().SingleAsync(m => m.Id == KorceData.ReviewMeeting);

        mine.AddAgendaItem("Rishikimi i angazhimeve");
        await first.SaveChangesAsync();
        theirs.AddAgendaItem("Të ndryshme");
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());

        Assert.Equal(("Meeting", "ana.hoxha"), (conflict.EntityName, conflict.ChangedBy));
        await using var reading = _database.KratContext();
        var stored = await reading.Set<Meeting>().SingleAsync(m => m.Id == KorceData.ReviewMeeting);
        Assert.Equal(["Rishikimi i angazhimeve"], stored.Agenda.Select(i => i.Title));
        Assert.Equal(1, stored.Version);
        Assert.Equal(1L, _database.Scalar($"SELECT COUNT(*) FROM MeetingAgendaItems WHERE MeetingId = '{KorceData.ReviewMeeting.Value.ToString().ToUpperInvariant()}'"));
    }

    [SkippableFact]
    public async Task AStaleFormOnAMeeting_IsRejectedThroughTheRepository()
    {
        int loadedVersion;
        await using (var loading = _database.KratContext())
        {
            loadedVersion = (await loading.Set<Meeting>().SingleAsync(m => m.Id == KorceData.ReviewMeeting)).Version;
        }

        await using (var other = _database.KratContext(new TestUser("ana.hoxha")))
        {
            var meeting = await other.Set<Meeting>().SingleAsync(m => m.Id == KorceData.ReviewMeeting);
            meeting.RecordGuest(KorceData.Prefecture);
            await other.SaveChangesAsync();
        }

        await using var posting = _database.KratContext(new TestUser("besnik.leka"));
        var repository = new EfRepository<Meeting>(posting, SpecificationEvaluator.Default);
        var stale = (await repository.GetByIdAsync(KorceData.ReviewMeeting))!;
        stale.RecordGuest(null, "Gazetarë", 2);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(async () =>
        {
            await repository.UpdateAsync(stale, loadedVersion);
            await repository.SaveChangesAsync();
        });

        Assert.Equal("ana.hoxha", conflict.ChangedBy);
        await using var reading = _database.KratContext();
        Assert.Single((await reading.Set<Meeting>().SingleAsync(m => m.Id == KorceData.ReviewMeeting)).Guests);
    }

    public sealed class Sqlite() : AggregateConcurrencyTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : AggregateConcurrencyTests(TestProvider.PostgreSql);
}
