using Krat.Domain.Common;

namespace Krat.Domain.Meetings;

/// <summary>The identity of a guest entry of a held meeting, unique across meetings.</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored record.</param>
public readonly record struct GuestId(Guid Value) : IEntityId, IComparable<GuestId>
{
    /// <summary>A new identity (a version 7 GUID, ordered by creation time).</summary>
    /// <returns>A fresh, unique identity.</returns>
    public static GuestId New() => new(Guid.CreateVersion7());

    /// <summary>Reads an identity from its text form, as it appears in a URL.</summary>
    /// <param name="text">A GUID in any standard format.</param>
    /// <param name="id">The identity when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a non-empty GUID.</returns>
    public static bool TryParse(string? text, out GuestId id)
    {
        var ok = Guid.TryParse(text, out var value) && value != Guid.Empty;
        id = ok ? new GuestId(value) : default;
        return ok;
    }

    /// <summary>Orders identities as their GUIDs order, which for version 7 GUIDs is creation order.</summary>
    /// <param name="left">The first identity.</param>
    /// <param name="right">The second identity.</param>
    /// <returns>Whether the first orders before the second.</returns>
    public static bool operator <(GuestId left, GuestId right) => left.CompareTo(right) < 0;

    /// <summary>Orders identities as their GUIDs order.</summary>
    /// <param name="left">The first identity.</param>
    /// <param name="right">The second identity.</param>
    /// <returns>Whether the first orders after the second.</returns>
    public static bool operator >(GuestId left, GuestId right) => left.CompareTo(right) > 0;

    /// <summary>Orders identities as their GUIDs order.</summary>
    /// <param name="left">The first identity.</param>
    /// <param name="right">The second identity.</param>
    /// <returns>Whether the first orders before or equals the second.</returns>
    public static bool operator <=(GuestId left, GuestId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders identities as their GUIDs order.</summary>
    /// <param name="left">The first identity.</param>
    /// <param name="right">The second identity.</param>
    /// <returns>Whether the first orders after or equals the second.</returns>
    public static bool operator >=(GuestId left, GuestId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(GuestId other) => Value.CompareTo(other.Value);


    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
