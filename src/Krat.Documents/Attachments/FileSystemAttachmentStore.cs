namespace Krat.Documents.Attachments;

/// <summary>
/// An <see cref="IAttachmentStore"/> in a folder of the file system: each content is one file named by its SHA-256,
/// in a sub-folder named by its first two digits (<c>ab/abcdef….bin</c>). Writes go to a temporary file first and
/// are moved into place, so a reader never sees half a file.
/// </summary>
public sealed class FileSystemAttachmentStore : IAttachmentStore
{
    private readonly string _root;

    /// <summary>A store in a folder; the folder is created when missing.</summary>
    /// <param name="folder">The folder, chosen by the host (outside the web root).</param>
    public FileSystemAttachmentStore(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _root = Path.GetFullPath(folder);
        Directory.CreateDirectory(_root);
    }

    /// <inheritdoc />
    public async Task SaveAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var path = PathOf(sha256);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken).ConfigureAwait(false);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    /// <inheritdoc />
    public Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathOf(sha256);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    private string PathOf(string sha256)
    {
        if (sha256 is null || sha256.Length != Domain.Documents.Attachment.Sha256Length || !sha256.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
        {
            throw new ArgumentException("A SHA-256 is 64 lower-case hexadecimal digits.", nameof(sha256));
        }

        return Path.Combine(_root, sha256[..2], sha256 + ".bin");
    }
}
