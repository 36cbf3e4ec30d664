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
