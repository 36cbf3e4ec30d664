namespace Krat.Infrastructure.Errors;

/// <summary>
/// A context limited to one committee (<see cref="Scoping.ICommitteeScope"/>) was asked to add, change or delete
/// something that belongs to another committee (or to move an aggregate to another committee). Nothing was
/// saved. Reads are limited the same way by the committee query filter; this guards the writes.
/// </summary>
public sealed class CommitteeScopeViolationException : KratPersistenceException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public CommitteeScopeViolationException()
        : base("The change concerns another committee than the one this user works for; nothing was saved.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public CommitteeScopeViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CommitteeScopeViolationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about one record.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="entityName">The kind of record.</param>
    /// <param name="entityKey">The record's key as text.</param>
    /// <param name="scopeCommitteeId">The committee the context is limited to.</param>
    /// <param name="committeeId">The committee the record belongs (or belonged) to.</param>
    public CommitteeScopeViolationException(string message, string? entityName, string? entityKey, Domain.Committees.CommitteeId scopeCommitteeId, Domain.Committees.CommitteeId committeeId)
        : base(message, entityName, entityKey, null)
    {
        ScopeCommitteeId = scopeCommitteeId;
        CommitteeId = committeeId;
    }

    /// <summary>The committee the context is limited to; <see langword="null"/> when not given.</summary>
    public Domain.Committees.CommitteeId? ScopeCommitteeId { get; }

    /// <summary>The other committee the record belongs (or belonged) to; <see langword="null"/> when not given.</summary>
    public Domain.Committees.CommitteeId? CommitteeId { get; }
}
