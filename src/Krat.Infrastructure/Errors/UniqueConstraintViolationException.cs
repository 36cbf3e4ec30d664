namespace Krat.Infrastructure.Errors;

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
