using System.Buffers.Binary;
using NodaTime;

namespace Krat.Demo.History;

/// <summary>What an identity names; kept in the GUID so ids of different kinds never collide.</summary>
internal enum IdKind
{
    Organisation = 1,
    Person = 2,
    Committee = 3,
    Seat = 4,
    Meeting = 5,
    Decision = 6,
    Commitment = 7,
    ActionPlan = 8,
    Measure = 9,
    Campaign = 10,
    Activity = 11,
    Partnership = 12,
    ServiceProvider = 13,
    Initiative = 14,
    VictimStatistics = 15,
}

/// <summary>Which part of the generator draws the identity; each has its own <see cref="HistoryIds"/>.</summary>
internal enum IdStream
{
    Structure = 1,
    Meetings = 2,
    Activities = 3,
    DurresStructure = 4,
    DurresMeetings = 5,
    DurresActivities = 6,

    /// <summary>The plans, campaigns and statistics of KRAT Durrës in the years after the reference scenario's 2023.</summary>
    DurresYears = 7,
}

/// <summary>
/// Deterministic, GUID-v7-shaped identities: the 48-bit timestamp is the record's day (midnight UTC, in
/// milliseconds) plus a running counter of this source, so ids sort roughly by date like real v7 ids; the
/// version nibble is 7, the next byte carries the kind, the next the county and the stream, and the 62 variant
/// bits come from the seeded <see cref="Random"/>. Within one source the (day + counter) milliseconds never
/// repeat (a counter stays far below a day's 86,400,000 ms), and sources differ by county or stream, so ids
/// are unique by construction, not by luck. The reference scenario's <c>DemoIds</c> have timestamp 0 and
/// cannot collide with them either.
/// </summary>
internal sealed class HistoryIds(Random random, int county, IdStream stream)
{
    private readonly Random _random = random;
    private readonly byte _origin = (byte)((county << 4) | (int)stream);
    private long _counter;

    public Guid Next(IdKind kind, LocalDate day)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = day.AtMidnight().InUtc().ToInstant().ToUnixTimeMilliseconds() + _counter++;
        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, milliseconds);
        time[2..].CopyTo(bytes);
        bytes[6] = (byte)(0x70 | (int)kind);
        bytes[7] = _origin;
        _random.NextBytes(bytes[8..]);
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A seed for one part of the history, mixed from the options' seed and the part's coordinates (SplitMix64).</summary>
    public static int Mix(int seed, int county, int year, IdStream stream)
    {
        var x = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + ((ulong)county << 40) + ((ulong)(uint)year << 8) + (ulong)stream);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return unchecked((int)x);
    }
}
