using NodaTime;

namespace Krat.Infrastructure.Errors;

/// <summary>
/// A save that the database refused. The message says in plain words which record could not be saved and
/// why; the database's own error stays in <see cref="Exception.InnerException"/>. When a save fails, nothing
/// of it is stored (a save is one transaction) and the context forgets every pending change, so the same
/// context can reload and try again.
/// </summary>
public class KratPersistenceException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public KratPersistenceException()
        : base("The changes could not be saved.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    public KratPersistenceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the database's error.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    /// <param name="innerException">The database's error.</param>
    public KratPersistenceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about one record.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    /// <param name="entityName">The kind of record, such as <c>Organisation</c>.</param>
    /// <param name="entityKey">The record's key as text, when known.</param>
    /// <param name="innerException">The database's error.</param>
    public KratPersistenceException(string message, string? entityName, string? entityKey, Exception? innerException)
        : base(message, innerException)
    {
        EntityName = entityName;
        EntityKey = entityKey;
    }

    /// <summary>The kind of record that could not be saved (the CLR type name, such as <c>Organisation</c>), when known.</summary>
    public string? EntityName { get; }

    /// <summary>The key of the record that could not be saved, as text, when known.</summary>
    public string? EntityKey { get; }
}

/// <summary>A save would have stored a value that must be unique (including a primary key) a second time.</summary>
public sealed class UniqueConstraintViolationException : KratPersistenceException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public UniqueConstraintViolationException()
        : base("A value that must be unique is already used.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public UniqueConstraintViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the database's error.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The database's error.</param>
    public UniqueConstraintViolationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about one record.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="entityName">The kind of record.</param>
    /// <param name="entityKey">The record's key as text.</param>
    /// <param name="propertyNames">The properties whose combined value is already used.</param>
    /// <param name="innerException">The database's error.</param>
    public UniqueConstraintViolationException(string message, string? entityName, string? entityKey, IReadOnlyList<string> propertyNames, Exception? innerException)
        : base(message, entityName, entityKey, innerException) => PropertyNames = propertyNames;

    /// <summary>The properties whose combined value is already used; empty when the database did not say.</summary>
    public IReadOnlyList<string> PropertyNames { get; } = [];
}

/// <summary>
/// A save would have left a reference dangling: a record refers to one that does not exist, or a record
/// that others still refer to was deleted.
/// </summary>
public sealed class ForeignKeyViolationException : KratPersistenceException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public ForeignKeyViolationException()
        : base("A record refers to another that does not exist.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ForeignKeyViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the database's error.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The database's error.</param>
    public ForeignKeyViolationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about one record.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="entityName">The kind of record.</param>
    /// <param name="entityKey">The record's key as text.</param>
    /// <param name="innerException">The database's error.</param>
    public ForeignKeyViolationException(string message, string? entityName, string? entityKey, Exception? innerException)
        : base(message, entityName, entityKey, innerException)
    {
    }
}

/// <summary>A save would have stored a missing required value (NOT NULL) or broken a CHECK rule of the database.</summary>
public sealed class ConstraintViolationException : KratPersistenceException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public ConstraintViolationException()
        : base("A value breaks a rule of the database.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ConstraintViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the database's error.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The database's error.</param>
    public ConstraintViolationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about one record.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="entityName">The kind of record.</param>
    /// <param name="entityKey">The record's key as text.</param>
    /// <param name="propertyNames">The property that was missing (NOT NULL), when known.</param>
    /// <param name="constraintName">The name of the broken CHECK rule, when known.</param>
    /// <param name="innerException">The database's error.</param>
    public ConstraintViolationException(string message, string? entityName, string? entityKey, IReadOnlyList<string> propertyNames, string? constraintName, Exception? innerException)
        : base(message, entityName, entityKey, innerException)
    {
        PropertyNames = propertyNames;
        ConstraintName = constraintName;
    }

    /// <summary>The properties concerned; empty when the database did not say.</summary>
    public IReadOnlyList<string> PropertyNames { get; } = [];

    /// <summary>The name of the broken CHECK rule, or <see langword="null"/> for a missing required value.</summary>
    public string? ConstraintName { get; }
}

/// <summary>
/// Someone else saved (or deleted) the same aggregate after it was loaded: the stored
/// <see cref="Domain.Common.IAggregateRoot.Version"/> is no longer the one the change was based on. Their change
/// stands; this one was not saved. Reload the aggregate, show the user what changed, and let them apply their
/// change again.
/// </summary>
public sealed class ConcurrencyConflictException : KratPersistenceException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public ConcurrencyConflictException()
        : base("Someone else changed the record after it was loaded; the change was not saved.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the database's error.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The database's error.</param>
    public ConcurrencyConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about one record.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="entityName">The kind of record.</param>
    /// <param name="entityKey">The record's key as text.</param>
    /// <param name="changedBy">Who saved the record last, as stored.</param>
    /// <param name="changedAt">When the record was saved last, as stored.</param>
    /// <param name="storedVersion">The stored version, or <see langword="null"/> when unknown or deleted.</param>
    /// <param name="wasDeleted">Whether the record no longer exists.</param>
    /// <param name="innerException">The database's error.</param>
    public ConcurrencyConflictException(string message, string? entityName, string? entityKey, string? changedBy, Instant? changedAt, int? storedVersion, bool wasDeleted, Exception? innerException)
        : base(message, entityName, entityKey, innerException)
    {
        WasDeleted = wasDeleted;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        StoredVersion = storedVersion;
    }

    /// <summary>Who saved the record last, as stored; <see langword="null"/> when unknown or deleted.</summary>
    public string? ChangedBy { get; }

    /// <summary>When the record was saved last, as stored; <see langword="null"/> when unknown or deleted.</summary>
    public Instant? ChangedAt { get; }

    /// <summary>The version now stored; <see langword="null"/> when unknown or when the record no longer exists.</summary>
    public int? StoredVersion { get; }

    /// <summary>Whether the record was deleted by someone else.</summary>
    public bool WasDeleted { get; }
}

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
