namespace Krat.Infrastructure.Errors;

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
