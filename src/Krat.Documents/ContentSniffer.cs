using System.IO.Compression;
using System.Text;

namespace Krat.Documents;

/// <summary>
/// Tells a file's type by its content, never by its name: PDF, JPEG and PNG by their magic bytes; Word (.docx) and
/// Excel (.xlsx) by the main part's content type in the package's <c>[Content_Types].xml</c>. Macro-enabled
/// packages (.docm, .xlsm) are not any of these.
/// </summary>
public static class ContentSniffer
{
    /// <summary>The media type of PDF files.</summary>
    public const string Pdf = "application/pdf";

    /// <summary>The media type of JPEG images.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary>The media type of PNG images.</summary>
    public const string Png = "image/png";

    /// <summary>The media type of Word documents (.docx).</summary>
    public const string Docx = Minutes.MinutesDocument.ContentType;

    /// <summary>The media type of Excel workbooks (.xlsx).</summary>
    public const string Xlsx = Workbooks.ReportWorkbook.ContentType;

    // Only the content types file is read from a package, and at most this many bytes of it.
    private const int MaxContentTypesBytes = 64 * 1024;

    /// <summary>The media types <see cref="Detect"/> recognises.</summary>
    public static IReadOnlyList<string> Known { get; } = [Pdf, Jpeg, Png, Docx, Xlsx];

    /// <summary>The usual file extension of a recognised media type (".pdf", ".jpg", ".png", ".docx", ".xlsx").</summary>
    /// <param name="contentType">One of <see cref="Known"/>.</param>
    /// <returns>The extension with its dot; ".bin" for anything else.</returns>
    public static string Extension(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Jpeg => ".jpg",
        Png => ".png",
        Docx => ".docx",
        Xlsx => ".xlsx",
        _ => ".bin",
    };

    /// <summary>The media type of a file, told by its content.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <returns>One of <see cref="Known"/>, or <see langword="null"/> when the content is none of them.</returns>
    public static string? Detect(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        return IsZip(content) ? PackageType(content) : null;
    }

    /// <summary>Whether the content starts like a zip file (an Office package).</summary>
    internal static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith("PK\u0003\u0004"u8);

    /// <summary>Whether the content holds bytes no text file has (NUL, or other control characters in its first 8 KB).</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 8192)];
        foreach (var b in head)
        {
            if (b == 0 || (b < 0x09) || (b is > 0x0D and < 0x20 and not 0x1B))
            {
                return true;
            }
        }

        return false;
    }

    private static string? PackageType(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is not { } types || types.Length > MaxContentTypesBytes
                || zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            using var reader = new StreamReader(types.Open(), Encoding.UTF8);
            var buffer = new char[MaxContentTypesBytes];
            var text = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
            return text.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) ? null
                : text.Contains("wordprocessingml.document.main+xml", StringComparison.Ordinal) ? Docx
                : text.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal) ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
