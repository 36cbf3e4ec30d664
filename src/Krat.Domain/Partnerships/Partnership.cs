using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.Partnerships;

/// <summary>
/// An agreement between organisations to do something together for a period, each participant in a role
/// (the IATI roles funding, accountable, extending, implementing, or a plain partner), and the service providers
/// it establishes (such as the Durrës Resilience Centre). Partnerships are shared by committees, like organisations.
/// </summary>
public sealed class Partnership : AggregateRoot<PartnershipId>
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest purpose accepted.</summary>
    public const int MaxPurposeLength = 2000;

    private readonly List<Participant> _participants = [];
    private readonly List<ServiceProviderId> _establishedProviderIds = [];

    private Partnership(PartnershipId id)
        : base(id)
    {
        Name = string.Empty;
        Purpose = string.Empty;
        Period = Term.Unset;
    }

    private Partnership()
    {
        Name = string.Empty;
        Purpose = string.Empty;
        Period = Term.Unset;
    }

    /// <summary>The name.</summary>
    public string Name { get; private set; }

    /// <summary>What the partners set out to do.</summary>
    public string Purpose { get; private set; }

    /// <summary>The period of the partnership; open while it runs.</summary>
    public Term Period { get; private set; }

    /// <summary>The participants; an organisation may hold several roles but each role once.</summary>
    public IReadOnlyList<Participant> Participants => _participants;

    /// <summary>The service providers it established.</summary>
    public IReadOnlyList<ServiceProviderId> EstablishedProviderIds => _establishedProviderIds;

    /// <summary>Forms a partnership.</summary>
    /// <param name="name">The name.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="period">Its term: an inclusive first day and, when known, an inclusive last day (<see cref="Term.From"/>, <see cref="Term.Between"/>).</param>
    /// <param name="participants">The participants: at least two distinct organisations, each role at most once per organisation.</param>
    /// <param name="id">Its identity; a new one when omitted.</param>
    /// <returns>The partnership.</returns>
    /// <exception cref="DomainException">Fewer than two organisations (<c>partnership.two-organisations</c>) or a role held twice by one organisation (<c>partnership.role-once</c>).</exception>
    public static Partnership Form(string name, string purpose, Term period, IEnumerable<Participant> participants, PartnershipId? id = null)
    {
        var checkedName = Require.Text(name, nameof(name), MaxNameLength);
        var checkedPurpose = Require.Text(purpose, nameof(purpose), MaxPurposeLength);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(participants);
        var list = new List<Participant>();
        foreach (var participant in participants)
        {
            CheckParticipant(participant, list);
            list.Add(participant);
        }

        if (list.Select(p => p.OrganisationId).Distinct().Count() < 2)
        {
            throw new DomainException("partnership.two-organisations", new Label($"Partneriteti „{checkedName}” ka nevojë për të paktën dy organizata.", $"The partnership \"{checkedName}\" needs at least two organisations."));
        }

        var partnership = new Partnership(id ?? PartnershipId.New()) { Name = checkedName, Purpose = checkedPurpose, Period = period };
        partnership._participants.AddRange(list);
        return partnership;
    }

    /// <summary>Adds a participant in a role.</summary>
    /// <param name="participant">The organisation and role.</param>
    /// <exception cref="DomainException">The organisation already holds that role (<c>partnership.role-once</c>), or the partnership has ended.</exception>
    public void AddParticipant(Participant participant)
    {
        CheckParticipant(participant, _participants);
        EnsureRunning();
        _participants.Add(participant);
    }

    /// <summary>Records a service provider that the partnership established.</summary>
    /// <param name="providerId">The provider.</param>
    /// <exception cref="DomainException">Already recorded (<c>partnership.provider-once</c>).</exception>
    public void Establish(ServiceProviderId providerId)
    {
        Require.Id(providerId, nameof(providerId));
        if (_establishedProviderIds.Contains(providerId))
        {
            throw new DomainException("partnership.provider-once", new Label($"Partneriteti „{Name}” e ka krijuar tashmë këtë ofrues shërbimi.", $"The partnership \"{Name}\" already established this service provider."));
        }

        _establishedProviderIds.Add(providerId);
    }

    /// <summary>Ends the partnership on a day.</summary>
    /// <param name="last">The last day; not before the start.</param>
    /// <exception cref="DomainException">The partnership has already ended (<c>partnership.ended</c>).</exception>
    public void End(LocalDate last)
    {
        EnsureRunning();
        Period = Period.EndOn(last);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Period})";

    private static void CheckParticipant(Participant participant, List<Participant> existing)
    {
        ArgumentNullException.ThrowIfNull(participant);
        Require.Id(participant.OrganisationId, nameof(participant));
        Require.Defined(participant.Role, nameof(participant));
        if (existing.Contains(participant))
        {
            throw new DomainException(
                "partnership.role-once",
                new Label(
                    $"Organizata {participant.OrganisationId} merr pjesë tashmë me rolin „{participant.Role.Label().Albanian}”.",
                    $"The organisation {participant.OrganisationId} already takes part in the role {participant.Role.Label().English}."));
        }
    }

    private void EnsureRunning()
    {
        if (!Period.IsOpen)
        {
            throw new DomainException("partnership.ended", new Label($"Partneriteti „{Name}” përfundoi më {Sq.Date(Period.End)}; ai nuk ndryshon më.", $"The partnership \"{Name}\" ended on {Period.End:yyyy-MM-dd}; it no longer changes."));
        }
    }
}
