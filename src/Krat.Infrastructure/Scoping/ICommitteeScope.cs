using Krat.Domain.Committees;

namespace Krat.Infrastructure.Scoping;

/// <summary>
/// The committee a unit of work is limited to, as the host decides it (for example from the signed-in
/// user's prefecture). When <see cref="CommitteeId"/> has a value, every query of an aggregate that implements
/// <see cref="Domain.Common.ICommitteeScoped"/> returns only that committee's rows; when it is
/// <see langword="null"/>, queries see every committee (national roll-ups, administrators). A specification
/// can also lift the filter with <c>Query.IgnoreQueryFilters()</c>.
/// </summary>
public interface ICommitteeScope
{
    /// <summary>The committee to limit queries to, or <see langword="null"/> for no limit.</summary>
    CommitteeId? CommitteeId { get; }
}

/// <summary>A fixed committee scope.</summary>
public sealed class CommitteeScope : ICommitteeScope
{
    private CommitteeScope(CommitteeId? committeeId) => CommitteeId = committeeId;

    /// <summary>No limit: queries see every committee. The default when the host registers nothing.</summary>
    public static CommitteeScope Unscoped { get; } = new(null);

    /// <inheritdoc />
    public CommitteeId? CommitteeId { get; }

    /// <summary>A scope limited to one committee.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <returns>The scope.</returns>
    public static CommitteeScope For(CommitteeId committeeId) => new(committeeId);
}
