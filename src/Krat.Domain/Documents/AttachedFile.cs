using Krat.Domain.Committees;
using NodaTime;

namespace Krat.Domain.Documents;

/// <summary>
/// What <see cref="Attachment.Add"/> records of a file attached to a record of a committee: the committee, the
/// record (kind and identity), what the file is, its name, media type, length and SHA-256, and when it was
/// attached. Checked by <see cref="Attachment.Add"/>: nothing missing, a name without folder of at most
/// <see cref="Attachment.MaxFileNameLength"/> characters, a length above zero, a SHA-256 of 64 hexadecimal digits.
/// </summary>
public sealed record AttachedFile
{
    /// <summary>The committee whose record the file is attached to.</summary>
    public required CommitteeId CommitteeId { get; init; }

    /// <summary>What kind of record the file is attached to.</summary>
    public required AttachmentOwner Owner { get; init; }

    /// <summary>The identity of that record (a meeting, an activity or a partnership).</summary>
    public required Guid OwnerId { get; init; }

    /// <summary>What the file is.</summary>
    public required AttachmentPurpose Purpose { get; init; }

    /// <summary>The uploaded name; a folder part is dropped.</summary>
    public required string FileName { get; init; }

    /// <summary>The media type found in the content (not taken from the name).</summary>
    public required string ContentType { get; init; }

    /// <summary>The length in bytes; more than zero.</summary>
    public required long Length { get; init; }

    /// <summary>The SHA-256 of the content, 64 hexadecimal digits (kept in lower case).</summary>
    public required string Sha256 { get; init; }

    /// <summary>When the file is attached.</summary>
    public required Instant At { get; init; }

    /// <summary>The attachment's identity; a new one when omitted.</summary>
    public AttachmentId? Id { get; init; }
}
