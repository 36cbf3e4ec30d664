namespace Krat.Domain.Common;

/// <summary>
/// Implemented by every strongly typed identity (<c>CommitteeId</c>, <c>ActivityId</c>…): a wrapper
/// around a <see cref="Guid"/> that the type system keeps apart from every other kind of identity.
/// New identities are version 7 GUIDs, so they sort by creation time in memory and in SQL alike.
/// </summary>
public interface IEntityId
{
    /// <summary>The underlying GUID.</summary>
    Guid Value { get; }
}
