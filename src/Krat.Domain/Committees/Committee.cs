using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Committees;

/// <summary>
/// The Regional Anti-Trafficking Committee (KRAT) of a county, with its Technical Table as a second body.
/// Organisations hold <see cref="Seats"/> on a body for a term; posts (chair, vice-chair, secretary) are
/// held through seats; people fill seats as titular or deputy.
/// </summary>
/// <remarks>
/// <para>Rules the committee keeps (each broken rule throws a <see cref="DomainException"/> with the stable
/// identifier in brackets, and leaves the committee unchanged):</para>
/// <list type="bullet">
/// <item><c>seat.one-per-organisation</c>: an organisation holds at most one seat per body at a time.</item>
/// <item><c>period.backwards</c>: no seat, post or representative ends before it starts.</item>
/// <item><c>post.within-seat</c>, <c>representative.within-seat</c>: posts and representatives lie within
/// their seat's term (an open post or representative needs an open seat).</item>
/// <item><c>post.one-holder</c>: each body has at most one chair and at most one secretary on any day
/// (several vice-chairs are allowed). The Technical Table has its own chair (the prefecture's Secretary
/// General), so the rule applies per body.</item>
/// <item><c>committee.one-chair</c>: once the committee is constituted, its committee body has exactly one
/// chair on every day from the constitution date on, indefinitely. Constituting therefore requires an open
/// chain of chair posts from that day; the chair changes hands with <see cref="HandOverPost"/>, which ends
/// one holder the day before the next starts, so there is never a gap or an overlap. The rule is not
/// applied to the Technical Table, which may be without a chair for a while.</item>
/// <item><c>post.voting-seat</c>: posts are held only through a standing seat with a vote (never through an
/// invited, observer or non-voting seat).</item>
/// <item><c>representative.one-titular</c>: a seat has at most one titular representative on any day;
/// <c>representative.overlap</c>: a person fills a seat at most once at a time;
/// <c>representative.represents-organisation</c>: a person fills a seat only while representing the seat's
/// organisation (<see cref="Person.Representations"/>) on every day of the appointment.</item>
/// <item>Ending a seat ends its posts and representatives on the same day (<see cref="EndSeat"/>).</item>
/// <item><c>seat.provider-seat</c>: a service provider's Technical Table seat is granted and ended only with the
/// provider, through <see cref="TechnicalTableMembership"/>.</item>
/// </list>
/// </remarks>
public sealed class Committee : AggregateRoot<CommitteeId>, ICommitteeScoped
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest legal basis accepted.</summary>
    public const int MaxLegalBasisLength = 500;

    /// <summary>Rule: an organisation holds at most one seat per body at a time.</summary>
    public const string OneSeatPerOrganisationRule = "seat.one-per-organisation";

    /// <summary>Rule: a post or representative lies within the term of its seat.</summary>
    public const string PostWithinSeatRule = "post.within-seat";

    /// <summary>Rule: a representative lies within the term of the seat.</summary>
    public const string RepresentativeWithinSeatRule = "representative.within-seat";

    /// <summary>Rule: a body has at most one chair and one secretary on any day.</summary>
    public const string OneHolderRule = "post.one-holder";

    /// <summary>Rule: once constituted, the committee body has exactly one chair every day.</summary>
    public const string OneChairRule = "committee.one-chair";

    /// <summary>Rule: posts are held only through a standing seat with a vote.</summary>
    public const string PostThroughVotingSeatRule = "post.voting-seat";

    /// <summary>Rule: a person fills a seat only while representing the seat's organisation.</summary>
    public const string RepresentsOrganisationRule = "representative.represents-organisation";

    /// <summary>Rule: a service provider's seat ends only when the provider leaves the Technical Table.</summary>
    public const string ProviderSeatRule = "seat.provider-seat";

    /// <summary>Rule: a committee is constituted once.</summary>
    public const string AlreadyConstitutedRule = "committee.already-constituted";

    /// <summary>Rule: a seat has at most one titular representative on any day.</summary>
    public const string OneTitularRule = "representative.one-titular";

    /// <summary>Rule: a person fills a seat at most once at a time.</summary>
    public const string RepresentativeOverlapRule = "representative.overlap";

    /// <summary>Rule: the representative to end must fill the seat on that day.</summary>
    public const string RepresentativeNotFoundRule = "representative.not-found";

    /// <summary>Rule: the post to end or hand over must be held on that day.</summary>
    public const string PostNotHeldRule = "post.not-held";

    private readonly List<Seat> _seats = [];

    private Committee(CommitteeId id, CountyCode county, string name, string? legalBasis)
        : base(id)
    {
        County = county;
        Name = name;
        LegalBasis = legalBasis;
    }

    private Committee()
    {
        Name = string.Empty;
    }

    /// <inheritdoc />
    public CommitteeId CommitteeId => Id;

    /// <summary>The county whose committee this is.</summary>
    public CountyCode County { get; private set; }

    /// <summary>The name, such as "Komiteti Rajonal Antitrafik Durrës".</summary>
    public string Name { get; private set; }

    /// <summary>The act the committee rests on, such as "Urdhri i Kryeministrit nr. 139, datë 19.06.2006".</summary>
    public string? LegalBasis { get; private set; }

    /// <summary>The day the committee was constituted; <see langword="null"/> before. From that day on the committee body always has exactly one chair.</summary>
    public LocalDate? ConstitutedOn { get; private set; }

    /// <summary>Every seat ever granted, on both bodies, in the order granted.</summary>
    public IReadOnlyList<Seat> Seats => _seats;

    /// <summary>Establishes the committee of a county (not yet constituted, without seats).</summary>
    /// <param name="county">The county.</param>
    /// <param name="name">The name; at most <see cref="MaxNameLength"/> characters.</param>
    /// <param name="legalBasis">The legal basis; at most <see cref="MaxLegalBasisLength"/> characters.</param>
    /// <param name="id">The identity to use; a new one when omitted.</param>
    /// <returns>The committee.</returns>
    public static Committee Establish(CountyCode county, string name, string? legalBasis = null, CommitteeId? id = null)
    {
        if (county.Value is null)
        {
            throw new ArgumentException("A committee needs its county.", nameof(county));
        }

        var checkedName = Require.Text(name, nameof(name), MaxNameLength);
        var checkedBasis = Require.OptionalText(legalBasis, nameof(legalBasis), MaxLegalBasisLength);
        return new Committee(id ?? CommitteeId.New(), county, checkedName, checkedBasis);
    }

    /// <summary>Changes the name and the legal basis.</summary>
    /// <param name="name">The name.</param>
    /// <param name="legalBasis">The legal basis, or <see langword="null"/>.</param>
    public void Rename(string name, string? legalBasis)
    {
        var checkedName = Require.Text(name, nameof(name), MaxNameLength);
        var checkedBasis = Require.OptionalText(legalBasis, nameof(legalBasis), MaxLegalBasisLength);
        Name = checkedName;
        LegalBasis = checkedBasis;
    }

    /// <summary>Records that the committee was constituted on a day.</summary>
    /// <param name="on">The day; from it on the committee body must always have exactly one chair.</param>
    /// <exception cref="DomainException"><c>committee.already-constituted</c>, or <c>committee.one-chair</c> when the chair posts do not cover every day from <paramref name="on"/> on.</exception>
    public void Constitute(LocalDate on)
    {
        if (ConstitutedOn is { } existing)
        {
            throw new DomainException(AlreadyConstitutedRule, new Label($"{Name} është konstituuar tashmë më {Sq.Date(existing)}.", $"{Name} was already constituted on {existing:yyyy-MM-dd}."));
        }

        CheckChairCoverage(PostFacts(), on);
        ConstitutedOn = on;
    }

    /// <summary>Grants an organisation a seat on a body.</summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="body">The committee or the Technical Table.</param>
    /// <param name="role">Standing, invited or observer.</param>
    /// <param name="votes">Whether the seat votes.</param>
    /// <param name="term">The days of the seat: inclusive first day, optional inclusive last day (<see cref="Term.From"/> for an open seat).</param>
    /// <param name="id">The seat's identity; a new one when omitted.</param>
    /// <returns>The seat.</returns>
    /// <exception cref="DomainException"><c>seat.one-per-organisation</c>.</exception>
    public Seat GrantSeat(OrganisationId organisationId, CommitteeBody body, SeatRole role, bool votes, Term term, SeatId? id = null)
    {
        ArgumentNullException.ThrowIfNull(term);
        return AddSeat(organisationId, body, role, votes, term, id, provider: null, services: []);
    }

    /// <summary>Ends a seat on a day, and with it every post and representative of the seat that runs past that day.</summary>
    /// <param name="seatId">The seat; not a service provider's seat, which ends when the provider leaves (<see cref="TechnicalTableMembership.Leave"/>).</param>
    /// <param name="last">The last day of the seat; not after its current end.</param>
    /// <exception cref="DomainException"><c>seat.provider-seat</c> (the seat is a service provider's), <c>period.backwards</c> (the seat, or a post or representative of it, starts after <paramref name="last"/>) or <c>committee.one-chair</c> (the seat holds the chair of a constituted committee).</exception>
    public void EndSeat(SeatId seatId, LocalDate last)
    {
        var seat = SeatWith(seatId);
        if (seat.ServiceProviderId is not null)
        {
            throw new DomainException(
                ProviderSeatRule,
                new Label(
                    "Ky vend i përket një ofruesi shërbimesh në Tryezën teknike; ai përfundon vetëm kur ofruesi largohet nga Tryeza, që vendi dhe ofruesi të mbeten në përputhje.",
                    "This seat belongs to a service provider at the Technical Table; it ends only when the provider leaves the Table, so that the seat and the provider stay in step."));
        }

        EndSeatOf(seat, last);
    }

    // A service provider's Technical Table seat, carrying its services (TechnicalTableMembership.Join).
    internal Seat GrantProviderSeat(ServiceProvider provider, SeatRole role, bool votes, LocalDate from, SeatId? id) =>
        AddSeat(provider.OperatorId, CommitteeBody.TechnicalTable, role, votes, Term.From(from), id, provider.Id, provider.ServiceTypes);

    // Ends a service provider's seat (TechnicalTableMembership.Leave); the same rules as EndSeat.
    internal void EndProviderSeat(Seat seat, LocalDate last) => EndSeatOf(seat, last);

    private Seat AddSeat(OrganisationId organisationId, CommitteeBody body, SeatRole role, bool votes, Term term, SeatId? id, ServiceProviderId? provider, IEnumerable<ServiceType> services)
    {
        Require.Id(organisationId, nameof(organisationId));
        Require.Defined(body, nameof(body));
        Require.Defined(role, nameof(role));
        var seatId = id ?? SeatId.New();
        Require.Id(seatId, nameof(id));
        if (_seats.Exists(s => s.Id == seatId))
        {
            throw new ArgumentException("The committee already has a seat with this identity.", nameof(id));
        }

        if (_seats.Find(s => s.OrganisationId == organisationId && s.Body == body && s.Term.Overlaps(term)) is { } existing)
        {
            throw new DomainException(
                OneSeatPerOrganisationRule,
                new Label(
                    $"Një organizatë ka më së shumti një vend në të njëjtin organ në të njëjtën kohë: ajo ka tashmë një vend në organin „{body.Label().Albanian}” për periudhën {Sq.Period(existing.Term)}, e cila mbivendoset me periudhën {Sq.Period(term)}.",
                    $"An organisation holds at most one seat per body at a time: it already holds a seat on the {body.Label().English} for {existing.Term}, which overlaps {term}."));
        }

        var seat = new Seat(seatId, Id, _seats.Count + 1, body, organisationId, role, votes, term, provider, services);
        _seats.Add(seat);
        return seat;
    }

    private void EndSeatOf(Seat seat, LocalDate last)
    {
        if (seat.Term.End is { } end && last > end)
        {
            throw new DomainArgumentException(
                new Label(
                    $"Vendi përfundon tashmë më {Sq.Date(end)}; ai mund të përfundojë vetëm më herët.",
                    $"The seat already ends on {end:yyyy-MM-dd}; it can only be ended earlier."),
                nameof(last));
        }

        Periods.RequireNotBefore(last, seat.Term.Start, new Label("vendi", "the seat"));
        foreach (var post in seat.Posts.Where(p => RunsPast(p.Term, last)))
        {
            Periods.RequireNotBefore(last, post.Term.Start, new Label($"detyra „{post.Post.Label().Albanian}” që mbahet përmes vendit", $"the post {post.Post.Label().English} held through the seat"));
        }

        foreach (var representative in seat.Representatives.Where(r => RunsPast(r.Term, last)))
        {
            Periods.RequireNotBefore(last, representative.Term.Start, new Label("një përfaqësues i vendit", "a representative of the seat"));
        }

        var changed = seat.Posts.Where(p => RunsPast(p.Term, last)).ToDictionary(p => p.Id, p => p.Term.EndOn(last));
        CheckPosts(PostFacts().Select(f => changed.TryGetValue(f.Id, out var t) ? f with { Term = t } : f).ToList());

        seat.SetTerm(seat.Term.EndOn(last));
        foreach (var post in seat.Posts.Where(p => RunsPast(p.Term, last)))
        {
            post.SetTerm(post.Term.EndOn(last));
        }

        foreach (var representative in seat.Representatives.Where(r => RunsPast(r.Term, last)))
        {
            representative.SetTerm(representative.Term.EndOn(last));
        }
    }

    /// <summary>Assigns a post (chair, vice-chair or secretary) to a seat for a period.</summary>
    /// <param name="seatId">The seat that holds the post.</param>
    /// <param name="post">The post; never <see cref="Post.Member"/>, which every seat holds without assignment.</param>
    /// <param name="term">The days of the assignment: inclusive first day, optional inclusive last day (<see cref="Term.From"/> for an open assignment).</param>
    /// <returns>The assignment.</returns>
    /// <exception cref="DomainException"><c>post.voting-seat</c> (the seat is not a standing seat with a vote), <c>post.within-seat</c>, <c>post.one-holder</c> or <c>committee.one-chair</c>.</exception>
    public PostAssignment AssignPost(SeatId seatId, Post post, Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var seat = SeatWith(seatId);
        RequireAssignable(post);
        RequireVotingSeat(seat, post);
        var what = new Label($"detyra „{post.Label().Albanian}”", $"the post {post.Label().English}");
        RequireWithinSeat(seat, term, PostWithinSeatRule, what);
        var assignment = new PostAssignment(post, term);
        CheckPosts([.. PostFacts(), new PostFact(assignment.Id, seat.Id, seat.Body, post, term)]);
        seat.AddPost(assignment);
        return assignment;
    }

    /// <summary>
    /// Hands a post over from its current holder to another seat of the same body on a day: the current
    /// assignment ends the day before and the new one starts on the day and runs as long as the old one
    /// would have, so there is neither a gap nor an overlap.
    /// </summary>
    /// <param name="body">The body.</param>
    /// <param name="post">The post (chair or secretary; for a vice-chair, end and assign).</param>
    /// <param name="toSeatId">The seat that takes the post over.</param>
    /// <param name="on">The first day of the new holder.</param>
    /// <returns>The new assignment.</returns>
    /// <exception cref="DomainException"><c>post.voting-seat</c> (the receiving seat is not a standing seat with a vote), <c>post.not-held</c> (nobody holds it on that day), <c>period.backwards</c> (the current holder starts on that day), <c>post.within-seat</c>, <c>post.one-holder</c>.</exception>
    public PostAssignment HandOverPost(CommitteeBody body, Post post, SeatId toSeatId, LocalDate on)
    {
        RequireAssignable(post);
        var toSeat = SeatWith(toSeatId);
        if (toSeat.Body != body)
        {
            throw new ArgumentException($"The seat is on the {toSeat.Body.Label().English}, not on the {body.Label().English}.", nameof(toSeatId));
        }

        RequireVotingSeat(toSeat, post);

        var current = _seats.Where(s => s.Body == body).SelectMany(s => s.Posts).FirstOrDefault(p => p.Post == post && p.Term.Contains(on))
            ?? throw new DomainException(
                PostNotHeldRule,
                new Label(
                    $"Askush nuk mban detyrën „{post.Label().Albanian}” në organin „{body.Label().Albanian}” më {Sq.Date(on)}, prandaj nuk ka çfarë të dorëzohet; caktojeni detyrën në vend të kësaj.",
                    $"Nobody holds the post {post.Label().English} of the {body.Label().English} on {on:yyyy-MM-dd}, so there is nothing to hand over; assign it instead."));
        var dayBefore = on.PlusDays(-1);
        Periods.RequireNotBefore(dayBefore, current.Term.Start, new Label($"detyra aktuale „{post.Label().Albanian}”", $"the current {post.Label().English}'s post"));
        var term = Term.Between(on, current.Term.End);
        RequireWithinSeat(toSeat, term, PostWithinSeatRule, new Label($"detyra „{post.Label().Albanian}”", $"the post {post.Label().English}"));
        var assignment = new PostAssignment(post, term);
        CheckPosts([.. PostFacts().Select(f => f.Id == current.Id ? f with { Term = current.Term.EndOn(dayBefore) } : f), new PostFact(assignment.Id, toSeat.Id, body, post, term)]);
        current.SetTerm(current.Term.EndOn(dayBefore));
        toSeat.AddPost(assignment);
        return assignment;
    }

    /// <summary>Ends the post a seat holds on a day, on that day.</summary>
    /// <param name="seatId">The seat.</param>
    /// <param name="post">The post.</param>
    /// <param name="last">The last day the seat holds it.</param>
    /// <exception cref="DomainException"><c>post.not-held</c> or <c>committee.one-chair</c> (the chair of a constituted committee would be left empty).</exception>
    public void EndPost(SeatId seatId, Post post, LocalDate last)
    {
        var seat = SeatWith(seatId);
        var assignment = seat.Posts.FirstOrDefault(p => p.Post == post && p.Term.Contains(last))
            ?? throw new DomainException(
                PostNotHeldRule,
                new Label(
                    $"Vendi nuk mban detyrën „{post.Label().Albanian}” më {Sq.Date(last)}, prandaj nuk ka çfarë të përfundohet.",
                    $"The seat does not hold the post {post.Label().English} on {last:yyyy-MM-dd}, so there is nothing to end."));
        var term = assignment.Term.EndOn(last);
        CheckPosts([.. PostFacts().Select(f => f.Id == assignment.Id ? f with { Term = term } : f)]);
        assignment.SetTerm(term);
    }

    /// <summary>
    /// Appoints a person to fill a seat as titular or deputy for a period. The person must represent the seat's
    /// organisation (<see cref="Person.Represent"/>) on every day of the appointment: an open appointment needs a
    /// representation that is open too.
    /// </summary>
    /// <param name="seatId">The seat.</param>
    /// <param name="person">The person, with the organisations the person represents.</param>
    /// <param name="capacity">Titular or deputy.</param>
    /// <param name="term">The days of the appointment: inclusive first day, optional inclusive last day (<see cref="Term.From"/> for an open appointment).</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="DomainException"><c>representative.within-seat</c>, <c>representative.represents-organisation</c>, <c>representative.one-titular</c> or <c>representative.overlap</c>.</exception>
    public SeatRepresentative AppointRepresentative(SeatId seatId, Person person, RepresentationCapacity capacity, Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var seat = SeatWith(seatId);
        ArgumentNullException.ThrowIfNull(person);
        var personId = Require.Id(person.Id, nameof(person));
        Require.Defined(capacity, nameof(capacity));
        var what = new Label("përfaqësuesi", "the representative");
        RequireWithinSeat(seat, term, RepresentativeWithinSeatRule, what);
        if (person.FirstDayNotRepresenting(seat.OrganisationId, term) is { } gap)
        {
            throw new DomainException(
                RepresentsOrganisationRule,
                new Label(
                    $"{person.FullName} mund ta përfaqësojë vendin vetëm ndërsa përfaqëson organizatën që e mban atë, por më {Sq.Date(gap)} nuk e përfaqëson (emërimi: {Sq.Period(term)}). Regjistroni fillimisht përfaqësimin e organizatës nga ky person.",
                    $"{person.FullName} can fill the seat only while representing the organisation that holds it, but does not represent it on {gap:yyyy-MM-dd} (appointment: {term}). Record the person's representation of the organisation first."));
        }
        if (seat.Representatives.FirstOrDefault(r => r.PersonId == personId && r.Term.Overlaps(term)) is { } same)
        {
            throw new DomainException(
                RepresentativeOverlapRule,
                new Label(
                    $"Ky person e përfaqëson tashmë vendin për periudhën {Sq.Period(same.Term)} si „{same.Capacity.Label().Albanian}”; një emërim i dytë për periudhën {Sq.Period(term)} do të mbivendosej me të.",
                    $"This person already fills the seat for {same.Term} as {same.Capacity.Label().English}; a second appointment for {term} would overlap it."));
        }

        if (capacity == RepresentationCapacity.Titular
            && seat.Representatives.FirstOrDefault(r => r.Capacity == RepresentationCapacity.Titular && r.Term.Overlaps(term)) is { } titular)
        {
            throw new DomainException(
                OneTitularRule,
                new Label(
                    $"Një vend ka vetëm një përfaqësues titullar në të njëjtën kohë: një person tjetër është titullar për periudhën {Sq.Period(titular.Term)}, e cila mbivendoset me periudhën {Sq.Period(term)}. Përfundoni fillimisht atë emërim.",
                    $"A seat has one principal representative at a time: another person is principal for {titular.Term}, which overlaps {term}. End that appointment first."));
        }

        var representative = new SeatRepresentative(personId, capacity, term);
        seat.AddRepresentative(representative);
        return representative;
    }

    /// <summary>Ends, on a day, the appointment of a person who fills a seat on that day.</summary>
    /// <param name="seatId">The seat.</param>
    /// <param name="personId">The person.</param>
    /// <param name="last">The last day the person fills the seat.</param>
    /// <exception cref="DomainException"><c>representative.not-found</c>.</exception>
    public void EndRepresentation(SeatId seatId, PersonId personId, LocalDate last)
    {
        var seat = SeatWith(seatId);
        var representative = seat.Representatives.FirstOrDefault(r => r.PersonId == personId && r.Term.Contains(last))
            ?? throw new DomainException(
                RepresentativeNotFoundRule,
                new Label(
                    $"Ky person nuk e përfaqëson vendin më {Sq.Date(last)}, prandaj nuk ka çfarë të përfundohet.",
                    $"This person does not fill the seat on {last:yyyy-MM-dd}, so there is nothing to end."));
        representative.SetTerm(representative.Term.EndOn(last));
    }

    /// <summary>The seat with an identity.</summary>
    /// <param name="seatId">The seat's identity.</param>
    /// <returns>The seat, or <see langword="null"/> when the committee has no such seat.</returns>
    public Seat? FindSeat(SeatId seatId) => _seats.Find(s => s.Id == seatId);

    /// <summary>The seats of a body that run on a day, in the order granted.</summary>
    /// <param name="body">The body.</param>
    /// <param name="date">The day.</param>
    /// <returns>The seats.</returns>
    public IReadOnlyList<Seat> SeatsOn(CommitteeBody body, LocalDate date) =>
        [.. _seats.Where(s => s.Body == body && s.Term.Contains(date))];

    /// <summary>The seat of an organisation on a body on a day.</summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="body">The body.</param>
    /// <param name="date">The day.</param>
    /// <returns>The seat, or <see langword="null"/>.</returns>
    public Seat? SeatOf(OrganisationId organisationId, CommitteeBody body, LocalDate date) =>
        _seats.Find(s => s.OrganisationId == organisationId && s.Body == body && s.Term.Contains(date));

    /// <summary>The seat that holds a post of a body on a day.</summary>
    /// <param name="body">The body.</param>
    /// <param name="post">The post.</param>
    /// <param name="date">The day.</param>
    /// <returns>The first seat holding it, or <see langword="null"/>.</returns>
    public Seat? HolderOf(CommitteeBody body, Post post, LocalDate date) =>
        _seats.Find(s => s.Body == body && s.Posts.Any(p => p.Post == post && p.Term.Contains(date)));

    /// <inheritdoc />
    public override string ToString() => Name;

    private static bool RunsPast(Term term, LocalDate last) => term.End is null || term.End.Value > last;

    private static void RequireAssignable(Post post)
    {
        Require.Defined(post, nameof(post));
        if (post == Post.Member)
        {
            throw new DomainArgumentException(
                new Label(
                    "Çdo vend është anëtar i thjeshtë; caktohen vetëm kryetari, zëvendëskryetari dhe sekretari.",
                    "Every seat is a plain member; only chair, vice-chair and secretary are assigned."),
                nameof(post));
        }
    }

    private static void RequireVotingSeat(Seat seat, Post post)
    {
        if (seat.Role != SeatRole.Standing || !seat.Votes)
        {
            var (sq, en) = seat.Votes ? ("me të drejtë vote", "with a vote") : ("pa të drejtë vote", "without a vote");
            throw new DomainException(
                PostThroughVotingSeatRule,
                new Label(
                    $"Detyra „{post.Label().Albanian}” mbahet vetëm përmes një vendi „{SeatRole.Standing.Label().Albanian}” me të drejtë vote, por ky vend mbahet si „{seat.Role.Label().Albanian}” {sq}.",
                    $"The post {post.Label().English} is held only through a standing seat with a vote, but this seat is held as {seat.Role.Label().English.ToLowerInvariant()} {en}."));
        }
    }

    private static void RequireWithinSeat(Seat seat, Term term, string rule, Label what)
    {
        var withinEnd = seat.Term.End is not { } seatEnd || (term.End is { } end && end <= seatEnd);
        if (term.Start < seat.Term.Start || !withinEnd)
        {
            throw new DomainException(
                rule,
                new Label(
                    $"{Capitalise(what.Albanian)} ({Sq.Period(term)}) duhet të jetë brenda periudhës së vendit ({Sq.Period(seat.Term)}).",
                    $"{Capitalise(what.English)} ({term}) must lie within the term of its seat ({seat.Term})."));
        }
    }

    private static string Capitalise(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]);

    private List<PostFact> PostFacts() =>
        [.. _seats.SelectMany(s => s.Posts.Select(p => new PostFact(p.Id, s.Id, s.Body, p.Post, p.Term)))];

    private void CheckPosts(List<PostFact> facts)
    {
        foreach (var group in facts.Where(f => f.Post is Post.Chair or Post.Secretary).GroupBy(f => (f.Body, f.Post)))
        {
            var terms = group.OrderBy(f => f.Term.Start).ToList();
            for (var i = 1; i < terms.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (terms[i].Term.Overlaps(terms[j].Term))
                    {
                        throw new DomainException(
                            OneHolderRule,
                            new Label(
                                $"Organi „{group.Key.Body.Label().Albanian}” ka vetëm një mbajtës të detyrës „{group.Key.Post.Label().Albanian}” në të njëjtën kohë: periudhat {Sq.Period(terms[j].Term)} dhe {Sq.Period(terms[i].Term)} do të mbivendoseshin. Bëni dorëzimin e detyrës në vend të kësaj.",
                                $"The {group.Key.Body.Label().English} has one {group.Key.Post.Label().English} at a time: {terms[j].Term} and {terms[i].Term} would overlap. Hand the post over instead."));
                    }
                }
            }
        }

        if (ConstitutedOn is { } on)
        {
            CheckChairCoverage(facts, on);
        }
    }

    private void CheckChairCoverage(List<PostFact> facts, LocalDate on)
    {
        var chairs = facts.Where(f => f.Body == CommitteeBody.Committee && f.Post == Post.Chair).ToList();
        var cursor = on;
        while (true)
        {
            var covering = chairs.Find(f => f.Term.Contains(cursor));
            if (covering is null)
            {
                throw new DomainException(
                    OneChairRule,
                    new Label(
                        $"Pasi është konstituuar (nga {Sq.Date(on)}), {Name} duhet të ketë çdo ditë saktësisht një kryetar, por më {Sq.Date(cursor)} nuk do të kishte asnjë. Dorëzojeni detyrën e kryetarit në vend që ta lini bosh.",
                        $"Once constituted (from {on:yyyy-MM-dd}), {Name} must have exactly one chair every day, but it would have none on {cursor:yyyy-MM-dd}. Hand the chair over instead of leaving it empty."));
            }

            if (covering.Term.End is not { } end)
            {
                return;
            }

            cursor = end.PlusDays(1);
        }
    }

    private Seat SeatWith(SeatId seatId) =>
        FindSeat(seatId) ?? throw new ArgumentException($"{Name} has no seat {seatId}.", nameof(seatId));

    private sealed record PostFact(Guid Id, SeatId Seat, CommitteeBody Body, Post Post, Term Term);
}
