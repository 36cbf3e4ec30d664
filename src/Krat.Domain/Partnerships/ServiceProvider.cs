using System.Linq.Expressions;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Domain.Partnerships;

/// <summary>
/// A service for victims and people at risk, run by an organisation (such as the Durrës Resilience Centre): the
/// service types it offers, the municipalities it covers and the groups it serves. It may take a seat at a
/// committee's Technical Table from a date; the seat itself is granted on the committee, this records which
/// committee and since when. It is active for a period (<see cref="ActiveFrom"/>, <see cref="ActiveUntil"/>):
/// who-does-what-where for a period counts only providers active in it.
/// </summary>
public sealed class ServiceProvider : AggregateRoot<ServiceProviderId>
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    private readonly List<ServiceType> _serviceTypes = [];
    private readonly List<string> _municipalities = [];
    private readonly List<TargetGroup> _targetGroups = [];

    private ServiceProvider(ServiceProviderId id)
        : base(id)
    {
        Name = string.Empty;
        SearchText = string.Empty;
        SortKey = string.Empty;
    }

    private ServiceProvider()
    {
        Name = string.Empty;
        SearchText = string.Empty;
        SortKey = string.Empty;
    }

    /// <summary>The name.</summary>
    public string Name { get; private set; }

    /// <summary>The organisation that runs it.</summary>
    public OrganisationId OperatorId { get; private set; }

    /// <summary>The partnership that established it, if any.</summary>
    public PartnershipId? EstablishedBy { get; private set; }

    /// <summary>The service types offered (at least one).</summary>
    public IReadOnlyList<ServiceType> ServiceTypes => _serviceTypes;

    /// <summary>The catalogue names of the municipalities it covers (at least one).</summary>
    public IReadOnlyList<string> Municipalities => _municipalities;

    /// <summary>The groups it serves.</summary>
    public IReadOnlyList<TargetGroup> TargetGroups => _targetGroups;

    /// <summary>The committee at whose Technical Table it sits, if any.</summary>
    public CommitteeId? TechnicalTableCommitteeId { get; private set; }

    /// <summary>The first day of its Technical Table seat.</summary>
    public LocalDate? TechnicalTableFrom { get; private set; }

    /// <summary>The first day it offers its services; <see langword="null"/> when not recorded (active since always).</summary>
    public LocalDate? ActiveFrom { get; private set; }

    /// <summary>The last day it offered its services, inclusive; <see langword="null"/> while it still does.</summary>
    public LocalDate? ActiveUntil { get; private set; }

    /// <summary>The folded name, for search.</summary>
    public string SearchText { get; private set; }

    /// <summary>The folded name, for ordering.</summary>
    public string SortKey { get; private set; }

    /// <summary>Registers a service provider.</summary>
    /// <param name="id">Its identity.</param>
    /// <param name="name">The name.</param>
    /// <param name="operatorId">The organisation that runs it.</param>
    /// <param name="serviceTypes">At least one service type.</param>
    /// <param name="municipalities">At least one municipality it covers, by name.</param>
    /// <param name="targetGroups">The groups it serves.</param>
    /// <param name="establishedBy">The partnership that established it.</param>
    /// <returns>The provider.</returns>
    public static ServiceProvider Register(
        ServiceProviderId id,
        string name,
        OrganisationId operatorId,
        IEnumerable<ServiceType> serviceTypes,
        IEnumerable<string> municipalities,
        IEnumerable<TargetGroup> targetGroups,
        PartnershipId? establishedBy = null)
    {
        var provider = new ServiceProvider(id) { EstablishedBy = establishedBy };
        provider.Describe(name, operatorId, serviceTypes, municipalities, targetGroups);
        return provider;
    }

    /// <summary>Replaces the name, operator, services, coverage and groups.</summary>
    /// <param name="name">The name.</param>
    /// <param name="operatorId">The organisation that runs it.</param>
    /// <param name="serviceTypes">At least one service type.</param>
    /// <param name="municipalities">At least one municipality.</param>
    /// <param name="targetGroups">The groups it serves.</param>
    public void Describe(string name, OrganisationId operatorId, IEnumerable<ServiceType> serviceTypes, IEnumerable<string> municipalities, IEnumerable<TargetGroup> targetGroups)
    {
        var checkedName = Require.Text(name, nameof(name), MaxNameLength);
        Require.Id(operatorId, nameof(operatorId));
        var types = CountyMunicipalities.Codes(serviceTypes, nameof(serviceTypes), atLeastOne: true);
        var places = CountyMunicipalities.Anywhere(municipalities, nameof(municipalities));
        if (places.Count == 0)
        {
            throw new DomainArgumentException(new Label("Kërkohet të paktën një bashki.", "At least one municipality is required."), nameof(municipalities));
        }

        var groups = CountyMunicipalities.Codes(targetGroups, nameof(targetGroups), atLeastOne: false);
        Name = checkedName;
        OperatorId = operatorId;
        _serviceTypes.Clear();
        _serviceTypes.AddRange(types);
        _municipalities.Clear();
        _municipalities.AddRange(places);
        _targetGroups.Clear();
        _targetGroups.AddRange(groups);
        SearchText = AlbanianText.Fold(Name);
        SortKey = SearchText;
    }

    /// <summary>Records that the provider sits at a committee's Technical Table from a day (granted on the committee).</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="from">The first day of the seat.</param>
    /// <exception cref="DomainException">It already sits at a Technical Table (<c>provider.one-technical-table</c>).</exception>
    public void JoinTechnicalTable(CommitteeId committeeId, LocalDate from)
    {
        Require.Id(committeeId, nameof(committeeId));
        if (TechnicalTableCommitteeId is not null)
        {
            throw new DomainException(
                "provider.one-technical-table",
                new Label(
                    $"{Name} merr pjesë tashmë në një Tryezë teknike që nga {Sq.Date(TechnicalTableFrom)}; largohuni prej saj para se t’i bashkoheni një tjetre.",
                    $"{Name} already sits at a Technical Table since {TechnicalTableFrom:yyyy-MM-dd}; leave it before joining another."));
        }

        TechnicalTableCommitteeId = committeeId;
        TechnicalTableFrom = from;
    }

    /// <summary>Records when the provider offers its services: from a first day, until a last day (inclusive) or still.</summary>
    /// <param name="from">The first day it offers its services (the day it was set up).</param>
    /// <param name="until">The last day it offered them, or <see langword="null"/> while it still does.</param>
    /// <exception cref="DomainException">The last day is before the first (<c>provider.active-period</c>); nothing changes.</exception>
    public void SetActivePeriod(LocalDate from, LocalDate? until = null)
    {
        if (until is { } last && last < from)
        {
            throw new DomainException(
                "provider.active-period",
                new Label(
                    $"{Name} nuk mund të pushojë së ofruari shërbime më {Sq.Date(last)}, para se të fillojë më {Sq.Date(from)}.",
                    $"{Name} cannot stop offering services on {last:yyyy-MM-dd}, before it starts on {from:yyyy-MM-dd}."));
        }

        ActiveFrom = from;
        ActiveUntil = until;
    }

    /// <summary>Whether the provider offers its services on at least one day of a period (an unrecorded start or end is open).</summary>
    /// <param name="period">The period, inclusive.</param>
    /// <returns><see langword="true"/> when its active period and <paramref name="period"/> share a day.</returns>
    public bool IsActiveDuring(DateInterval period) => ActiveDuring(period).Compile()(this);

    /// <summary>
    /// Providers active on at least one day of a period, as an expression a query (SQL) or a list (memory) applies:
    /// started on or before its last day (or no start recorded) and not stopped before its first day.
    /// </summary>
    /// <param name="period">The period, inclusive.</param>
    /// <returns>The condition.</returns>
    public static Expression<Func<ServiceProvider, bool>> ActiveDuring(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (first, last) = (period.Start, period.End);
        return p => (p.ActiveFrom == null || p.ActiveFrom <= last) && (p.ActiveUntil == null || p.ActiveUntil >= first);
    }

    /// <summary>Records that the provider no longer sits at a Technical Table.</summary>
    /// <exception cref="DomainException">It does not sit at one (<c>provider.not-at-technical-table</c>).</exception>
    public void LeaveTechnicalTable()
    {
        if (TechnicalTableCommitteeId is null)
        {
            throw new DomainException("provider.not-at-technical-table", new Label($"{Name} nuk merr pjesë në asnjë Tryezë teknike.", $"{Name} does not sit at a Technical Table."));
        }

        TechnicalTableCommitteeId = null;
        TechnicalTableFrom = null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
