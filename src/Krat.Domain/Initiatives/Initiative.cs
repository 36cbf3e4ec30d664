using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Initiatives;

/// <summary>
/// An idea brought to a committee by organisations and people (such as the pupils' draft project for children in
/// street situations, proposed by their school): its proposers — at least one organisation or person, with a group
/// described in words only in addition — supporters and beneficiary groups. Status moves
/// Draft → Endorsed (by whom, when) → Active → Completed, one step at a time; Completed is final.
/// </summary>
public sealed class Initiative : AggregateRoot<InitiativeId>, ICommitteeScoped
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest description accepted.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>The longest description of a proposing group accepted.</summary>
    public const int MaxProposingGroupLength = 300;

    private readonly List<OrganisationId> _proposerIds = [];
    private readonly List<PersonId> _proposerPersonIds = [];
    private readonly List<OrganisationId> _supporterIds = [];
    private readonly List<TargetGroup> _beneficiaries = [];

    private Initiative(InitiativeId id, CommitteeId committeeId)
        : base(id)
    {
        CommitteeId = committeeId;
        Title = string.Empty;
    }

    private Initiative()
    {
        Title = string.Empty;
    }

    /// <inheritdoc />
    public CommitteeId CommitteeId { get; private set; }

    /// <summary>The title.</summary>
    public string Title { get; private set; }

    /// <summary>A description.</summary>
    public string? Description { get; private set; }

    /// <summary>Proposing organisations.</summary>
    public IReadOnlyList<OrganisationId> ProposerIds => _proposerIds;

    /// <summary>Proposing people, such as a teacher who brings the idea; with <see cref="ProposerIds"/>, at least one proposer.</summary>
    public IReadOnlyList<PersonId> ProposerPersonIds => _proposerPersonIds;

    /// <summary>
    /// A proposing group of people described in words, such as "pupils of the Gjergj Kastrioti high school", in
    /// addition to the proposing organisations and people (never instead of them).
    /// </summary>
    public string? ProposingGroup { get; private set; }

    /// <summary>Supporting organisations; never also proposers.</summary>
    public IReadOnlyList<OrganisationId> SupporterIds => _supporterIds;

    /// <summary>The groups meant to benefit (at least one).</summary>
    public IReadOnlyList<TargetGroup> Beneficiaries => _beneficiaries;

    /// <summary>Where it stands.</summary>
    public InitiativeStatus Status { get; private set; }

    /// <summary>Who endorsed it and when, once endorsed.</summary>
    public Endorsement? Endorsement { get; private set; }

    /// <summary>The day it became active.</summary>
    public LocalDate? ActiveFrom { get; private set; }

    /// <summary>The day it was completed.</summary>
    public LocalDate? CompletedOn { get; private set; }

    /// <summary>Records a proposed initiative as a draft.</summary>
    /// <param name="proposal">The committee, title, beneficiaries and who is behind it; its <see cref="InitiativeProposal.Id"/> when given, otherwise a new identity.</param>
    /// <returns>The draft initiative.</returns>
    /// <exception cref="DomainException">No proposing organisation or person (<c>initiative.proposer-required</c>) or a supporter is also a proposer (<c>initiative.supporter-not-proposer</c>).</exception>
    public static Initiative Propose(InitiativeProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        Require.Id(proposal.CommitteeId, nameof(proposal));
        var initiative = new Initiative(proposal.Id ?? InitiativeId.New(), proposal.CommitteeId) { Status = InitiativeStatus.Draft };
        initiative.Change(proposal.Title, proposal.Description, proposal.Beneficiaries, proposal.ProposerIds, proposal.ProposingGroup, proposal.SupporterIds, proposal.ProposerPersonIds);
        return initiative;
    }

    /// <summary>
    /// What the initiative is and who is behind it now, as <see cref="Edit"/> takes it: change a member with
    /// <c>with</c> (<c>initiative.Edit(initiative.Details with { SupporterIds = [...] })</c>).
    /// </summary>
    public InitiativeDetails Details => new()
    {
        Title = Title,
        Description = Description,
        Beneficiaries = [.. _beneficiaries],
        ProposerIds = [.. ProposerIds],
        ProposerPersonIds = [.. ProposerPersonIds],
        ProposingGroup = ProposingGroup,
        SupporterIds = [.. _supporterIds],
    };

    /// <summary>Changes what the initiative is and who is behind it; not once completed.</summary>
    /// <param name="details">The title, description, beneficiaries, proposers, proposing group and supporters.</param>
    /// <exception cref="DomainArgumentException">A member is blank, too long or undefined; the parameter name is the member's in camel case (<c>title</c>, <c>beneficiaries</c>, <c>proposerIds</c>…).</exception>
    /// <exception cref="DomainException">The rules of <see cref="Propose"/>, or the initiative is completed (<c>initiative.completed-final</c>).</exception>
    public void Edit(InitiativeDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Change(details.Title, details.Description, details.Beneficiaries, details.ProposerIds, details.ProposingGroup, details.SupporterIds, details.ProposerPersonIds);
    }

    // The checks and the change, with the camel-case parameter names forms map their errors by.
    private void Change(string title, string? description, IEnumerable<TargetGroup> beneficiaries, IEnumerable<OrganisationId> proposerIds, string? proposingGroup, IEnumerable<OrganisationId> supporterIds, IEnumerable<PersonId>? proposerPersonIds)
    {
        var checkedTitle = Require.Text(title, nameof(title), MaxTitleLength);
        var checkedDescription = Require.OptionalText(description, nameof(description), MaxDescriptionLength);
        var checkedGroup = Require.OptionalText(proposingGroup, nameof(proposingGroup), MaxProposingGroupLength);
        var groups = CountyMunicipalities.Codes(beneficiaries, nameof(beneficiaries), atLeastOne: true);
        ArgumentNullException.ThrowIfNull(proposerIds);
        ArgumentNullException.ThrowIfNull(supporterIds);
        var proposers = proposerIds.Select(p => Require.Id(p, nameof(proposerIds))).Distinct().ToList();
        var supporters = supporterIds.Select(s => Require.Id(s, nameof(supporterIds))).Distinct().ToList();
        var people = (proposerPersonIds ?? []).Select(p => Require.Id(p, nameof(proposerPersonIds))).Distinct().ToList();
        if (proposers.Count == 0 && people.Count == 0)
        {
            throw new DomainException(
                "initiative.proposer-required",
                new Label(
                    $"Nisma „{checkedTitle}” ka nevojë për të paktën një propozues: një organizatë ose një person. Një grup i përshkruar me fjalë (si nxënësit e një shkolle) shtohet vetëm pranë tyre, p.sh. pranë shkollës.",
                    $"The initiative \"{checkedTitle}\" needs at least one proposer: an organisation or a person. A group described in words (such as a school's pupils) is only added beside them, for example beside the school."));
        }

        if (supporters.Exists(proposers.Contains))
        {
            var both = supporters.First(proposers.Contains);
            throw new DomainException("initiative.supporter-not-proposer", new Label($"Organizata {both} e propozon nismën „{checkedTitle}”, prandaj nuk mund të renditet edhe si mbështetëse.", $"The organisation {both} proposes the initiative \"{checkedTitle}\", so it cannot also be listed as a supporter."));
        }

        if (Status == InitiativeStatus.Completed)
        {
            throw new DomainException("initiative.completed-final", new Label($"Nisma „{Title}” ka përfunduar; ajo nuk ndryshon më.", $"The initiative \"{Title}\" is completed; it no longer changes."));
        }

        Title = checkedTitle;
        Description = checkedDescription;
        ProposingGroup = checkedGroup;
        _beneficiaries.Clear();
        _beneficiaries.AddRange(groups);
        _proposerIds.Clear();
        _proposerIds.AddRange(proposers);
        _proposerPersonIds.Clear();
        _proposerPersonIds.AddRange(people);
        _supporterIds.Clear();
        _supporterIds.AddRange(supporters);
    }

    /// <summary>Records the endorsement of a draft.</summary>
    /// <param name="endorsement">Who and when.</param>
    /// <exception cref="DomainException">The initiative is not a draft (<c>initiative.transition</c>).</exception>
    public void Endorse(Endorsement endorsement)
    {
        ArgumentNullException.ThrowIfNull(endorsement);
        Move(InitiativeStatus.Draft, InitiativeStatus.Endorsed);
        Endorsement = endorsement;
    }

    /// <summary>Starts carrying out an endorsed initiative.</summary>
    /// <param name="from">The first day; not before the endorsement.</param>
    /// <exception cref="DomainException">Not endorsed (<c>initiative.transition</c>) or before the endorsement (<c>initiative.dates-in-order</c>).</exception>
    public void Activate(LocalDate from)
    {
        EnsureStatus(InitiativeStatus.Endorsed, InitiativeStatus.Active);
        if (from < Endorsement!.On)
        {
            throw new DomainException("initiative.dates-in-order", new Label($"Nisma „{Title}” u mbështet më {Sq.Date(Endorsement.On)}; ajo nuk mund të fillojë para kësaj date ({Sq.Date(from)}).", $"The initiative \"{Title}\" was endorsed on {Endorsement.On:yyyy-MM-dd}; it cannot start before that ({from:yyyy-MM-dd})."));
        }

        Status = InitiativeStatus.Active;
        ActiveFrom = from;
    }

    /// <summary>Completes an active initiative.</summary>
    /// <param name="on">The day; not before it became active.</param>
    /// <exception cref="DomainException">Not active (<c>initiative.transition</c>) or before it became active (<c>initiative.dates-in-order</c>).</exception>
    public void Complete(LocalDate on)
    {
        EnsureStatus(InitiativeStatus.Active, InitiativeStatus.Completed);
        if (on < ActiveFrom)
        {
            throw new DomainException("initiative.dates-in-order", new Label($"Nisma „{Title}” hyri në zbatim më {Sq.Date(ActiveFrom)}; ajo nuk mund të përfundojë para kësaj date ({Sq.Date(on)}).", $"The initiative \"{Title}\" became active on {ActiveFrom:yyyy-MM-dd}; it cannot be completed before that ({on:yyyy-MM-dd})."));
        }

        Status = InitiativeStatus.Completed;
        CompletedOn = on;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Status})";

    private void Move(InitiativeStatus from, InitiativeStatus to)
    {
        EnsureStatus(from, to);
        Status = to;
    }

    private void EnsureStatus(InitiativeStatus from, InitiativeStatus to)
    {
        if (Status != from)
        {
            throw new DomainException(
                "initiative.transition",
                new Label(
                    $"Nisma „{Title}” ka statusin „{Status.Label().Albanian}”; ajo kalon në statusin „{to.Label().Albanian}” vetëm nga statusi „{from.Label().Albanian}”.",
                    $"The initiative \"{Title}\" is {Status.Label().English.ToLowerInvariant()}; it can become {to.Label().English.ToLowerInvariant()} only from {from.Label().English.ToLowerInvariant()}."));
        }
    }
}
