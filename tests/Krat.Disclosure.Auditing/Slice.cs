using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;

namespace Krat.Disclosure.Auditing;

/// <summary>A published figure's place in a record's finest table: some dimensions fixed to a code, the others summed over.</summary>
public sealed record Slice(IReadOnlyDictionary<StatisticsDimension, int> Fixed)
{
    /// <summary>The whole table (the grand total).</summary>
    public static Slice All { get; } = new(new Dictionary<StatisticsDimension, int>());

    public static Slice Of(StatisticsDimension dimension, int code) => new(new Dictionary<StatisticsDimension, int> { [dimension] = code });

    public static Slice Of(StatisticsDimension a, int codeA, StatisticsDimension b, int codeB) =>
        new(new Dictionary<StatisticsDimension, int> { [a] = codeA, [b] = codeB });

    /// <summary>The finest cells summed, as a 40-bit mask.</summary>
    public long Mask => FinestCell.All.Where(c => Fixed.All(f => c.CodeOf(f.Key) == f.Value)).Aggregate(0L, (m, c) => m | (1L << c.Index));

    public override string ToString() =>
        Fixed.Count == 0 ? "total" : string.Join(",", Fixed.OrderBy(f => f.Key).Select(f => $"{f.Key}={FinestCell.Codes(f.Key)[f.Value - 1].Name}"));
}
