namespace Krat.Infrastructure.Errors;

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
