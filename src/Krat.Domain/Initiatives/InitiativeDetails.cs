using Krat.Domain.Activities;
using Krat.Domain.Organisations;
using Krat.Domain.People;

namespace Krat.Domain.Initiatives;

/// <summary>
/// What <see cref="Initiative.Edit"/> changes: the title and beneficiary groups (required) and who is behind the
/// initiative — at least one proposing organisation or person, a group described in words only in addition, and
/// supporting organisations that are not also proposers. <see cref="Initiative.Details"/> gives the current ones, to
/// change with <c>with</c>. Checked by <see cref="Initiative.Edit"/> with the rules of <see cref="Initiative.Propose"/>.
/// </summary>
public sealed record InitiativeDetails
{
    /// <summary>The title, at most <see cref="Initiative.MaxTitleLength"/> characters.</summary>
    public required string Title { get; init; }

    /// <summary>The beneficiary groups; at least one.</summary>
    public required IReadOnlyCollection<TargetGroup> Beneficiaries { get; init; }

    /// <summary>Proposing organisations; none by default.</summary>
    public IReadOnlyCollection<OrganisationId> ProposerIds { get; init; } = [];

    /// <summary>Proposing people; none by default. With <see cref="ProposerIds"/>, at least one proposer is required.</summary>
    public IReadOnlyCollection<PersonId> ProposerPersonIds { get; init; } = [];

    /// <summary>A proposing group described in words (such as a school's pupils), in addition to the proposers; none by default.</summary>
    public string? ProposingGroup { get; init; }

    /// <summary>Supporting organisations, not also proposers; none by default.</summary>
    public IReadOnlyCollection<OrganisationId> SupporterIds { get; init; } = [];

    /// <summary>A description; none by default.</summary>
    public string? Description { get; init; }
}
