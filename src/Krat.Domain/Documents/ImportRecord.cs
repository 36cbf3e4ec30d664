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
    /// <param name="summary">What was imported, from which file, when and with what result; its <see cref="ImportSummary.Id"/> when given, otherwise a new identity.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A value is missing, a count is negative, or the saved and refused rows are more than the rows read.</exception>
    public static ImportRecord Record(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Require.Id(summary.CommitteeId, nameof(summary));
        Require.Defined(summary.Kind, nameof(summary));
        var name = Attachment.CheckFileName(summary.FileName, nameof(summary));
        Attachment.CheckSha256(summary.Sha256, nameof(summary));

        ArgumentOutOfRangeException.ThrowIfNegative(summary.RowsSaved, nameof(summary));
        ArgumentOutOfRangeException.ThrowIfNegative(summary.RowsWithErrors, nameof(summary));
        ArgumentOutOfRangeException.ThrowIfNegative(summary.DuplicatesFlagged, nameof(summary));
        ArgumentOutOfRangeException.ThrowIfLessThan(summary.RowsRead, summary.RowsSaved + summary.RowsWithErrors, nameof(summary));
        return new ImportRecord(summary.Id ?? ImportRecordId.New(), summary.CommitteeId)
        {
            Kind = summary.Kind,
            FileName = name,
            Sha256 = summary.Sha256.ToLowerInvariant(),
            ImportedAt = summary.At,
            RowsRead = summary.RowsRead,
            RowsSaved = summary.RowsSaved,
            RowsWithErrors = summary.RowsWithErrors,
            DuplicatesFlagged = summary.DuplicatesFlagged,
        };
    }
}
