namespace Krat.Domain.Common;

/// <summary>
/// Implemented by every strongly typed identity (<c>CommitteeId</c>, <c>ActivityId</c>…): a wrapper
/// around a <see cref="Guid"/> that the type system keeps apart from every other kind of identity.
/// New identities are version 7 GUIDs, so they sort by creation time in memory and in SQL alike.
/// </summary>
/// <remarks>
/// Identities also compare through the non-generic <see cref="IComparable"/> (as their GUIDs do), because
/// in-memory evaluation of a specification orders by keys boxed as <see cref="object"/>
/// (<c>.ThenBy(x => x.Id)</c>), which needs it.
/// </remarks>
public interface IEntityId : IComparable
{
    /// <summary>The underlying GUID.</summary>
    Guid Value { get; }

    /// <summary>Orders identities of the same type as their GUIDs order; <see langword="null"/> orders first.</summary>
    /// <param name="obj">Another identity of the same type, or <see langword="null"/>.</param>
    /// <returns>A negative number, zero or a positive number as this identity orders before, with or after the other.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an identity of the same type.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        IEntityId other when other.GetType() == GetType() => Value.CompareTo(other.Value),
        _ => throw new ArgumentException($"A {GetType().Name} can only be compared with another {GetType().Name}.", nameof(obj)),
    };
}

/// <summary>
/// Implemented by the identity of an aggregate root (<c>CommitteeId</c> for <c>Committee</c>…): it ties the identity to
/// its aggregate, so that a repository of one aggregate accepts only that aggregate's identity — passing a
/// <c>CommitteeId</c> to the repository of organisations does not compile.
/// </summary>
/// <typeparam name="TAggregate">The aggregate root this identity identifies.</typeparam>
public interface IEntityId<TAggregate> : IEntityId
    where TAggregate : IAggregateRoot
{
}
