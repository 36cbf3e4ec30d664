namespace Krat.Domain.Common;

/// <summary>
/// Thrown when an operation would break a rule of the KRAT domain (for example a second chair on the
/// same date). The message names the rule and the values involved in words a committee secretary
/// understands; the aggregate that threw is left exactly as it was before the call.
/// </summary>
public sealed class DomainException : Exception
{
    /// <summary>Creates the exception for a broken rule.</summary>
    /// <param name="rule">A short, stable identifier of the rule, such as <c>seat.one-chair</c>, for programs and tests.</param>
    /// <param name="message">The explanation shown to a person.</param>
    public DomainException(string rule, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        Rule = rule;
    }

    /// <summary>Creates the exception with a generic rule identifier.</summary>
    public DomainException()
        : this("domain", "A rule of the domain was broken.")
    {
    }

    /// <summary>Creates the exception with a generic rule identifier.</summary>
    /// <param name="message">The explanation shown to a person.</param>
    public DomainException(string message)
        : this("domain", message)
    {
    }

    /// <summary>Creates the exception with a generic rule identifier and an inner exception.</summary>
    /// <param name="message">The explanation shown to a person.</param>
    /// <param name="innerException">The underlying cause.</param>
    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = "domain";
    }

    /// <summary>The stable identifier of the broken rule, such as <c>seat.one-chair</c>.</summary>
    public string Rule { get; } = "domain";
}
