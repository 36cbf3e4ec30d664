using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Krat.Domain.Common;


namespace Krat.Documents.Import;

/// <summary>
/// Reads the first sheet of an .xlsx workbook or a UTF-8 .csv file into rows of text, refusing (with
/// <see cref="FileRefusedException"/>) before anything is read: a file above the size limit, a file that is
/// not a spreadsheet (told by its content, not its name), a zip bomb (every part's declared sizes and
/// compression ratio checked before any part is unpacked), a macro-enabled workbook (a <c>vbaProject</c> part or a
/// macro-enabled content type), a formula where a value belongs, a CSV that is not valid UTF-8, and more rows
/// than the limit.
/// </summary>
internal static class SheetReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SheetRows Read(string fileName, byte[] content, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (content.Length > limits.MaxFileBytes)
        {
            throw new FileRefusedException("import.too-large", new Label(
                $"Skedari ka {Megabytes(content.Length)} MB; lejohen më së shumti {Megabytes(limits.MaxFileBytes)} MB.",
                $"The file is {Megabytes(content.Length)} MB; at most {Megabytes(limits.MaxFileBytes)} MB are accepted."));
        }

        if (content.Length == 0)
        {
            throw Empty();
        }

        var rows = ContentSniffer.IsZip(content) ? ReadWorkbook(content, limits)
            : ContentSniffer.LooksBinary(content) || ContentSniffer.Detect(content) is not null ? throw NotASpreadsheet(fileName)
            : ReadCsv(content);
        if (rows.Rows.Count > limits.MaxRows)
        {
            throw new FileRefusedException("import.too-many-rows", new Label(
                $"Skedari ka {rows.Rows.Count} rreshta me të dhëna; lejohen më së shumti {limits.MaxRows}. Ndajeni në disa skedarë.",
                $"The file has {rows.Rows.Count} data rows; at most {limits.MaxRows} are accepted. Split it into several files."));
        }

        return rows;
    }

    private static SheetRows ReadWorkbook(byte[] content, ImportLimits limits)
    {
        CheckPackage(content, limits);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false, new OpenSettings { MaxCharactersInPart = limits.MaxUncompressedBytes });
            var workbookPart = document.WorkbookPart ?? throw NotASpreadsheet(null);
            var sheet = workbookPart.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Empty();
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!)).Worksheet ?? throw Empty();
            var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var rows = new List<SheetRow>();
            foreach (var row in worksheet.Descendants<Row>())
            {
                var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    if (cell.CellFormula is not null)
                    {
                        throw new FileRefusedException("import.formula", new Label(
                            $"Rreshti {number}, kolona {ColumnLetters(column)} ka një formulë ({cell.CellFormula.Text}). Importi pranon vetëm vlera: kopjojini dhe ngjitini si vlera.",
                            $"Row {number}, column {ColumnLetters(column)} holds a formula ({cell.CellFormula.Text}). The import takes values only: copy the cells and paste them as values."));
                    }

                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(CellText(cell, shared));
                }

                rows.Add(new SheetRow(number, cells));
                if (rows.Count > limits.MaxRows + 1)
                {
                    break;
                }
            }

            return Split(rows);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or InvalidOperationException or FileFormatException)
        {
            throw NotASpreadsheet(null, e);
        }
    }

    /// <summary>Checks a zip package before any part is unpacked: parts, sizes, ratios, macros, and that it is a workbook.</summary>
    private static void CheckPackage(byte[] content, ImportLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw NotASpreadsheet(null, e);
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxParts)
            {
                throw ZipBomb($"{zip.Entries.Count} pjesë", $"{zip.Entries.Count} parts");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : long.MaxValue) : entry.Length / entry.CompressedLength;
                if (ratio > limits.MaxCompressionRatio || total > limits.MaxUncompressedBytes)
                {
                    throw ZipBomb($"pjesa {entry.FullName} zbërthehet në {Megabytes(entry.Length)} MB", $"the part {entry.FullName} unpacks to {Megabytes(entry.Length)} MB");
                }
            }

            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                throw Macro();
            }

            var types = zip.GetEntry("[Content_Types].xml") ?? throw NotASpreadsheet(null);
            string text;
            using (var reader = new StreamReader(types.Open(), Encoding.UTF8))
            {
                text = reader.ReadToEnd();
            }

            if (text.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || text.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
            {
                throw Macro();
            }

            if (!text.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal) && !text.Contains("spreadsheetml.template.main+xml", StringComparison.Ordinal))
            {
                throw NotASpreadsheet(null);
            }
        }
    }

    private static SheetRows ReadCsv(byte[] content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            throw new FileRefusedException("import.not-utf8", new Label(
                $"Skedari CSV nuk është i koduar në UTF-8 (bajti i pavlefshëm në pozicionin {e.Index + 1}); ndoshta është ruajtur si Windows-1250. Ruajeni si „CSV UTF-8” dhe provoni përsëri.",
                $"The CSV file is not encoded in UTF-8 (invalid byte at position {e.Index + 1}); it was probably saved as Windows-1250. Save it as \"CSV UTF-8\" and try again."));
        }

        text = text.TrimStart('\uFEFF');
        var separator = Separator(text);
        var rows = new List<SheetRow>();
        var number = 0;
        foreach (var cells in Csv.Parse(text, separator))
        {
            number++;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (cell.StartsWith('='))
                {
                    throw new FileRefusedException("import.formula", new Label(
                        $"Rreshti {number}, kolona {ColumnLetters(c)} ka një formulë ({cell}). Importi pranon vetëm vlera.",
                        $"Row {number}, column {ColumnLetters(c)} holds a formula ({cell}). The import takes values only."));
                }

                // Krat's own CSV files escape text that looks like a formula with a leading apostrophe.
                if (cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@')
                {
                    cells[c] = cell[1..];
                }
            }

            rows.Add(new SheetRow(number, cells));
        }

        return Split(rows);
    }

    private static SheetRows Split(List<SheetRow> rows)
    {
        var filled = rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (filled.Count == 0)
        {
            throw Empty();
        }

        return new SheetRows([.. filled[0].Cells.Select(c => c.Trim())], [.. filled.Skip(1)]);
    }

    /// <summary>The separator of a CSV file: whichever of ; , or tab appears most in its first line outside quotes.</summary>
    private static char Separator(string text)
    {
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && counts.TryGetValue(c, out var count))
            {
                counts[c] = count + 1;
            }
        }

        return counts.MaxBy(p => p.Value) is { Value: > 0 } best ? best.Key : ',';
    }

    private static string CellText(Cell cell, string[] shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Length ? shared[index] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return cell.CellValue?.Text == "1" ? "TRUE" : "FALSE";
        }

        return cell.CellValue?.Text ?? string.Empty;
    }

    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    internal static string ColumnLetters(int index) => Workbooks.ReportWorkbook.ColumnName(index);

    private static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.InvariantCulture);

    private static FileRefusedException Empty() => new("import.empty", new Label("Skedari nuk ka asnjë rresht.", "The file has no rows."));

    private static FileRefusedException Macro() => new("import.macro", new Label(
        "Skedari është një libër Excel me makro (.xlsm). Makrot nuk pranohen: ruajeni si „Excel Workbook (.xlsx)” dhe provoni përsëri.",
        "The file is a macro-enabled Excel workbook (.xlsm). Macros are not accepted: save it as \"Excel Workbook (.xlsx)\" and try again."));

    private static FileRefusedException ZipBomb(string albanian, string english) => new("import.zip-bomb", new Label(
        $"Skedari u refuzua: {albanian}, më shumë se sa mund të ketë një fletë e zakonshme (skedar i dyshuar si „bombë zip”).",
        $"The file was refused: {english}, more than an ordinary sheet can hold (a suspected zip bomb)."));

    private static FileRefusedException NotASpreadsheet(string? fileName, Exception? cause = null)
    {
        var refused = new FileRefusedException("import.not-a-spreadsheet", new Label(
            $"{(fileName is null ? "Skedari" : $"Skedari „{fileName}”")} nuk është një fletë .xlsx ose .csv. Shkarkoni modelin dhe plotësojeni atë.",
            $"{(fileName is null ? "The file" : $"The file \"{fileName}\"")} is not an .xlsx or .csv spreadsheet. Download the template and fill it in."));
        _ = cause;
        return refused;
    }
}
