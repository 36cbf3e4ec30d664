using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Specifications;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Statistics;

// On a database built by the migrations: versions are stored and read back, two writers cannot both correct the
// same version, and the database refuses overlapping records even from a writer that bypasses the domain's registry.
public sealed class VictimStatisticsLifecycleStorageTests : IDisposable
{
    private static readonly Instant January = Instant.FromUtc(2024, 1, 20, 9, 0);
    private static readonly Instant February = Instant.FromUtc(2024, 2, 3, 11, 15);
    private readonly TestDatabase _database = TestDatabase.Migrated();

    public VictimStatisticsLifecycleStorageTests()
    {
        using var context = _database.KratContext(new TestUser("seeder"));
        KorceData.Build().Save(context);   // a draft for Korçë municipality, 2023
    }

    public void Dispose() => _database.Dispose();

    private static VictimStatistics CountyYear(int year) =>
        VictimStatistics.Open(KorceData.CommitteeId, KorceData.County, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), source: "Raport vjetor i Autoritetit Përgjegjës");

    private long Rows(string table) => (long)_database.Scalar($"SELECT COUNT(*) FROM \"{table}\"")!;

    [Fact]
    public async Task PublishedVersions_AreStored_AndReadBackFrozen()
    {
        await using (var writing = _database.KratContext(new TestUser("sekretari")))
        {
            var record = await writing.Set<VictimStatistics>().SingleAsync(s => s.Id == KorceData.StatisticsId);
            record.Publish("sekretari", January);
            await writing.SaveChangesAsync();
            record.Correct([new CellCount(Sex.Female, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Begging, 13)], "Një rast u rikualifikua", "admin", February);
            await writing.SaveChangesAsync();
        }

        await using var reading = _database.KratContext();
        var stored = await reading.Set<VictimStatistics>().AsNoTracking().SingleAsync(s => s.Id == KorceData.StatisticsId);
        Assert.Equal(StatisticsStatus.Published, stored.Status);
        Assert.Equal(13, stored.Total);
        Assert.Equal([1, 2], stored.Versions.Select(v => v.Number));
        var (first, second) = (stored.Versions[0], stored.Versions[1]);
        Assert.Equal(("sekretari", January, (string?)null, 16), (first.PublishedBy, first.PublishedAt, first.Reason, first.Total));
        Assert.Equal(12, first.Cells.Single(c => c.Form == ExploitationForm.Begging).Count);
        Assert.Equal(("admin", February, "Një rast u rikualifikua", 13), (second.PublishedBy, second.PublishedAt, second.Reason, second.Total));
        Assert.Equal(new LocalDate(2023, 12, 31), second.PeriodEnd);
        Assert.Equal(2L, Rows("VictimStatisticsVersions"));
        Assert.Equal(2L, (long)_database.Scalar($"SELECT \"Status\" FROM \"VictimStatistics\" WHERE \"Id\" = '{KorceData.StatisticsId.Value.ToString().ToUpperInvariant()}'")!);
    }

    [Fact]
    public async Task Reports_ReadPublishedRecordsOnly_InTheirCurrentVersion()
    {
        async Task<(int Tables, int? Total)> ReportAsync()
        {
            await using var context = _database.KratContext();
            var report = await new Krat.Infrastructure.Reports.ReportService(context).VictimStatisticsAsync(KorceData.CommitteeId, 2023);
            return (report.Tables.Count, report.Tables.Count == 0 ? null : report.Tables[0].Table.GrandTotal.Value);
        }

        Assert.Equal((0, (int?)null), await ReportAsync());   // a draft reaches no report
        await using (var writing = _database.KratContext())
        {
            var record = await writing.Set<VictimStatistics>().SingleAsync(s => s.Id == KorceData.StatisticsId);
            record.Publish("sekretari", January);
            await writing.SaveChangesAsync();
        }

        var published = await ReportAsync();
        Assert.True(published.Tables > 0);
        Assert.Equal(16, published.Total);
        await using (var writing = _database.KratContext())
        {
            var record = await writing.Set<VictimStatistics>().SingleAsync(s => s.Id == KorceData.StatisticsId);
            record.Correct([new CellCount(Sex.Female, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Begging, 21)], "Rishikim", "admin", February);
            await writing.SaveChangesAsync();
        }

        Assert.Equal((published.Tables, (int?)21), await ReportAsync());
    }

    [Fact]
    public async Task TwoSecretariesCorrectingTheSameVersion_TheSecondIsRefused_AndOnlyOneNewVersionIsStored()
    {
        await using (var publishing = _database.KratContext())
        {
            var record = await publishing.Set<VictimStatistics>().SingleAsync(s => s.Id == KorceData.StatisticsId);
            record.Publish("sekretari", January);
            await publishing.SaveChangesAsync();
        }

        await using var first = _database.KratContext(new TestUser("ana"));
        await using var second = _database.KratContext(new TestUser("besnik"));
        var mine = await first.Set<VictimStatistics>().SingleAsync(s => s.Id == KorceData.StatisticsId);
        var theirs = await second.Set<VictimStatistics>().SingleAsync(s => s.Id == KorceData.StatisticsId);
        var loaded = theirs.Version;

        mine.Correct([new CellCount(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Sexual, 8)], "Shifrat e T4", "ana", February);
        await first.SaveChangesAsync();
        theirs.Correct([new CellCount(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Sexual, 9)], "Gabim shtypi", "besnik", February);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());
        Assert.Equal("ana", conflict.ChangedBy);

        await using var third = _database.KratContext();
        var stale = await third.Set<VictimStatistics>().SingleAsync(s => s.Id == KorceData.StatisticsId);
        Assert.Throws<ConcurrencyConflictException>(() => third.ExpectVersion(stale, loaded));

        await using var reading = _database.KratContext();
        var stored = await reading.Set<VictimStatistics>().AsNoTracking().SingleAsync(s => s.Id == KorceData.StatisticsId);
        Assert.Equal([(1, (string?)null), (2, "Shifrat e T4")], stored.Versions.Select(v => (v.Number, v.Reason)));
        Assert.Equal(8, stored.Total);
    }

    [Fact]
    public async Task TheRegistry_OnTheSpecEvaluatedInSql_RefusesACountyWideYearOverAMunicipalityRecord()
    {
        await using var context = _database.KratContext();
        var repository = new EfRepository<VictimStatistics>(context, SpecificationEvaluator.Default);
        var neighbours = await repository.ListAsync(new OverlappingStatisticsSpec(KorceData.County, null, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31))));

        var error = Assert.Throws<Domain.Common.DomainException>(() => new VictimStatisticsRegistry(neighbours)
            .Open(KorceData.CommitteeId, KorceData.County, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31))));
        Assert.Equal(VictimStatisticsRegistry.OverlapRule, error.Rule);
        Assert.Contains("Korçë municipality", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("bashkisë Korçë", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondWriterBypassingTheRegistry_IsRefusedByTheDatabase_AndNothingIsStored()
    {
        await using var context = _database.KratContext();
        context.Add(CountyYear(2023));   // the whole county, over the Korçë municipality record

        var refused = await Assert.ThrowsAsync<ConstraintViolationException>(() => context.SaveChangesAsync());
        Assert.Equal("TR_VictimStatistics_NoOverlap", refused.ConstraintName);
        Assert.Equal(nameof(VictimStatistics), refused.EntityName);
        Assert.Equal(1L, Rows("VictimStatistics"));
    }

    [Fact]
    public async Task TwoOverlappingRecordsInOneSave_AreRefusedTogether()
    {
        await using var context = _database.KratContext();
        var next = CountyYear(2024);
        var overlapping = VictimStatistics.Open(KorceData.CommitteeId, KorceData.County, new DateInterval(new LocalDate(2024, 12, 31), new LocalDate(2025, 3, 31)), Albania.Municipality("Pogradec"));
        context.AddRange(next, overlapping);

        await Assert.ThrowsAsync<ConstraintViolationException>(() => context.SaveChangesAsync());
        Assert.Equal(1L, Rows("VictimStatistics"));
    }

    [Fact]
    public async Task ACorrectionMovingThePeriodOverAnotherRecord_FromAWriterThatDidNotSeeIt_IsRefused()
    {
        await using (var seeding = _database.KratContext())
        {
            var year2024 = CountyYear(2024);
            year2024.Publish("sekretari", January);
            seeding.Add(year2024);
            await seeding.SaveChangesAsync();
        }

        await using var context = _database.KratContext();
        var record = await context.Set<VictimStatistics>().SingleAsync(s => s.MunicipalityName == null);
        var before = record.Version;
        // The writer's registry knows only this record, so the domain lets the period grow into 2023 (Korçë's year).
        new VictimStatisticsRegistry([record]).Correct(record, new DateInterval(new LocalDate(2023, 12, 1), new LocalDate(2024, 12, 31)), [], "Periudha e zgjeruar", "admin", February);

        var refused = await Assert.ThrowsAsync<ConstraintViolationException>(() => context.SaveChangesAsync());
        Assert.Equal("TR_VictimStatistics_NoOverlapOnUpdate", refused.ConstraintName);
        await using var reading = _database.KratContext();
        var stored = await reading.Set<VictimStatistics>().AsNoTracking().SingleAsync(s => s.MunicipalityName == null);
        Assert.Equal((new LocalDate(2024, 1, 1), 1, before), (stored.PeriodStart, stored.Versions.Count, stored.Version));
    }

    [Fact]
    public void RawSqlWriters_AreRefusedToo_ButAdjacentPeriodsAndOtherMunicipalitiesPass()
    {
        string Insert(string id, string? municipality, string start, string end) =>
            $"""
            INSERT INTO "VictimStatistics" ("Id", "CommitteeId", "County", "Municipality", "PeriodStart", "PeriodEnd", "Status", "Version", "CreatedAt", "CreatedBy", "ModifiedAt", "ModifiedBy")
            VALUES ('{id}', '{KorceData.CommitteeId.Value.ToString().ToUpperInvariant()}', 'AL-06', {(municipality is null ? "NULL" : $"'{municipality}'")}, '{start}', '{end}', 1, 0, 0, 'sql', 0, 'sql')
            """;

        _database.Scalar(Insert("00000000-0000-7000-8000-0000000FF001", "Pogradec", "2023-01-01", "2023-12-31"));
        _database.Scalar(Insert("00000000-0000-7000-8000-0000000FF002", "Korçë", "2024-01-01", "2024-06-30"));
        var error = Assert.Throws<SqliteException>(() => _database.Scalar(Insert("00000000-0000-7000-8000-0000000FF003", "Korçë", "2023-12-31", "2023-12-31")));
        Assert.Contains("TR_VictimStatistics_NoOverlap", error.Message, StringComparison.Ordinal);
        Assert.Throws<SqliteException>(() => _database.Scalar("UPDATE \"VictimStatistics\" SET \"PeriodStart\" = '2023-06-01' WHERE \"Id\" = '00000000-0000-7000-8000-0000000FF002'"));
        Assert.Equal(3L, Rows("VictimStatistics"));
    }

    [Fact]
    public void TheUniqueIndex_RefusesASecondRecordOfThePlaceAndFirstDay_EvenWithoutTheTriggers()
    {
        _database.Scalar("DROP TRIGGER \"TR_VictimStatistics_NoOverlap\"");
        var copy = $"""
            INSERT INTO "VictimStatistics" ("Id", "CommitteeId", "County", "Municipality", "PeriodStart", "PeriodEnd", "Status", "Version", "CreatedAt", "CreatedBy", "ModifiedAt", "ModifiedBy")
            SELECT '00000000-0000-7000-8000-0000000FF009', "CommitteeId", "County", "Municipality", "PeriodStart", '2023-03-31', 1, 0, 0, 'sql', 0, 'sql' FROM "VictimStatistics"
            """;
        var error = Assert.Throws<SqliteException>(() => _database.Scalar(copy));
        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);
    }
}
