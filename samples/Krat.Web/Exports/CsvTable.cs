using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Krat.Web.Exports;

/// <summary>
/// Writes a table of text cells as a CSV file that spreadsheet programs open correctly: RFC 4180 (comma
/// separated by default, or semicolon separated for Excel under Albanian regional settings; CRLF, quotes where
/// needed), UTF-8 WITH a byte order mark so that Excel shows ë and ç, and cells
/// that a spreadsheet would run as a formula (starting with =, +, -, @) prefixed with an apostrophe.
/// The caller formats the cells (labels in the reader's language, dates as ISO yyyy-MM-dd).
/// </summary>
public static class CsvTable
{
    /// <summary>The media type of the files written.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    /// <summary>The separators offered: comma (RFC 4180, the default) and semicolon (Excel with a decimal comma, as under Albanian settings).</summary>
    public static IReadOnlyList<char> Separators { get; } = [',', ';'];

    /// <summary>The separator asked for in a query value ("semicolon" or ";"), comma otherwise.</summary>
    public static char Separator(string? asked) => asked is "semicolon" or ";" ? ';' : ',';

    /// <summary>The CSV bytes of a header row followed by one record per row.</summary>
    /// <param name="headers">The column names, at least one.</param>
    /// <param name="rows">The records; each has exactly one cell per header (a <see langword="null"/> cell is written empty).</param>
    /// <param name="separator">The field separator, one of <see cref="Separators"/>.</param>
    /// <exception cref="ArgumentException">There is no header, or a row has another number of cells than the header.</exception>
    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (headers.Count == 0)
        {
            throw new ArgumentException("A CSV table needs at least one column.", nameof(headers));
        }

        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, separator == ',' ? Options : Options with { Separator = separator }, leaveOpen: true))
        {
            writer.WriteHeader([.. headers]);
            var number = 0;
            foreach (var row in rows)
            {
                number++;
                if (row.Count != headers.Count)
                {
                    throw new ArgumentException($"Row {number} has {row.Count} cells; the table has {headers.Count} columns.", nameof(rows));
                }

                writer.WriteRecord([.. row]);
            }

            writer.Flush();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A download of <see cref="Write"/>'s bytes: Content-Disposition attachment with <paramref name="fileName"/>
    /// (ASP.NET writes it as <c>filename*=UTF-8''…</c>, so diacritics survive, plus an ASCII fallback).
    /// </summary>
    /// <param name="fileName">The file name with its .csv extension, diacritics allowed.</param>
    /// <param name="headers">The column names.</param>
    /// <param name="rows">The records.</param>
    /// <param name="separator">The field separator.</param>
    public static FileContentResult Download(string fileName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, char separator = ',') =>
        new(Write(headers, rows, separator), ContentType) { FileDownloadName = fileName };
}
