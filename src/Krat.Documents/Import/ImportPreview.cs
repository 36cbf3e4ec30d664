using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Documents;

namespace Krat.Documents.Import;

/// <summary>A problem with one cell (or a whole row when <see cref="Column"/> is <see langword="null"/>), in Albanian and English.</summary>
/// <param name="Row">The row number in the file (the header is row 1).</param>
/// <param name="Column">The column's header in Albanian and English, or <see langword="null"/> for the row as a whole.</param>
/// <param name="Text">What is wrong, in Albanian and English.</param>
public sealed record ImportProblem(int Row, Label? Column, Label Text);

/// <summary>One data row of an import file as checked: its values by column key, its errors, and whether it looks like a duplicate.</summary>
/// <param name="Number">The row number in the file (the header is row 1).</param>
/// <param name="Values">The cell texts by column key.</param>
/// <param name="Errors">The rules the row breaks; empty for a valid row.</param>
/// <param name="Duplicate">Why the row looks like a record already in Krat or an earlier row of the file; <see langword="null"/> when it does not.</param>
public sealed record ImportRow(int Number, IReadOnlyDictionary<string, string> Values, IReadOnlyList<ImportProblem> Errors, Label? Duplicate)
{
    /// <summary>Whether the row breaks no rule (it may still be a likely duplicate).</summary>
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// What an import file would bring in, before anything is saved: every row checked by the domain's own rules,
/// errors by row and column, likely duplicates flagged. <see cref="SpreadsheetImporter.SaveAsync"/> saves the valid
/// rows of a preview in one transaction.
/// </summary>
public sealed class ImportPreview
{
    internal ImportPreview(CommitteeId committeeId, ImportKind kind, string fileName, string sha256, IReadOnlyList<ImportRow> rows, IReadOnlyList<(ImportRow Row, object Record)> records)
    {
        CommitteeId = committeeId;
        Kind = kind;
        FileName = fileName;
        Sha256 = sha256;
        Rows = rows;
        Records = records;
    }

    /// <summary>The committee the rows are for.</summary>
    public CommitteeId CommitteeId { get; }

    /// <summary>What the file imports.</summary>
    public ImportKind Kind { get; }

    /// <summary>The file's name as uploaded.</summary>
    public string FileName { get; }

    /// <summary>The SHA-256 of the file, lower-case hexadecimal.</summary>
    public string Sha256 { get; }

    /// <summary>Every data row, in file order.</summary>
    public IReadOnlyList<ImportRow> Rows { get; }

    /// <summary>Every error, row by row.</summary>
    public IEnumerable<ImportProblem> Errors => Rows.SelectMany(r => r.Errors);

    /// <summary>How many rows break no rule.</summary>
    public int ValidCount => Rows.Count(r => r.IsValid);

    /// <summary>How many valid rows look like duplicates.</summary>
    public int DuplicateCount => Rows.Count(r => r.IsValid && r.Duplicate is not null);

    /// <summary>The aggregates built from the valid rows, with their rows.</summary>
    internal IReadOnlyList<(ImportRow Row, object Record)> Records { get; }
}
