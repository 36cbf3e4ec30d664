using System.Text;
using BenchmarkDotNet.Attributes;
using Krat.Demo.Durres;
using Krat.Documents.Import;
using Krat.Documents.Minutes;
using Krat.Documents.Workbooks;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Documents;
using Krat.Domain.Geography;
using Krat.Domain.Reports;
using Krat.Infrastructure;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Benchmarks;

/// <summary>The Durrës scenario in a fresh in-memory SQLite database built by the migrations.</summary>
internal sealed class DurresMemoryDatabase : IDisposable
{
    public DurresMemoryDatabase()
    {
        Connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        Connection.Open();
        using var context = Context();
        context.Database.Migrate();
        foreach (var aggregates in new IEnumerable<object>[]
        {
            Scenario.Organisations, Scenario.People, [Scenario.KratDurres], Scenario.Meetings, [Scenario.ActionPlan2023], [Scenario.October2023], Scenario.Activities,
            [Scenario.ResilienceCentrePartnership], [Scenario.ResilienceCentreProvider], [Scenario.PupilsProject], [Scenario.VictimStatistics2023],
        })
        {
            context.AddRange(aggregates);
            context.SaveChanges();
        }
    }

    public SqliteConnection Connection { get; }

    public DurresScenario Scenario { get; } = DurresScenario.Build();

    public IClock Clock { get; } = SystemClock.Instance;

    public KratDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        KratSqlite.Configure(builder, Connection);
        return new KratDbContext(builder.Options, Clock, SystemUser.Instance, CommitteeScope.Unscoped);
    }

    public void Dispose() => Connection.Dispose();
}

/// <summary>
/// Importing 5,000 activities from a CSV file laid out like the template into the Durrës database: the preview
/// alone, preview and save, and (baseline) a plain EF Core insert of the same 5,000 activities built with the
/// same factory, without reading a file, checking rows or flagging duplicates.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    public const int Rows = 5_000;

    private byte[] _csv = null!;
    private DurresMemoryDatabase _db = null!;

    [GlobalSetup]
    public void Setup() => _csv = Csv(Rows);

    [IterationSetup]
    public void Prepare() => _db = new DurresMemoryDatabase();

    [IterationCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> Import5000_PlainEfCoreInsert()
    {
        await using var context = _db.Context();
        var county = CountyCode.From("AL-02");
        var activities = Enumerable.Range(1, Rows).Select(i => Activity.Plan(new ActivityPlan
        {
            CommitteeId = DemoIds.KratDurres,
            County = county,
            Kind = ActivityKind.AwarenessSession,
            Title = Title(i),
            PlannedDays = Activity.Days(Day(i)),
            Municipalities = [Albania.Municipality(Municipality(i))],
            LeadOrganisationId = DemoIds.EducationOffice,
            TargetGroups = [TargetGroup.Pupils, TargetGroup.Parents],
            Visibility = Visibility.Public,
        })).ToList();
        context.AddRange(activities);
        return await context.SaveChangesAsync();
    }

    [Benchmark]
    public async Task<int> Import5000_Preview()
    {
        await using var context = _db.Context();
        var preview = await new SpreadsheetImporter(context, _db.Clock).PreviewAsync(DemoIds.KratDurres, ImportKind.Activities, "aktivitetet.csv", _csv);
        return preview.ValidCount;
    }

    [Benchmark]
    public async Task<int> Import5000_PreviewAndSave()
    {
        await using var context = _db.Context();
        var importer = new SpreadsheetImporter(context, _db.Clock);
        var preview = await importer.PreviewAsync(DemoIds.KratDurres, ImportKind.Activities, "aktivitetet.csv", _csv);
        return (await importer.SaveAsync(preview)).RowsSaved;
    }

    private static string Title(int i) => $"Seancë ndërgjegjësuese nr. {i} në shkolla";

    private static LocalDate Day(int i) => new LocalDate(2024, 1, 1).PlusDays(i % 366);

    private static string Municipality(int i) => (i % 3) switch { 0 => "Durrës", 1 => "Krujë", _ => "Shijak" };

    private static byte[] Csv(int rows)
    {
        var text = new StringBuilder("Titulli;Lloji;Data;Bashkitë;Organizata drejtuese;Grupet e synuara;Dukshmëria\r\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append(Title(i)).Append(";Seancë ndërgjegjësuese;").Append(Day(i).ToString("dd.MM.uuuu", null)).Append(';')
                .Append(Municipality(i)).Append(";ZVA;\"Nxënës; Prindër\";Publike\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}

/// <summary>Writing the minutes of 31.10.2023 as .docx and the committee's 2023 analysis as one .xlsx workbook.</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private DurresMemoryDatabase _db = null!;
    private IReadOnlyList<ReportTable> _yearly = null!;
    private WorkbookCover _cover = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _db = new DurresMemoryDatabase();
        await using var context = _db.Context();
        var year = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
        _yearly = (await new ReportService(context).AnalysisAsync(DemoIds.KratDurres, year, year.End, ReportAudience.Committee)).ToTables();
        _cover = new WorkbookCover(new Label("Analiza vjetore 2023", "Annual analysis 2023"), _db.Scenario.KratDurres.Name, year, ReportAudience.Committee, year.End);
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark(Baseline = true)]
    public int Minutes_Docx() =>
        MinutesDocument.Write(_db.Scenario.ClosingMeeting, _db.Scenario.KratDurres, new Krat.Domain.Organisations.Specifications.OrganisationNamesSpec().Evaluate(_db.Scenario.Organisations).ToDictionary(o => o.Id), new Krat.Domain.People.Specifications.PersonNamesSpec().Evaluate(_db.Scenario.People).ToDictionary(p => p.Id)).Length;

    [Benchmark]
    public int YearlyReport_Xlsx() => ReportWorkbook.Write(_yearly, _cover).Length;
}
