namespace Krat.Documents.Import;

/// <summary>
/// The limits an import file must keep; a file beyond any of them is refused before its rows are read. The
/// defaults suit a committee's yearly spreadsheet; a host may lower or raise them.
/// </summary>
public sealed record ImportLimits
{
    /// <summary>The default limits.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes (default 5 MB).</summary>
    public long MaxFileBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>The most data rows accepted (default 10,000), not counting the header.</summary>
    public int MaxRows { get; init; } = 10_000;

    /// <summary>The most bytes a workbook may unpack to, all its parts together (default 50 MB).</summary>
    public long MaxUncompressedBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>The highest ratio of unpacked to packed size of any part of a workbook (default 100).</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>The most parts a workbook may hold (default 500).</summary>
    public int MaxParts { get; init; } = 500;
}
