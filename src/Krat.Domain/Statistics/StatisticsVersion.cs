using NodaTime;

namespace Krat.Domain.Statistics;

/// <summary>
/// One published version of a victim statistics record, frozen when it was published: its number (1 for the first
/// publication, then one more for each correction), who published it and when, why (for a correction), and the
/// period, source and counts it published. Versions are never changed or removed; the last one is the current
/// version the public sees. Part of <see cref="VictimStatistics"/>; made only by its <c>Publish</c> and <c>Correct</c>.
/// </summary>
public sealed class StatisticsVersion
{
    private readonly List<CellCount> _cells = [];

    internal StatisticsVersion(int number, LocalDate periodStart, LocalDate periodEnd, string? source, Instant publishedAt, string publishedBy, string? reason, IEnumerable<CellCount> cells)
    {
        Number = number;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Source = source;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
        Reason = reason;
        _cells.AddRange(cells);
    }

    private StatisticsVersion()
    {
        PublishedBy = string.Empty;
    }

    /// <summary>The version number: 1 for the first publication, one more for each correction.</summary>
    public int Number { get; private set; }

    /// <summary>The period this version published, both ends inclusive.</summary>
    public DateInterval Period => new(PeriodStart, PeriodEnd);

    /// <summary>The first day of the period this version published (the <c>PeriodStart</c> column).</summary>
    internal LocalDate PeriodStart { get; private set; }

    /// <summary>The last day, inclusive, of the period this version published (the <c>PeriodEnd</c> column).</summary>
    internal LocalDate PeriodEnd { get; private set; }

    /// <summary>The source as it read when this version was published.</summary>
    public string? Source { get; private set; }

    /// <summary>When this version was published.</summary>
    public Instant PublishedAt { get; private set; }

    /// <summary>The user name of who published it.</summary>
    public string PublishedBy { get; private set; }

    /// <summary>Why the figures were corrected; <see langword="null"/> for the first publication.</summary>
    public string? Reason { get; private set; }

    /// <summary>The non-zero cells published, in the order they were recorded; a combination not listed counts as 0.</summary>
    public IReadOnlyList<CellCount> Cells => _cells;

    /// <summary>The sum of all cells.</summary>
    public int Total => _cells.Sum(c => c.Count);

    /// <summary>Whether this version is a correction of an earlier one.</summary>
    public bool IsCorrection => Number > 1;
}
