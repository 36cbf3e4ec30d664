using NodaTime;

namespace Krat.Infrastructure.Errors;

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
