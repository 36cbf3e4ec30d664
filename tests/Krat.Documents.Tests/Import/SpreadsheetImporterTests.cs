using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using Krat.Documents.Import;
using Krat.Documents.Tests.TestSupport;
using Krat.Domain.Activities;
using Krat.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Documents.Tests.Import;

public sealed class SpreadsheetImporterTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    private static int Count(DurresDb db) => (int)db.Count("Activities");

    [Fact]
    public async Task GoodCsv_Preview_PassesEveryRow_AndSave_StoresThemWithAnAuditRecord()
    {
        using var db = DurresDb.Create();
        var before = Count(db);
        await using var context = db.Context(new TestUser("sekretari.durres"));
        var importer = new SpreadsheetImporter(context, db.Clock);
        var content = Fixture("activities-good.csv");

        var preview = await importer.PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, "aktivitetet.csv", content);

        Assert.Equal(6, preview.Rows.Count);
        Assert.Empty(preview.Errors);
        Assert.Equal(0, preview.DuplicateCount);
        Assert.Equal(before, Count(db));

        var record = await importer.SaveAsync(preview);

        Assert.Equal(before + 6, Count(db));
        Assert.Equal(1L, db.Count("ImportRecords"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), record.Sha256);
        Assert.Equal((6, 6, 0, 0), (record.RowsRead, record.RowsSaved, record.RowsWithErrors, record.DuplicatesFlagged));
        await using var check = db.Context();
        var stored = await check.Set<ImportRecord>().SingleAsync();
        Assert.Equal("aktivitetet.csv", stored.FileName);
        Assert.Equal(db.Clock.GetCurrentInstant(), stored.ImportedAt);
        Assert.Equal("sekretari.durres", await check.Set<ImportRecord>().Select(r => EF.Property<string>(r, "CreatedBy")).SingleAsync());
        var completed = await check.Set<Activity>().SingleAsync(a => a.Title == "Seancë informuese në shkollën \"Naim Frashëri\"");
        Assert.Equal(ActivityStatus.Completed, completed.Status);
        Assert.Equal(80, completed.Reach!.Total);
        Assert.Equal(Visibility.Public, completed.Visibility);
        var workshop = await check.Set<Activity>().SingleAsync(a => a.Title == "Workshop with employers");
        Assert.Equal(["Durrës", "Shijak"], workshop.Municipalities.Select(m => m.Name));
    }

    [Fact]
    public async Task GoodXlsx_WithEnglishHeadersInAnotherOrder_AndADateSerial_PassesEveryRow()
    {
        using var db = DurresDb.Create();
        await using var context = db.Context();

        var preview = await new SpreadsheetImporter(context, db.Clock).PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, "activities.xlsx", Fixture("activities-good.xlsx"));

        Assert.Equal(6, preview.ValidCount);
        Assert.Equal("45236", preview.Rows[0].Values["date"]);
        var first = (Activity)preview.Records[0].Record;
        Assert.Equal(new LocalDate(2023, 11, 6), first.PlannedDays.Start);
    }

    [Fact]
    public async Task CommaSeparatedCsv_IsReadToo()
    {
        using var db = DurresDb.Create();
        await using var context = db.Context();

        var preview = await new SpreadsheetImporter(context, db.Clock).PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, "a.csv", Fixture("activities-comma.csv"));

        Assert.Equal(2, preview.ValidCount);
    }

    [Fact]
    public async Task BadCsv_ListsErrorsByRowAndColumn_InBothLanguages_FlagsDuplicates_AndSavesOnlyTheCleanRows()
    {
        using var db = DurresDb.Create();
        var before = Count(db);
        await using var context = db.Context();
        var importer = new SpreadsheetImporter(context, db.Clock);

        var preview = await importer.PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, "keq.csv", Fixture("activities-bad.csv"));

        var errors = preview.Errors.ToDictionary(e => e.Row);
        Assert.Equal([3, 4, 5, 6, 7, 10, 11], errors.Keys.Order());
        Assert.Equal("Lloji", errors[3].Column!.Albanian);
        Assert.Contains("Koncert", errors[3].Text.English);
        Assert.Equal("Date", errors[4].Column!.English);
        Assert.Equal("Bashkitë", errors[5].Column!.Albanian);
        Assert.Equal("Organizata drejtuese", errors[6].Column!.Albanian);
        Assert.Contains("Shoqata Fantazmë", errors[6].Text.Albanian);
        Assert.Equal("Burra", errors[7].Column!.Albanian);
        Assert.Contains("Women (8) and men (7)", errors[7].Text.English);
        Assert.Equal("Data e mbarimit", errors[10].Column!.Albanian);
        Assert.Equal("Titulli", errors[11].Column!.Albanian);
        Assert.Contains("rreshtin 2", preview.Rows.Single(r => r.Number == 8).Duplicate!.Albanian);
        Assert.Contains("already in Krat", preview.Rows.Single(r => r.Number == 9).Duplicate!.English);
        Assert.Equal(3, preview.ValidCount);
        Assert.Equal(2, preview.DuplicateCount);

        var record = await importer.SaveAsync(preview);

        Assert.Equal(before + 1, Count(db));
        Assert.Equal((10, 1, 7, 2), (record.RowsRead, record.RowsSaved, record.RowsWithErrors, record.DuplicatesFlagged));
    }

    [Fact]
    public async Task BadCsv_SavedWithDuplicates_SavesTheFlaggedRowsToo()
    {
        using var db = DurresDb.Create();
        var before = Count(db);
        await using var context = db.Context();
        var importer = new SpreadsheetImporter(context, db.Clock);
        var preview = await importer.PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, "keq.csv", Fixture("activities-bad.csv"));

        await importer.SaveAsync(preview, includeDuplicates: true);

        Assert.Equal(before + 3, Count(db));
    }

    [Theory]
    [InlineData("hostile/not-a-spreadsheet.xlsx", "import.not-a-spreadsheet", "is not an .xlsx or .csv")]
    [InlineData("hostile/report.pdf.csv", "import.not-a-spreadsheet", "is not an .xlsx or .csv")]
    [InlineData("hostile/zip-bomb.xlsx", "import.zip-bomb", "zip bomb")]
    [InlineData("hostile/macro-enabled.xlsx", "import.macro", "macro-enabled")]
    [InlineData("hostile/formula.xlsx", "import.formula", "Row 2, column J holds a formula")]
    [InlineData("hostile/formula.csv", "import.formula", "Row 2, column J holds a formula")]
    [InlineData("hostile/windows-1250.csv", "import.not-utf8", "Windows-1250")]
    public async Task HostileFile_IsRefusedWithAClearMessage_AndNothingIsSaved(string fixture, string reason, string english)
    {
        using var db = DurresDb.Create();
        var (activities, imports) = (Count(db), db.Count("ImportRecords"));
        await using var context = db.Context();
        var importer = new SpreadsheetImporter(context, db.Clock);

        var refused = await Assert.ThrowsAsync<FileRefusedException>(() =>
            importer.PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, Path.GetFileName(fixture), Fixture(fixture)));

        Assert.Equal(reason, refused.Reason);
        Assert.Contains(english, refused.Text.English);
        Assert.NotEqual(refused.Text.English, refused.Text.Albanian);
        Assert.Equal((activities, imports), (Count(db), db.Count("ImportRecords")));
    }

    [Fact]
    public async Task FileAboveTheSizeLimit_OrWithTooManyRows_IsRefused()
    {
        using var db = DurresDb.Create();
        await using var context = db.Context();
        var content = Fixture("activities-good.csv");

        var large = await Assert.ThrowsAsync<FileRefusedException>(() =>
            new SpreadsheetImporter(context, db.Clock, new ImportLimits { MaxFileBytes = 512 }).PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, "a.csv", content));
        var many = await Assert.ThrowsAsync<FileRefusedException>(() =>
            new SpreadsheetImporter(context, db.Clock, new ImportLimits { MaxRows = 5 }).PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, "a.csv", content));

        Assert.Equal("import.too-large", large.Reason);
        Assert.Equal("import.too-many-rows", many.Reason);
        Assert.Contains("6 data rows; at most 5", many.Text.English);
    }

    [Fact]
    public async Task FileWithoutTheTemplatesColumns_IsRefused_NamingThem()
    {
        using var db = DurresDb.Create();
        await using var context = db.Context();
        var content = "\uFEFFEmri;Data\r\nX;01.11.2023\r\n"u8.ToArray();

        var refused = await Assert.ThrowsAsync<FileRefusedException>(() =>
            new SpreadsheetImporter(context, db.Clock).PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, "a.csv", content));

        Assert.Equal("import.columns", refused.Reason);
        Assert.Contains("Titulli", refused.Text.Albanian);
        Assert.Contains("Lead organisation", refused.Text.English);
    }

    [Fact]
    public async Task PreviewWithNoValidRow_CannotBeSaved()
    {
        using var db = DurresDb.Create();
        await using var context = db.Context();
        var importer = new SpreadsheetImporter(context, db.Clock);
        var content = System.Text.Encoding.UTF8.GetBytes("Titulli;Lloji;Data;Bashkitë;Organizata drejtuese;Grupet e synuara\r\nX;Koncert;01.11.2023;Durrës;ZVA;Nxënës\r\n");
        var preview = await importer.PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, "a.csv", content);

        var refused = await Assert.ThrowsAsync<FileRefusedException>(() => importer.SaveAsync(preview));

        Assert.Equal("import.nothing-to-save", refused.Reason);
        Assert.Equal(0L, db.Count("ImportRecords"));
    }

    [Fact]
    public async Task ARowTheDatabaseRefuses_LeavesNothingOfTheImportSaved()
    {
        using var db = DurresDb.Create();
        var before = Count(db);
        await using var context = db.Context();
        var importer = new SpreadsheetImporter(context, db.Clock);
        var preview = await importer.PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Activities, "aktivitetet.csv", Fixture("activities-good.csv"));
        // The database refuses one row of the six (the domain accepted all of them).
        using (var trigger = db.Connection.CreateCommand())
        {
            trigger.CommandText = "CREATE TRIGGER RefuseOneRow BEFORE INSERT ON Activities WHEN NEW.Title = 'Workshop with employers' BEGIN SELECT RAISE(ABORT, 'refused'); END;";
            trigger.ExecuteNonQuery();
        }

        await Assert.ThrowsAnyAsync<Exception>(() => importer.SaveAsync(preview));

        Assert.Equal(6, preview.ValidCount);
        Assert.Equal(before, Count(db));
        Assert.Equal(0L, db.Count("ImportRecords"));
        Assert.DoesNotContain(context.ChangeTracker.Entries(), e => e.State == EntityState.Added);
    }

    [Fact]
    public async Task Organisations_AreCheckedByTheDomain_AndAKnownNameIsFlagged()
    {
        using var db = DurresDb.Create();
        var before = db.Count("Organisations");
        await using var context = db.Context();
        var importer = new SpreadsheetImporter(context, db.Clock);

        var preview = await importer.PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.Organisations, "org.csv", Fixture("organisations-good.csv"));

        Assert.Equal(3, preview.ValidCount);
        Assert.Equal("Qarku", Assert.Single(preview.Errors).Column!.Albanian);
        Assert.NotNull(preview.Rows.Single(r => r.Values["name"] == "Bashkia Durrës").Duplicate);
        await importer.SaveAsync(preview);
        Assert.Equal(before + 2, db.Count("Organisations"));
    }

    [Fact]
    public async Task People_AreCheckedByTheDomain()
    {
        using var db = DurresDb.Create();
        var before = db.Count("People");
        await using var context = db.Context();
        var importer = new SpreadsheetImporter(context, db.Clock);

        var preview = await importer.PreviewAsync(db.Scenario.KratDurres.Id, ImportKind.People, "njerez.csv", Fixture("people-good.csv"));

        Assert.Equal(2, preview.ValidCount);
        var error = Assert.Single(preview.Errors);
        Assert.Equal((4, "Emri"), (error.Row, error.Column!.Albanian));
        await importer.SaveAsync(preview);
        Assert.Equal(before + 2, db.Count("People"));
    }

    [Theory]
    [InlineData(ImportKind.Activities)]
    [InlineData(ImportKind.Organisations)]
    [InlineData(ImportKind.People)]
    public async Task Template_IsAValidWorkbook_WhoseHeadersTheImportReads(ImportKind kind)
    {
        using var db = DurresDb.Create();
        await using var context = db.Context();
        var template = ImportTemplate.For(kind);
        var xlsx = template.ToXlsx();

        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            OpenXmlAssert.Valid(workbook);
        }

        var fromXlsx = await new SpreadsheetImporter(context, db.Clock).PreviewAsync(db.Scenario.KratDurres.Id, kind, "t.xlsx", xlsx);
        var fromCsv = await new SpreadsheetImporter(context, db.Clock).PreviewAsync(db.Scenario.KratDurres.Id, kind, "t.csv", [.. template.ToCsv(DocumentCulture.English, ','), .. "x\r\n"u8.ToArray()]);

        Assert.Empty(fromXlsx.Rows);
        Assert.Single(fromCsv.Rows);
    }
}
