namespace Krat.Domain.Common;

/// <summary>
/// Marks the root of an aggregate: the only kind of object that repositories load and save.
/// Everything inside an aggregate changes through the root's verbs.
/// </summary>
public interface IAggregateRoot
{
    /// <summary>
    /// The revision of the stored aggregate, used for optimistic concurrency: it starts at 0 for a new
    /// aggregate and the persistence layer raises it by one on every save. Two people who load the same
    /// revision cannot both save it.
    /// </summary>
    int Version { get; }
}

/// <summary>An aggregate that belongs to exactly one committee, so a host can scope queries to it.</summary>
public interface ICommitteeScoped
{
    /// <summary>The committee that owns this record.</summary>
    Committees.CommitteeId CommitteeId { get; }
}
