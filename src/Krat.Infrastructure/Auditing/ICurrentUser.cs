namespace Krat.Infrastructure.Auditing;

/// <summary>
/// Who is making changes, as the host knows it (the signed-in user of a web request, the name of a
/// batch job). The persistence layer writes it to the audit columns of every aggregate it saves and names it
/// in concurrency conflicts. Register a scoped implementation in the host; the default is
/// <see cref="SystemUser"/>.
/// </summary>
public interface ICurrentUser
{
    /// <summary>
    /// The name to record, such as a user name or e-mail address; at most
    /// <see cref="AuditProperties.MaxUserNameLength"/> characters are stored (longer names are cut).
    /// </summary>
    string UserName { get; }
}

/// <summary>The user recorded when the host says nothing: the name <c>system</c>.</summary>
public sealed class SystemUser : ICurrentUser
{
    /// <summary>The single instance.</summary>
    public static SystemUser Instance { get; } = new();

    /// <inheritdoc />
    public string UserName => "system";
}
