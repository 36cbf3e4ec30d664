using System.Linq.Expressions;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Domain.Partnerships;

/// <summary>
/// A service for victims and people at risk, run by an organisation (such as the Durrës Resilience Centre): the
/// service types it offers, the municipalities it covers and the groups it serves. It may take a seat at a
/// committee's Technical Table from a date: <see cref="TechnicalTableMembership.Join"/> grants the seat (carrying
/// the provider's services) and records the membership here in one step, and
/// <see cref="TechnicalTableMembership.Leave"/> ends both; the last membership's term stays (<see cref="TechnicalTable"/>).
/// It is active for a term (<see cref="Active"/>): who-does-what-where for a period counts only providers active in
/// it, and it sits at a Technical Table only while it is active (<c>provider.seated-while-inactive</c>).
/// </summary>
public sealed class ServiceProvider : AggregateRoot<ServiceProviderId>
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>
    /// Rule: a provider sits at a Technical Table only while it is active: its active term covers every day of its
    /// Technical Table term. Leave the Table (<see cref="TechnicalTableMembership.Leave"/>) before ending the activity.
    /// </summary>
    public const string SeatedWhileInactiveRule = "provider.seated-while-inactive";

    /// <summary>Rule: while the provider sits at a Technical Table, its operator and services change only with the seat.</summary>
    public const string SeatedChangeRule = "provider.seated-change";

    private readonly List<ServiceType> _serviceTypes = [];
    private readonly List<string> _municipalities = [];
    private readonly List<TargetGroup> _targetGroups = [];
    private IReadOnlyList<Municipality>? _places;

    private ServiceProvider(ServiceProviderId id)
        : base(id)
    {
        Name = string.Empty;
    }

    private ServiceProvider()
    {
        Name = string.Empty;
    }

    /// <summary>The name.</summary>
    public string Name { get; private set; }

    /// <summary>The organisation that runs it.</summary>
    public OrganisationId OperatorId { get; private set; }

    /// <summary>The partnership that established it, if any.</summary>
    public PartnershipId? EstablishedBy { get; private set; }

    /// <summary>The service types offered (at least one).</summary>
    public IReadOnlyList<ServiceType> ServiceTypes => _serviceTypes;

    /// <summary>The municipalities it covers (at least one), from the catalogue (<see cref="Albania"/>).</summary>
    public IReadOnlyList<Municipality> Municipalities => _places ??= [.. _municipalities.Select(Albania.Municipality)];

    /// <summary>The catalogue names of <see cref="Municipalities"/> as stored (column <c>Municipalities</c>), for queries.</summary>
    internal IReadOnlyList<string> MunicipalityNames => _municipalities;

    /// <summary>The groups it serves.</summary>
    public IReadOnlyList<TargetGroup> TargetGroups => _targetGroups;

    /// <summary>The committee at whose Technical Table it sits or last sat (see <see cref="TechnicalTable"/>); <see langword="null"/> when it never joined one.</summary>
    public CommitteeId? TechnicalTableCommitteeId { get; private set; }

    /// <summary>Its seat at that Technical Table (a seat of the committee, whose <see cref="Seat.ServiceProviderId"/> is this provider).</summary>
    public SeatId? TechnicalTableSeatId { get; private set; }

    /// <summary>
    /// The term of its current or last Technical Table seat: inclusive first day, inclusive last day once it has left
    /// (open while it sits there); <see langword="null"/> when it never joined one. Equals the seat's
    /// <see cref="Seat.Term"/>.
    /// </summary>
    public Term? TechnicalTable => TechnicalTableFrom is { } from ? Term.Between(from, TechnicalTableUntil) : null;

    /// <summary>Whether it sits at a Technical Table now: it joined one and has not left (its seat is open).</summary>
    public bool SitsAtTechnicalTable => TechnicalTableCommitteeId is not null && TechnicalTableUntil is null;

    /// <summary>
    /// When it offers its services: inclusive first day, inclusive last day once it stopped (open while it still
    /// does); <see langword="null"/> when not recorded (active since always).
    /// </summary>
    public Term? Active => ActiveFrom is { } from ? Term.Between(from, ActiveUntil) : null;

    // The columns behind TechnicalTable and Active (kept as they were in 0.1; queries and specifications filter on them).
    internal LocalDate? TechnicalTableFrom { get; private set; }

    internal LocalDate? TechnicalTableUntil { get; private set; }

    internal LocalDate? ActiveFrom { get; private set; }

    internal LocalDate? ActiveUntil { get; private set; }

    /// <summary>Registers a service provider.</summary>
    /// <param name="name">The name.</param>
    /// <param name="operatorId">The organisation that runs it.</param>
    /// <param name="serviceTypes">At least one service type.</param>
    /// <param name="municipalities">At least one municipality it covers (from <see cref="Albania"/>), in any county.</param>
    /// <param name="targetGroups">The groups it serves.</param>
    /// <param name="establishedBy">The partnership that established it.</param>
    /// <param name="id">Its identity; a new one when omitted.</param>
    /// <returns>The provider.</returns>
    public static ServiceProvider Register(
        string name,
        OrganisationId operatorId,
        IEnumerable<ServiceType> serviceTypes,
        IEnumerable<Municipality> municipalities,
        IEnumerable<TargetGroup> targetGroups,
        PartnershipId? establishedBy = null,
        ServiceProviderId? id = null)
    {
        var provider = new ServiceProvider(Require.Id(id ?? ServiceProviderId.New(), nameof(id))) { EstablishedBy = establishedBy };
        provider.Describe(name, operatorId, serviceTypes, municipalities, targetGroups);
        return provider;
    }

    /// <summary>
    /// Replaces the name, operator, services, coverage and groups. While the provider sits at a Technical Table its
    /// seat is held by the operator and carries the services, so then neither changes here: change the services
    /// with <see cref="TechnicalTableMembership.ChangeServices"/>, and leave the Table before changing the operator.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="operatorId">The organisation that runs it.</param>
    /// <param name="serviceTypes">At least one service type.</param>
    /// <param name="municipalities">At least one municipality (from <see cref="Albania"/>), in any county.</param>
    /// <param name="targetGroups">The groups it serves.</param>
    /// <exception cref="DomainArgumentException">A municipality is not the catalogue's (unknown, or given with another county than its own), or none is given; nothing changes.</exception>
    /// <exception cref="DomainException">The operator or the services would change while it sits at a Technical Table (<c>provider.seated-change</c>); nothing changes.</exception>
    public void Describe(string name, OrganisationId operatorId, IEnumerable<ServiceType> serviceTypes, IEnumerable<Municipality> municipalities, IEnumerable<TargetGroup> targetGroups)
    {
        var checkedName = Require.Text(name, nameof(name), MaxNameLength);
        Require.Id(operatorId, nameof(operatorId));
        var types = CountyMunicipalities.Codes(serviceTypes, nameof(serviceTypes), atLeastOne: true);
        if (SitsAtTechnicalTable && (operatorId != OperatorId || !types.Order().SequenceEqual(_serviceTypes.Order())))
        {
            throw new DomainException(
                SeatedChangeRule,
                new Label(
                    $"{Name} merr pjesë në Tryezën teknike që nga {Sq.Date(TechnicalTableFrom)}: shërbimet e ofruesit ndryshojnë vetëm bashkë me vendin e tij në Tryezë, ndërsa operatori vetëm pasi ofruesi të largohet prej saj.",
                    $"{Name} sits at the Technical Table since {TechnicalTableFrom:yyyy-MM-dd}: its services change only together with its seat at the Table, and its operator only after it leaves."));
        }

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
        _places = null;
        _targetGroups.Clear();
        _targetGroups.AddRange(groups);
    }

    /// <summary>
    /// Records when the provider offers its services: from a first day, until a last day (inclusive) or still (an open
    /// term). While it sits at a Technical Table, or for the days it sat at one, the term must cover its Technical
    /// Table term: to stop a seated provider, leave the Table first (<see cref="TechnicalTableMembership.Leave"/>).
    /// </summary>
    /// <param name="active">The first day it offers its services (the day it was set up) and the last, if any.</param>
    /// <exception cref="DomainException"><c>provider.seated-while-inactive</c>: the term would not cover the days of
    /// its Technical Table seat; nothing changes.</exception>
    public void SetActivePeriod(Term active)
    {
        ArgumentNullException.ThrowIfNull(active);
        if (TechnicalTable is { IsOpen: true } seated && !Covers(active, seated))
        {
            throw new DomainException(
                SeatedWhileInactiveRule,
                new Label(
                    $"{Name} merr pjesë në Tryezën teknike që nga {Sq.Date(seated.Start)}: periudha e veprimtarisë ({Sq.Period(active)}) duhet ta mbulojë këtë; largojeni ofruesin nga Tryeza para se t’i jepni fund veprimtarisë.",
                    $"{Name} sits at the Technical Table since {seated.Start:yyyy-MM-dd}: its active term ({active}) must cover it; have the provider leave the Table before ending its activity."));
        }

        if (TechnicalTable is { } sat && !Covers(active, sat))
        {
            throw new DomainException(
                SeatedWhileInactiveRule,
                new Label(
                    $"{Name} mori pjesë në Tryezën teknike {Sq.Period(sat)}: periudha e veprimtarisë ({Sq.Period(active)}) duhet ta mbulojë këtë.",
                    $"{Name} sat at the Technical Table {sat}: its active term ({active}) must cover it."));
        }

        ActiveFrom = active.Start;
        ActiveUntil = active.End;
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

    /// <summary>
    /// Providers active on a day, as an expression a query (SQL) or a list (memory) applies: started on or before it
    /// (or no start recorded) and not stopped before it.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The condition.</returns>
    public static Expression<Func<ServiceProvider, bool>> ActiveOn(LocalDate date) => ActiveDuring(new DateInterval(date, date));

    // The checks of TechnicalTableMembership.Join on the provider's side, made before anything changes.
    internal void RequireCanJoin(LocalDate from)
    {
        if (Active is { } active && !Covers(active, Term.From(from)))
        {
            throw new DomainException(
                SeatedWhileInactiveRule,
                new Label(
                    $"{Name} ofron shërbime {Sq.Period(active)}; ai bashkohet me Tryezën teknike vetëm nga një ditë kur është aktiv dhe pa datë mbarimi të veprimtarisë, jo më {Sq.Date(from)}.",
                    $"{Name} offers its services {active}; it joins the Technical Table only from a day on which it is active with no end of activity recorded, not on {from:yyyy-MM-dd}."));
        }

        if (SitsAtTechnicalTable)
        {
            throw new DomainException(
                TechnicalTableMembership.OneTechnicalTableRule,
                new Label(
                    $"{Name} merr pjesë tashmë në një Tryezë teknike që nga {Sq.Date(TechnicalTableFrom)}; largohuni prej saj para se t’i bashkoheni një tjetre.",
                    $"{Name} already sits at a Technical Table since {TechnicalTableFrom:yyyy-MM-dd}; leave it before joining another."));
        }

        if (TechnicalTableUntil is { } left && from <= left)
        {
            throw new DomainException(
                TechnicalTableMembership.OneTechnicalTableRule,
                new Label(
                    $"{Name} ishte në Tryezën teknike deri më {Sq.Date(left)}; ai mund të bashkohet sërish vetëm nga dita pas saj, jo më {Sq.Date(from)}.",
                    $"{Name} sat at the Technical Table until {left:yyyy-MM-dd}; it can join again only from the day after, not on {from:yyyy-MM-dd}."));
        }
    }

    internal void RecordJoined(CommitteeId committeeId, SeatId seatId, LocalDate from)
    {
        TechnicalTableCommitteeId = committeeId;
        TechnicalTableSeatId = seatId;
        TechnicalTableFrom = from;
        TechnicalTableUntil = null;
    }

    internal void RecordLeft(LocalDate last) => TechnicalTableUntil = last;

    private static bool Covers(Term outer, Term inner) =>
        outer.Start <= inner.Start && (outer.End is null || (inner.End is { } end && end <= outer.End.Value));

    internal void SetServiceTypes(List<ServiceType> types)
    {
        _serviceTypes.Clear();
        _serviceTypes.AddRange(types);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
