using NodaTime;

namespace Krat.Infrastructure.Auditing;

/// <summary>
/// Names of the audit shadow properties (and columns) that every aggregate root carries. They are not part of
/// the domain model; the context fills them on every save from <see cref="IClock"/> and <see cref="ICurrentUser"/>.
/// </summary>
public static class AuditProperties
{
    /// <summary>When the aggregate was first saved (an <see cref="Instant"/>).</summary>
    public const string CreatedAt = nameof(CreatedAt);

    /// <summary>Who first saved the aggregate.</summary>
    public const string CreatedBy = nameof(CreatedBy);

    /// <summary>When the aggregate was last saved (an <see cref="Instant"/>); equals <see cref="CreatedAt"/> until it is changed.</summary>
    public const string ModifiedAt = nameof(ModifiedAt);

    /// <summary>Who last saved the aggregate; equals <see cref="CreatedBy"/> until it is changed.</summary>
    public const string ModifiedBy = nameof(ModifiedBy);

    /// <summary>The longest user name stored.</summary>
    public const int MaxUserNameLength = 256;
}

/// <summary>The audit trail of one stored aggregate.</summary>
/// <param name="CreatedAt">When it was first saved.</param>
/// <param name="CreatedBy">Who first saved it.</param>
/// <param name="ModifiedAt">When it was last saved.</param>
/// <param name="ModifiedBy">Who last saved it.</param>
public sealed record AuditStamp(Instant CreatedAt, string CreatedBy, Instant ModifiedAt, string ModifiedBy);
