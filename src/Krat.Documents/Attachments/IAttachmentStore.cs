namespace Krat.Documents.Attachments;

/// <summary>
/// Keeps the bytes of attachments outside the database, under their SHA-256 (the same content is kept once). The
/// host registers an implementation, such as <see cref="FileSystemAttachmentStore"/> in a folder it chooses.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Keeps content under its SHA-256; keeping the same content again changes nothing.</summary>
    /// <param name="sha256">The SHA-256 of <paramref name="content"/>, 64 lower-case hexadecimal digits.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the content is kept.</returns>
    Task SaveAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>Opens the content kept under a SHA-256 for reading.</summary>
    /// <param name="sha256">The SHA-256.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>A readable stream the caller disposes, or <see langword="null"/> when nothing is kept under it.</returns>
    Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken = default);
}
