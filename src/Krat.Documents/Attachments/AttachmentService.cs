using System.Security.Cryptography;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Documents;
using Krat.Domain.Meetings;
using Krat.Domain.Partnerships;
using Krat.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Documents.Attachments;

/// <summary>
/// Attaches files to a committee's meetings, activities and partnerships, and removes them. A file is accepted
/// only when its content is a PDF, JPEG, PNG, Word (.docx) or Excel (.xlsx) file (told by <see cref="ContentSniffer"/>),
/// its name's extension says the same type, and it is within the size limit; its bytes go to the
/// <see cref="IAttachmentStore"/> under its SHA-256 and its record to the database. Who may see an attachment is
/// the host's decision, made on the record it belongs to.
/// </summary>
/// <param name="db">The context.</param>
/// <param name="store">Where the bytes are kept.</param>
/// <param name="clock">The clock for the moment of adding or removing.</param>
public sealed class AttachmentService(KratDbContext db, IAttachmentStore store, IClock clock)
{
    /// <summary>The largest file accepted by default, in bytes (10 MB).</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Attaches a file to a record of a committee.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="owner">What kind of record.</param>
    /// <param name="ownerId">The record; it must exist and, for a meeting or an activity, belong to the committee.</param>
    /// <param name="purpose">What the file is.</param>
    /// <param name="fileName">The uploaded name.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The saved attachment.</returns>
    /// <exception cref="FileRefusedException">Too large, a type not accepted, a name that says another type, or no such record.</exception>
    public async Task<Attachment> AddAsync(CommitteeId committeeId, AttachmentOwner owner, Guid ownerId, AttachmentPurpose purpose, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var type = Check(fileName, content, MaxBytes);
        if (!await OwnerExistsAsync(committeeId, owner, ownerId, cancellationToken))
        {
            throw new FileRefusedException("attachment.owner", new Label(
                $"{owner.Label().Albanian} nuk u gjet në këtë komitet.",
                $"The {owner.Label().English.ToLowerInvariant()} was not found in this committee."));
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var attachment = Attachment.Add(new AttachedFile
        {
            CommitteeId = committeeId,
            Owner = owner,
            OwnerId = ownerId,
            Purpose = purpose,
            FileName = fileName,
            ContentType = type,
            Length = content.LongLength,
            Sha256 = sha,
            At = clock.GetCurrentInstant(),
        });
        await store.SaveAsync(sha, content, cancellationToken);
        db.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return attachment;
    }

    /// <summary>Removes an attachment (soft delete): it stays in the database, marked removed, with when and by whom.</summary>
    /// <param name="id">The attachment.</param>
    /// <param name="by">Who removes it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The attachment, or <see langword="null"/> when there is none with that id (in the committee in scope).</returns>
    /// <exception cref="DomainException">It was already removed.</exception>
    public async Task<Attachment?> RemoveAsync(AttachmentId id, string by, CancellationToken cancellationToken = default)
    {
        var attachment = await db.Set<Attachment>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (attachment is null)
        {
            return null;
        }

        attachment.Remove(clock.GetCurrentInstant(), by);
        await db.SaveChangesAsync(cancellationToken);
        return attachment;
    }

    /// <summary>The attachments of a record that are not removed, oldest first.</summary>
    /// <param name="owner">What kind of record.</param>
    /// <param name="ownerId">The record.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The attachments.</returns>
    public async Task<IReadOnlyList<Attachment>> ListAsync(AttachmentOwner owner, Guid ownerId, CancellationToken cancellationToken = default) =>
        await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.Owner == owner && a.OwnerId == ownerId && a.RemovedAt == null)
            .OrderBy(a => a.AddedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);

    /// <summary>An attachment that is not removed, or <see langword="null"/>.</summary>
    /// <param name="id">The attachment.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The attachment.</returns>
    public Task<Attachment?> FindAsync(AttachmentId id, CancellationToken cancellationToken = default) =>
        db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.RemovedAt == null, cancellationToken);

    /// <summary>Opens the bytes of an attachment.</summary>
    /// <param name="attachment">The attachment.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>A stream, or <see langword="null"/> when the store has lost them.</returns>
    public Task<Stream?> OpenAsync(Attachment attachment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return store.OpenAsync(attachment.Sha256, cancellationToken);
    }

    /// <summary>Checks a file by its content; returns its media type or refuses it.</summary>
    /// <param name="fileName">The uploaded name.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="maxBytes">The size limit.</param>
    /// <returns>The media type found in the content.</returns>
    /// <exception cref="FileRefusedException">Empty, too large, not an accepted type, or named as another type.</exception>
    public static string Check(string fileName, byte[] content, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0 || content.LongLength > maxBytes)
        {
            var mb = (maxBytes / (1024d * 1024d)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
            throw new FileRefusedException("attachment.too-large", new Label(
                content.Length == 0 ? "Skedari është bosh." : $"Skedari është më i madh se {mb} MB.",
                content.Length == 0 ? "The file is empty." : $"The file is larger than {mb} MB."));
        }

        var type = ContentSniffer.Detect(content) ?? throw new FileRefusedException("attachment.type", new Label(
            "Pranohen vetëm skedarë PDF, JPEG, PNG, Word (.docx) dhe Excel (.xlsx); përmbajtja e këtij skedari nuk është asnjë prej tyre.",
            "Only PDF, JPEG, PNG, Word (.docx) and Excel (.xlsx) files are accepted; this file's content is none of them."));
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var expected = ContentSniffer.Extension(type);
        if (extension != expected && !(type == ContentSniffer.Jpeg && extension == ".jpeg"))
        {
            throw new FileRefusedException("attachment.name-mismatch", new Label(
                $"Emri i skedarit mbaron me „{extension}”, por përmbajtja e tij është {expected}. Ngarkoni skedarin e duhur.",
                $"The file name ends in \"{extension}\" but its content is {expected}. Upload the right file."));
        }

        return type;
    }

    private Task<bool> OwnerExistsAsync(CommitteeId committeeId, AttachmentOwner owner, Guid ownerId, CancellationToken cancellationToken) => owner switch
    {
        AttachmentOwner.Meeting => db.Set<Meeting>().AnyAsync(m => m.Id == new MeetingId(ownerId) && m.CommitteeId == committeeId, cancellationToken),
        AttachmentOwner.Activity => db.Set<Activity>().AnyAsync(a => a.Id == new ActivityId(ownerId) && a.CommitteeId == committeeId, cancellationToken),
        // Partnerships belong to no one committee: any committee may attach a file to one.
        AttachmentOwner.Partnership => db.Set<Partnership>().AnyAsync(p => p.Id == new PartnershipId(ownerId), cancellationToken),
        _ => Task.FromResult(false),
    };
}
