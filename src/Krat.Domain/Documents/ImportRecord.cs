using Krat.Domain.Committees;
using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.Documents;

/// <summary>
/// The audit record of one import from a spreadsheet that was saved: what was imported, from which file (name and
/// SHA-256), when, and how many rows were read, saved, refused for errors and flagged as likely duplicates. Who
/// imported is the user the store records as its creator.
/// </summary>
public sealed class ImportRecord : AggregateRoot<ImportRecordId>, ICommitteeScoped
{
    /// <summary>The longest file name kept.</summary>
    public const int MaxFileNameLength = Attachment.MaxFileNameLength;

    private ImportRecord(ImportRecordId id, CommitteeId committeeId)
        : base(id)
    {
        CommitteeId = committeeId;
        FileName = string.Empty;
        Sha256 = string.Empty;
    }

    private ImportRecord()
    {
        FileName = string.Empty;
        Sha256 = string.Empty;
    }

    /// <summary>The committee the rows were imported for.</summary>
    public CommitteeId CommitteeId { get; private set; }

    /// <summary>What was imported.</summary>
    public ImportKind Kind { get; private set; }

    /// <summary>The file's name as uploaded.</summary>
    public string FileName { get; private set; }

    /// <summary>The SHA-256 of the file, lower-case hexadecimal.</summary>
    public string Sha256 { get; private set; }

    /// <summary>When the rows were saved.</summary>
    public Instant ImportedAt { get; private set; }

    /// <summary>How many data rows the file held.</summary>
    public int RowsRead { get; private set; }

    /// <summary>How many rows were saved.</summary>
    public int RowsSaved { get; private set; }

    /// <summary>How many rows were left out because they broke a rule.</summary>
    public int RowsWithErrors { get; private set; }

    /// <summary>How many rows were flagged as likely duplicates.</summary>
    public int DuplicatesFlagged { get; private set; }

    /// <summary>Records a saved import.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="kind">What was imported.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="sha256">The file's SHA-256, 64 hexadecimal digits.</param>
    /// <param name="at">When.</param>
    /// <param name="rowsRead">Rows in the file.</param>
    /// <param name="rowsSaved">Rows saved.</param>
    /// <param name="rowsWithErrors">Rows left out for errors.</param>
    /// <param name="duplicatesFlagged">Rows flagged as likely duplicates.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A value is missing, a count is negative, or the saved and refused rows are more than the rows read.</exception>
    public static ImportRecord Record(CommitteeId committeeId, ImportKind kind, string fileName, string sha256, Instant at, int rowsRead, int rowsSaved, int rowsWithErrors, int duplicatesFlagged)
    {
        Require.Id(committeeId, nameof(committeeId));
        Require.Defined(kind, nameof(kind));
        var name = Attachment.CheckFileName(fileName, nameof(fileName));
        Attachment.CheckSha256(sha256, nameof(sha256));

        ArgumentOutOfRangeException.ThrowIfNegative(rowsSaved);
        ArgumentOutOfRangeException.ThrowIfNegative(rowsWithErrors);
        ArgumentOutOfRangeException.ThrowIfNegative(duplicatesFlagged);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsRead, rowsSaved + rowsWithErrors);
        return new ImportRecord(ImportRecordId.New(), committeeId)
        {
            Kind = kind,
            FileName = name,
            Sha256 = sha256.ToLowerInvariant(),
            ImportedAt = at,
            RowsRead = rowsRead,
            RowsSaved = rowsSaved,
            RowsWithErrors = rowsWithErrors,
            DuplicatesFlagged = duplicatesFlagged,
        };
    }
}
