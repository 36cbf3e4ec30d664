using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.People;

/// <summary>
/// A work e-mail address or telephone number of a person, valid for a <see cref="Term"/>. Only work contacts
/// are kept: Krat holds nothing private about the people who sit on committees.
/// </summary>
public sealed class WorkContact
{
    /// <summary>The longest contact value accepted.</summary>
    public const int MaxValueLength = 120;

    internal WorkContact(WorkContactId id, WorkContactKind kind, string value, Term validity)
    {
        Id = id;
        Kind = kind;
        Value = value;
        Validity = validity;
    }

    private WorkContact()
    {
        Value = string.Empty;
        Validity = Term.Unset;
    }

    /// <summary>The identity of the contact.</summary>
    public WorkContactId Id { get; private set; }

    /// <summary>E-mail or telephone.</summary>
    public WorkContactKind Kind { get; private set; }

    /// <summary>The address or number, trimmed.</summary>
    public string Value { get; private set; }

    /// <summary>The days on which the contact is valid.</summary>
    public Term Validity { get; private set; }

    internal void End(LocalDate last) => Validity = Validity.EndOn(last);
}
