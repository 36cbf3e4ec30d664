using Krat.Domain.Committees;
using NodaTime;

namespace Krat.Domain.Documents;

/// <summary>
/// What <see cref="ImportRecord.Record"/> keeps of a saved import: the committee, what was imported, from which file
/// (name and SHA-256), when, and how many rows were read, saved, refused for errors and flagged as likely duplicates.
/// Checked by <see cref="ImportRecord.Record"/>: the counts are not negative and the saved and refused rows are not
/// more than the rows read.
/// </summary>
public sealed record ImportSummary
{
    /// <summary>The committee the rows were imported for.</summary>
    public required CommitteeId CommitteeId { get; init; }

    /// <summary>What was imported.</summary>
    public required ImportKind Kind { get; init; }

    /// <summary>The file's name as uploaded; a folder part is dropped.</summary>
    public required string FileName { get; init; }

    /// <summary>The file's SHA-256, 64 hexadecimal digits.</summary>
    public required string Sha256 { get; init; }

    /// <summary>When the rows were saved.</summary>
    public required Instant At { get; init; }

    /// <summary>How many data rows the file held.</summary>
    public required int RowsRead { get; init; }

    /// <summary>How many rows were saved.</summary>
    public required int RowsSaved { get; init; }

    /// <summary>How many rows were left out because they broke a rule; none by default.</summary>
    public int RowsWithErrors { get; init; }

    /// <summary>How many rows were flagged as likely duplicates; none by default.</summary>
    public int DuplicatesFlagged { get; init; }

    /// <summary>The record's identity; a new one when omitted.</summary>
    public ImportRecordId? Id { get; init; }
}
