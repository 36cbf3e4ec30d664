using Krat.Domain.Common;

namespace Krat.Domain.People;

/// <summary>The kind of a work contact of a person. A code list.</summary>
public enum WorkContactKind
{
    /// <summary>A work e-mail address.</summary>
    [Label("Email pune", "Work e-mail")]
    Email = 1,

    /// <summary>A work telephone number.</summary>
    [Label("Telefon pune", "Work phone")]
    Phone = 2,
}
