namespace Krat.Documents.Import;

/// <summary>The cells of the first sheet of an import file: the header row and the data rows with their row numbers as the spreadsheet shows them.</summary>
internal sealed record SheetRows(IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows);

/// <summary>A data row: its number in the file (the header is row 1) and its cells, as text, in column order.</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<string> Cells);
