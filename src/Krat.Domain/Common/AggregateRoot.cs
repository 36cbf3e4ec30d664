namespace Krat.Domain.Common;

/// <summary>
/// Base class of every aggregate root: a strongly typed identity and a concurrency <see cref="Version"/>.
/// Two aggregates are the same when their identities are equal; the state is compared by no one.
/// </summary>
/// <typeparam name="TId">The strongly typed identity, such as <see cref="Committees.CommitteeId"/>.</typeparam>
public abstract class AggregateRoot<TId> : IAggregateRoot
    where TId : struct, IEquatable<TId>
{
    /// <summary>Creates a root with the given identity.</summary>
    /// <param name="id">The identity; never the default value.</param>
    protected AggregateRoot(TId id)
    {
        if (id.Equals(default))
        {
            throw new ArgumentException("An aggregate needs a non-empty identity.", nameof(id));
        }

        Id = id;
    }

    /// <summary>For the persistence layer only.</summary>
    protected AggregateRoot()
    {
    }

    /// <summary>The identity of this aggregate; it never changes.</summary>
    public TId Id { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }
}
