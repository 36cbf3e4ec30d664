using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Krat.Documents.Tests.TestSupport;
using Krat.Documents.Workbooks;
using Krat.Domain.Common;
using Krat.Domain.Reports;
using Krat.Infrastructure.Reports;
using NodaTime;

namespace Krat.Documents.Tests.Workbooks;

public sealed class ReportWorkbookTests
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    [Fact]
    public async Task October2023Report_Workbook_IsValid_AndEverySheetHoldsTheServicesFigures()
    {
        using var db = DurresDb.Create();
        await using var context = db.Context();
        var report = await new ReportService(context).MonthAsync(db.Scenario.KratDurres.Id, new YearMonth(2023, 10), ReportAudience.Committee);
        var tables = report.ToTables();
        var cover = new WorkbookCover(new Label("Raporti i periudhës", "Period report"), db.Scenario.KratDurres.Name, report.Period, ReportAudience.Committee, Today);

        var bytes = ReportWorkbook.Write(report, cover);
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "raporti-2023-10.xlsx"), bytes);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        OpenXmlAssert.Valid(workbook);
        var sheets = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(tables.Count + 1, sheets.Count);
        var coverText = Cells(workbook, sheets[0]).SelectMany(r => r).ToList();
        Assert.Contains("Raporti i periudhës", coverText);
        Assert.Contains(db.Scenario.KratDurres.Name, coverText);
        Assert.Contains("01.10.2023 – 31.10.2023", coverText);
        Assert.Contains(ReportAudience.Committee.Counted().Albanian, coverText);

        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var sheet = sheets[t + 1];
            var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!);
            var rows = Cells(workbook, sheet);
            Assert.Equal(table.Columns.Select(c => c.Albanian), rows[0]);
            Assert.Equal(table.Rows.Count, rows.Count - 1);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var cell = table.Rows[r][c];
                    var expected = cell.Kind != ReportCellKind.Text && !cell.IsSuppressed && cell.Value is { } v
                        ? v.ToString(CultureInfo.InvariantCulture)
                        : cell.Text.Albanian;
                    Assert.Equal(expected, rows[r + 1][c]);
                }
            }

            var pane = part.Worksheet!.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.StartsWith("A1:", part.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);
            Assert.Equal(table.Columns.Count, part.Worksheet.Descendants<Column>().Count());
        }

        var numbers = workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<Cell>()).Where(c => c.DataType is null).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, c => Assert.NotNull(c.StyleIndex));
    }

    [Fact]
    public async Task YearlyAnalysis_Workbook_IsValid_InEnglish()
    {
        using var db = DurresDb.Create();
        await using var context = db.Context();
        var year = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
        var report = await new ReportService(context).AnalysisAsync(db.Scenario.KratDurres.Id, year, year.End, ReportAudience.Public);
        var cover = new WorkbookCover(new Label("Analiza vjetore", "Annual analysis"), db.Scenario.KratDurres.Name, year, ReportAudience.Public, Today);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(ReportWorkbook.Write(report, cover, DocumentCulture.English)), false);

        OpenXmlAssert.Valid(workbook);
        var sheets = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("Cover", sheets[0].Name!.Value);
        Assert.Equal(report.ToTables().Count + 1, sheets.Count);
        Assert.Equal(sheets.Count, sheets.Select(s => s.Name!.Value!.ToUpperInvariant()).Distinct().Count());
        Assert.All(sheets, s => Assert.True(s.Name!.Value!.Length <= ReportWorkbook.MaxSheetNameLength));
        Assert.Contains(ReportAudience.Public.Counted().English, Cells(workbook, sheets[0]).SelectMany(r => r));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnName_CountsInLetters(int index, string expected) => Assert.Equal(expected, ReportWorkbook.ColumnName(index));

    [Fact]
    public void UniqueName_CleansTrimsAndNumbersRepeats()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var first = ReportWorkbook.UniqueName("Aktivitetet sipas llojit/bashkisë: [2023] dhe më shumë", taken);
        var second = ReportWorkbook.UniqueName("aktivitetet sipas llojit/bashkisë: [2023] dhe më shumë", taken);

        Assert.Equal(31, first.Length);
        Assert.DoesNotContain('/', first);
        Assert.EndsWith(" (2)", second);
        Assert.True(second.Length <= 31);
    }

    private static List<List<string>> Cells(SpreadsheetDocument workbook, Sheet sheet)
    {
        var part = (WorksheetPart)workbook.WorkbookPart!.GetPartById(sheet.Id!);
        return [.. part.Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty).ToList())];
    }
}
