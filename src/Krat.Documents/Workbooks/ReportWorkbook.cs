using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Krat.Domain.Reports;

namespace Krat.Documents.Workbooks;

/// <summary>
/// A report as one Excel workbook (.xlsx): a cover sheet (title, committee, period, audience, the day it was
/// written and the legend of suppressed figures), then every table of the report (<see cref="ITabularReport.ToTables"/>)
/// on a sheet of its own, in reading order, with a styled header row that stays frozen, a filter on the header,
/// number formats on numbers and widths that fit the longest cell. Numbers are written as numbers; a suppressed
/// figure is written as its published text ("&lt;5", "x"), never as its value. Albanian unless English is asked for.
/// </summary>
public static class ReportWorkbook
{
    /// <summary>The media type of the files written.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The longest name Excel accepts for a sheet.</summary>
    public const int MaxSheetNameLength = 31;

    // Cell formats (indexes into CellFormats): default, header, title, integer, decimal, percentage.
    private const uint Header = 1;
    private const uint TitleFormat = 2;
    private const uint Integer = 3;
    private const uint Decimal = 4;

    /// <summary>Writes a report as a workbook.</summary>
    /// <param name="report">The report.</param>
    /// <param name="cover">What the cover sheet says.</param>
    /// <param name="culture">The language: English for an English culture, Albanian otherwise.</param>
    /// <returns>The .xlsx bytes.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two overloads differ in their first parameter's type (a report or its tables), so no call can be ambiguous.")]
    public static byte[] Write(ITabularReport report, WorkbookCover cover, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Write(report.ToTables(), cover, culture);
    }

    /// <summary>Writes tables as a workbook, one sheet per table after the cover sheet.</summary>
    /// <param name="tables">The tables, in reading order.</param>
    /// <param name="cover">What the cover sheet says.</param>
    /// <param name="culture">The language: English for an English culture, Albanian otherwise.</param>
    /// <returns>The .xlsx bytes.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two overloads differ in their first parameter's type (a report or its tables), so no call can be ambiguous.")]
    public static byte[] Write(IReadOnlyList<ReportTable> tables, WorkbookCover cover, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(cover);
        return Package(tables, cover, DocumentCulture.Of(culture));
    }

    /// <summary>Tables as a workbook without a cover sheet (the import templates: the first sheet is the one read back).</summary>
    internal static byte[] WriteSheets(IReadOnlyList<ReportTable> tables, CultureInfo language) => Package(tables, null, language);

    private static byte[] Package(IReadOnlyList<ReportTable> tables, WorkbookCover? cover, CultureInfo language)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = new Sheets();
            var definedNames = new DefinedNames();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (cover is not null)
            {
                AddSheet(workbookPart, sheets, UniqueName(language.Text("Kopertina", "Cover"), names), CoverSheet(cover, tables, language));
            }

            foreach (var table in tables)
            {
                var name = UniqueName(table.Title.In(language), names);
                var sheetIndex = (uint)sheets.ChildElements.Count;
                AddSheet(workbookPart, sheets, name, TableSheet(table, language, out var filterRange));
                definedNames.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!{filterRange}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = sheetIndex,
                    Hidden = true,
                });
            }

            workbookPart.Workbook = new Workbook(sheets);
            if (definedNames.HasChildren)
            {
                workbookPart.Workbook.Append(definedNames);
            }

            document.PackageProperties.Title = (cover?.Title ?? (tables.Count > 0 ? tables[0].Title : null))?.In(language);
            document.PackageProperties.Language = language.TwoLetterISOLanguageName;
        }

        return stream.ToArray();
    }

    /// <summary>A sheet name Excel accepts: no <c>[]:*?/\</c>, at most 31 characters, unique in the workbook (case ignored).</summary>
    internal static string UniqueName(string title, HashSet<string> taken)
    {
        var clean = new string([.. title.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c)]).Trim().Trim('\'');
        if (clean.Length == 0)
        {
            clean = "Sheet";
        }

        var name = clean.Length > MaxSheetNameLength ? clean[..MaxSheetNameLength].TrimEnd() : clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n.ToString(CultureInfo.InvariantCulture)})";
            name = (clean.Length + suffix.Length > MaxSheetNameLength ? clean[..(MaxSheetNameLength - suffix.Length)].TrimEnd() : clean) + suffix;
        }

        return name;
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbookPart.GetIdOfPart(part) });
    }

    private static Worksheet CoverSheet(WorkbookCover cover, IReadOnlyList<ReportTable> tables, CultureInfo language)
    {
        var rows = new List<(string Key, string Value)>
        {
            (language.Text("Komiteti", "Committee"), cover.Committee),
            (language.Text("Periudha", "Period"), cover.Period is { } p ? $"{language.Date(p.Start)} – {language.Date(p.End)}" : string.Empty),
            (language.Text("Aktivitetet që numërohen", "Activities counted"), cover.Counts.Counted().In(language)),
            (language.Text("Përgatitur më", "Prepared on"), language.Date(cover.GeneratedOn)),
            (language.Text("Tabelat", "Tables"), string.Join("\n", tables.Select(t => t.Title.In(language)))),
            ("<5", language.Text("Shifër nën pragun e publikimit, e fshehur", "A figure below the publication threshold, hidden")),
            ("x", language.Text("Shifër e fshehur që totali të mos zbulojë një shifër të vogël", "A figure hidden so that a total cannot reveal a small one")),
        };
        var data = new SheetData();
        data.Append(new Row(TextCell("A1", cover.Title.In(language), TitleFormat)) { RowIndex = 1U });
        for (var i = 0; i < rows.Count; i++)
        {
            var index = (uint)(i + 3);
            data.Append(new Row(TextCell($"A{index}", rows[i].Key, Header), TextCell($"B{index}", rows[i].Value, 0)) { RowIndex = index });
        }

        var valueWidth = Math.Min(80, rows.Max(r => r.Value.Split('\n').Max(l => l.Length)) + 2);
        return new Worksheet(
            new Columns(
                new Column { Min = 1U, Max = 1U, Width = 28D, CustomWidth = true },
                new Column { Min = 2U, Max = 2U, Width = valueWidth, CustomWidth = true }),
            data);
    }

    private static Worksheet TableSheet(ReportTable table, CultureInfo language, out string filterRange)
    {
        var columns = table.Columns.Count;
        var lastColumn = ColumnName(columns - 1);
        var lastRow = table.Rows.Count + 1;
        filterRange = $"$A$1:${lastColumn}${lastRow.ToString(CultureInfo.InvariantCulture)}";
        var widths = table.Columns.Select(c => c.In(language).Length).ToArray();

        var data = new SheetData();
        var header = new Row { RowIndex = 1U };
        for (var c = 0; c < columns; c++)
        {
            header.Append(TextCell($"{ColumnName(c)}1", table.Columns[c].In(language), Header));
        }

        data.Append(header);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var index = (uint)(r + 2);
            var row = new Row { RowIndex = index };
            for (var c = 0; c < columns; c++)
            {
                var cell = table.Rows[r][c];
                var reference = $"{ColumnName(c)}{index.ToString(CultureInfo.InvariantCulture)}";
                var text = cell.Text.In(language);
                widths[c] = Math.Max(widths[c], text.Length);
                row.Append(cell.Kind != ReportCellKind.Text && !cell.IsSuppressed && cell.Value is { } value
                    ? NumberCell(reference, value, decimal.Truncate(value) == value ? Integer : Decimal)
                    : TextCell(reference, text, 0));
            }

            data.Append(row);
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0U }),
            new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Clamp(w + 3, 8, 60), CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{lastRow.ToString(CultureInfo.InvariantCulture)}" });
        return worksheet;
    }

    /// <summary>The letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Cell TextCell(string reference, string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style == 0 ? null : style,
        };

    private static Cell NumberCell(string reference, decimal value, uint style) =>
        new(new CellValue(value.ToString(CultureInfo.InvariantCulture)))
        {
            CellReference = reference,
            StyleIndex = style,
        };

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "#,##0.0##" }) { Count = 1U },
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new Color { Rgb = "FFFFFFFF" }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14D }, new FontName { Val = "Calibri" }))
        { Count = 3U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FF1F4E79" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 3U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { NumberFormatId = 0U, FontId = 1U, FillId = 2U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 0U, FontId = 2U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true },
            new CellFormat { NumberFormatId = 3U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true })
        { Count = 5U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
