using Krat.Domain.Committees;
using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.Documents;

/// <summary>
/// A file attached to a meeting, an activity or a partnership of a committee (signed minutes, an attendance
/// sheet, photos, a report): its name, the media type found in its content, its length and SHA-256. The bytes are
/// kept by a store outside the database, under <see cref="Sha256"/>. Whoever may see the record it belongs to may
/// see the attachment. Removal is a soft delete: the attachment stays, marked removed, with when and by whom.
/// </summary>
public sealed class Attachment : AggregateRoot<AttachmentId>, ICommitteeScoped
{
    /// <summary>The longest file name kept.</summary>
    public const int MaxFileNameLength = 255;

    /// <summary>The longest media type kept.</summary>
    public const int MaxContentTypeLength = 100;

    /// <summary>The length of a SHA-256 in lower-case hexadecimal.</summary>
    public const int Sha256Length = 64;

    /// <summary>The longest name of the user who removed an attachment.</summary>
    public const int MaxRemovedByLength = 256;

    /// <summary>The rule broken by removing an attachment twice.</summary>
    public const string AlreadyRemovedRule = "attachment.already-removed";

    private Attachment(AttachmentId id, CommitteeId committeeId)
        : base(id)
    {
        CommitteeId = committeeId;
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
    }

    private Attachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
    }

    /// <summary>The committee whose record the file is attached to.</summary>
    public CommitteeId CommitteeId { get; private set; }

    /// <summary>What kind of record the file is attached to.</summary>
    public AttachmentOwner Owner { get; private set; }

    /// <summary>The identity of that record (a meeting, an activity or a partnership).</summary>
    public Guid OwnerId { get; private set; }

    /// <summary>What the file is.</summary>
    public AttachmentPurpose Purpose { get; private set; }

    /// <summary>The file's name as uploaded, without any folder.</summary>
    public string FileName { get; private set; }

    /// <summary>The media type found in the file's content (not taken from its name).</summary>
    public string ContentType { get; private set; }

    /// <summary>The length in bytes; more than zero.</summary>
    public long Length { get; private set; }

    /// <summary>The SHA-256 of the content, lower-case hexadecimal; the key of the bytes in the store.</summary>
    public string Sha256 { get; private set; }

    /// <summary>When the file was attached.</summary>
    public Instant AddedAt { get; private set; }

    /// <summary>When the attachment was removed; <see langword="null"/> while it is shown.</summary>
    public Instant? RemovedAt { get; private set; }

    /// <summary>Who removed the attachment; <see langword="null"/> while it is shown.</summary>
    public string? RemovedBy { get; private set; }

    /// <summary>Whether the attachment was removed.</summary>
    public bool IsRemoved => RemovedAt is not null;

    /// <summary>Records a file attached to a record of a committee.</summary>
    /// <param name="file">The committee, the record, what the file is and its name, type, length, SHA-256 and moment; its <see cref="AttachedFile.Id"/> when given, otherwise a new identity.</param>
    /// <returns>The attachment.</returns>
    /// <exception cref="ArgumentException">A value is missing or malformed.</exception>
    public static Attachment Add(AttachedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Require.Id(file.CommitteeId, nameof(file));
        Require.Defined(file.Owner, nameof(file));
        Require.Defined(file.Purpose, nameof(file));
        if (file.OwnerId == Guid.Empty)
        {
            throw new ArgumentException("The record the file belongs to is required.", nameof(file));
        }

        var name = CheckFileName(file.FileName, nameof(file));
        var type = Require.Text(file.ContentType, nameof(file), MaxContentTypeLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(file.Length, nameof(file));
        CheckSha256(file.Sha256, nameof(file));
        return new Attachment(file.Id ?? AttachmentId.New(), file.CommitteeId)
        {
            Owner = file.Owner,
            OwnerId = file.OwnerId,
            Purpose = file.Purpose,
            FileName = name,
            ContentType = type,
            Length = file.Length,
            Sha256 = file.Sha256.ToLowerInvariant(),
            AddedAt = file.At,
        };
    }

    /// <summary>A file name without any folder part, trimmed, of at most <see cref="MaxFileNameLength"/> characters.</summary>
    internal static string CheckFileName(string? fileName, string parameterName) =>
        Require.Text(Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')), parameterName, MaxFileNameLength);

    /// <summary>Throws unless the text is a SHA-256 in hexadecimal (64 digits).</summary>
    internal static void CheckSha256(string? sha256, string parameterName)
    {
        if (sha256 is null || sha256.Length != Sha256Length || !sha256.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("A SHA-256 is 64 hexadecimal digits.", parameterName);
        }
    }

    /// <summary>Removes the attachment (soft delete): it is no longer shown but its record stays, with when and by whom.</summary>
    /// <param name="at">When.</param>
    /// <param name="by">Who (a user name).</param>
    /// <exception cref="DomainException"><c>attachment.already-removed</c>.</exception>
    public void Remove(Instant at, string by)
    {
        var who = Require.Text(by, nameof(by), MaxRemovedByLength);
        if (RemovedAt is { } removed)
        {
            throw new DomainException(
                AlreadyRemovedRule,
                new Label(
                    $"Skedari „{FileName}” është hequr tashmë më {removed.InZone(DateTimeZoneProviders.Tzdb["Europe/Tirane"]).Date:dd.MM.yyyy}.",
                    $"The file \"{FileName}\" was already removed on {removed.InZone(DateTimeZoneProviders.Tzdb["Europe/Tirane"]).Date:yyyy-MM-dd}."));
        }

        RemovedAt = at;
        RemovedBy = who;
    }
}
