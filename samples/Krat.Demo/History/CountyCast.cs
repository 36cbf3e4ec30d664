using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Demo.History;

/// <summary>The organisations, people and committee of one generated county.</summary>
internal sealed partial class CountyCast(
    County county, int index, Random random, HistoryIds ids, HistoryOptions options, GeneratedStructure structure, NationalOrganisations? national)
{
    private readonly County _county = county;
    private readonly Random _random = random;
    private readonly HistoryIds _ids = ids;
    private readonly HistoryOptions _options = options;
    private readonly GeneratedStructure _structure = structure;
    private readonly NationalOrganisations? _nationalOrganisations = national;
    private readonly Dictionary<OrganisationId, (string Head, string Staff)> _titles = [];
    private readonly List<(OrganisationId Id, string Municipality)> _municipalities = [];
    private readonly List<(OrganisationId Id, string Name)> _schools = [];
    private readonly List<(OrganisationId Id, string Centre)> _localNgos = [];
    private Committee _committee = null!;

    public int Index { get; } = index;

    private NationalOrganisations National => _nationalOrganisations ?? throw new InvalidOperationException("This cast continues an existing committee and registers no national partners.");

    public OrganisationId Prefecture { get; private set; }

    public OrganisationId CentralMunicipality { get; private set; }

    public OrganisationId Police { get; private set; }

    public OrganisationId BorderPolice { get; private set; }

    public OrganisationId SocialServices { get; private set; }

    public OrganisationId Employment { get; private set; }

    public OrganisationId Education { get; private set; }

    public OrganisationId Health { get; private set; }

    public OrganisationId Labour { get; private set; }

    public OrganisationId Prosecution { get; private set; }

    public IReadOnlyList<(OrganisationId Id, string Name)> Schools => _schools;

    public IReadOnlyList<OrganisationId> Members { get; private set; } = [];

    public IReadOnlyList<OrganisationId> Partners { get; private set; } = [];

    /// <summary>The prefects over the range, so endorsements and minutes name a person.</summary>
    public List<(PersonId Person, LocalDate From, LocalDate? Until)> Prefects { get; } = [];

    private LocalDate From => _options.From;

    private LocalDate To => _options.To;

    /// <summary>
    /// The cast of a committee that already exists (the reference scenario's KRAT Durrës), to continue its work year by
    /// year with <see cref="CountyCast.BuildYear"/>: its organisations by role, its municipalities and its members.
    /// </summary>
    public static CountyCast Continuing(
        Committee committee, County county, int index, Random random, HistoryIds ids, HistoryOptions options, GeneratedStructure structure, CommitteeFrame frame, ContinuingOrganisations organisations)
    {
        var cast = new CountyCast(county, index, random, ids, options, structure, null)
        {
            Prefecture = frame.Prefecture,
            CentralMunicipality = frame.CentralMunicipality,
            Police = frame.Police,
            BorderPolice = organisations.BorderPolice,
            SocialServices = frame.SocialServices,
            Employment = frame.Employment,
            Education = frame.Education,
            Health = organisations.Health,
            Labour = organisations.Labour,
            Prosecution = organisations.Prosecution,
            Members = frame.Members,
            Partners = frame.Partners,
        };
        cast._committee = committee;
        cast._municipalities.AddRange(organisations.Municipalities);
        return cast;
    }

    public void RegisterOrganisations()
    {
        var name = _county.Name;
        Prefecture = Add($"Prefektura e Qarkut {name}", OrganisationKind.Prefecture, OrganisationLevel.Regional, "Prefekt", "Sekretar i Përgjithshëm", $"Prefecture of {name} County");
        var central = _county.Municipalities.FirstOrDefault(m => m.Name == name) ?? _county.Municipalities[0];
        foreach (var municipality in _county.Municipalities)
        {
            var id = Add($"Bashkia {municipality.Name}", OrganisationKind.LocalGovernment, OrganisationLevel.Local, "Zëvendëskryetar i Bashkisë", "Përgjegjës i Njësisë për Mbrojtjen e Fëmijës", $"Municipality of {municipality.Name}");
            _municipalities.Add((id, municipality.Name));
            if (municipality == central)
            {
                CentralMunicipality = id;
            }
        }

        Police = Add($"Drejtoria Vendore e Policisë {name}", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, "Drejtor", "Specialist për trafikimin", $"{name} Local Police Directorate", "DVP");
        BorderPolice = Add($"Drejtoria Rajonale e Policisë Kufitare dhe Migracionit {name}", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, "Drejtor", "Specialist", null);
        SocialServices = Add($"Drejtoria Rajonale e Shërbimit Social Shtetëror {name}", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, "Drejtor", "Punonjës social", "Regional Directorate of State Social Services", "DRSHSSH");
        Employment = Add($"Zyra Vendore e Punësimit {name}", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, "Drejtor", "Specialist i punësimit", null);
        Education = Add($"Zyra Vendore Arsimore {name}", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, "Drejtor", "Psikolog shkollor", "Local Education Office", "ZVA");
        Health = Add($"Njësia Vendore e Kujdesit Shëndetësor {name}", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, "Drejtor", "Mjek", null);
        Labour = Add($"Inspektorati Shtetëror i Punës dhe Shërbimeve Shoqërore, Dega {name}", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, "Drejtor", "Inspektor", null, "ISHPSHSH");
        Prosecution = Add($"Prokuroria pranë Gjykatës së Shkallës së Parë {name}", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, "Drejtues i Prokurorisë", "Prokuror", null);

        foreach (var patron in _random.Sample(AlbanianNames.SchoolPatrons, 3))
        {
            var place = _random.Pick(_municipalities).Municipality;
            var school = _random.Chance(0.6)
                ? $"Shkolla 9-vjeçare \"{patron}\", {place}"
                : $"Shkolla e Mesme \"{patron}\", {place}";
            _schools.Add((Add(school, OrganisationKind.School, OrganisationLevel.Local, "Drejtor", "Mësues", null), school));
        }

        foreach (var centre in _random.Sample(AlbanianNames.SocialCentres, 2))
        {
            var ngo = _localNgos.Count == 0 ? $"Qendra Sociale \"{centre}\"" : $"Shoqata \"{centre}\" {name}";
            _localNgos.Add((Add(ngo, OrganisationKind.Ngo, OrganisationLevel.Regional, "Drejtor Ekzekutiv", "Koordinator", null), centre));
        }

        foreach (var donor in National.Ngos.Concat(National.Donors))
        {
            _titles[donor] = ("Përfaqësues", "Koordinator");
        }

        Members =
        [
            Prefecture, .. _municipalities.Select(m => m.Id), Police, BorderPolice, SocialServices, Employment, Education, Health, Labour,
            _localNgos[0].Id, _localNgos[1].Id,
        ];
        Partners = [Prosecution, .. _schools.Select(s => s.Id), .. National.Ngos, National.Unicef];
    }

    private OrganisationId Add(string name, OrganisationKind kind, OrganisationLevel level, string head, string staff, string? english, string? acronym = null)
    {
        var organisation = Organisation.Register(name, kind, level, _county.Code, english, acronym, new OrganisationId(_ids.Next(IdKind.Organisation, From)));
        _structure.Organisations.Add(organisation);
        _titles[organisation.Id] = (head, staff);
        return organisation.Id;
    }

    /// <summary>
    /// The committee: constituted by the order of 2006 (or on the first generated day, if earlier), chaired by the
    /// Prefecture through two successive seats (a later order renewed the membership in the middle of the range),
    /// standing, invited and observer seats, a seat that ends and comes back as invited, a late joiner; the Technical
    /// Table chaired by the Prefecture with a secretary post handed over from the social services to the municipality.
    /// </summary>
    public Committee BuildCommittee(LocalDate orderDate)
    {
        var constituted = RandomExtensions.Min(From, orderDate);
        var renewal = From.PlusDays(Period.DaysBetween(From, To) / 2);
        renewal = RandomExtensions.Max(new LocalDate(renewal.Year, renewal.Month, 1), constituted.PlusDays(1));
        var committee = Committee.Establish(
            _county.Code,
            $"Komiteti Rajonal Antitrafik {_county.Name}",
            "Urdhri i Kryeministrit nr. 139, datë 19.06.2006, dhe urdhrat e mëvonshëm për ngritjen e komiteteve rajonale antitrafik",
            new CommitteeId(_ids.Next(IdKind.Committee, From)));
        _committee = committee;

        var firstChair = Grant(Prefecture, CommitteeBody.Committee, SeatRole.Standing, true, constituted, renewal.PlusDays(-1));
        committee.AssignPost(firstChair.Id, Post.Chair, Term.Between(constituted, renewal.PlusDays(-1)));
        var secondChair = Grant(Prefecture, CommitteeBody.Committee, SeatRole.Standing, true, renewal);
        committee.AssignPost(secondChair.Id, Post.Chair, Term.From(renewal));
        foreach (var member in Members.Where(m => m != Prefecture))
        {
            Grant(member, CommitteeBody.Committee, SeatRole.Standing, true, constituted);
        }

        Grant(Prosecution, CommitteeBody.Committee, SeatRole.Invited, false, constituted);
        Grant(National.WorldVision, CommitteeBody.Committee, SeatRole.Invited, false, constituted);
        Grant(National.Unicef, CommitteeBody.Committee, SeatRole.Observer, false, constituted);
        committee.Constitute(constituted);

        // The labour inspectorate leaves as a member and comes back as an invited institution; an NGO joins later.
        var labourSeat = committee.SeatOf(Labour, CommitteeBody.Committee, constituted)!;
        var leaves = _random.Day(From.PlusDays(Period.DaysBetween(From, To) / 2), To);
        if (leaves < To)
        {
            committee.EndSeat(labourSeat.Id, leaves);
            Grant(Labour, CommitteeBody.Committee, SeatRole.Invited, false, leaves.PlusDays(1));
        }

        Grant(_random.Chance(0.5) ? National.Arsis : National.Caritas, CommitteeBody.Committee, SeatRole.Invited, false, _random.Day(From, From.PlusDays(Period.DaysBetween(From, To) / 3)));

        var technicalChair = Grant(Prefecture, CommitteeBody.TechnicalTable, SeatRole.Standing, true, constituted);
        committee.AssignPost(technicalChair.Id, Post.Chair, Term.From(constituted));
        OrganisationId[] technical = [.. _municipalities.Select(m => m.Id), Police, SocialServices, Education, Health, _localNgos[1].Id];
        foreach (var member in technical)
        {
            Grant(member, CommitteeBody.TechnicalTable, SeatRole.Standing, true, constituted);
        }

        var secretaryFrom = committee.SeatOf(SocialServices, CommitteeBody.TechnicalTable, constituted)!;
        committee.AssignPost(secretaryFrom.Id, Post.Secretary, Term.From(constituted));
        var handOverFrom = From.PlusDays(1 + (Period.DaysBetween(From, To) / 4));
        if (handOverFrom <= To && _random.Day(handOverFrom, To) is var handOver && handOver > constituted)
        {
            committee.HandOverPost(CommitteeBody.TechnicalTable, Post.Secretary, committee.SeatOf(CentralMunicipality, CommitteeBody.TechnicalTable, constituted)!.Id, handOver);
        }

        AppointRepresentatives(committee);
        _structure.Committees.Add(committee);
        return committee;
    }

    /// <summary>A service provider joins the Technical Table from a day: a seat for its operator, carrying its services.</summary>
    public void GrantTechnicalTableSeat(ServiceProvider provider, LocalDate from)
    {
        var seat = TechnicalTableMembership.Join(_committee, provider, from, seatId: new SeatId(_ids.Next(IdKind.Seat, From)));
        AppointOverRange(seat, provider.OperatorId, CommitteeBody.TechnicalTable);
    }

    private Seat Grant(OrganisationId organisation, CommitteeBody body, SeatRole role, bool votes, LocalDate from, LocalDate? until = null) =>
        _committee.GrantSeat(organisation, body, role, votes, Term.Between(from, until), new SeatId(_ids.Next(IdKind.Seat, From)));

    private void AppointRepresentatives(Committee committee)
    {
        // The prefects: one or more over the range, each titular of whichever prefecture seat runs in their term.
        foreach (var (start, end) in Terms(ChangesOver(5)))
        {
            var prefect = NewPerson(Prefecture, "Prefekt i Qarkut " + _county.Name, start, end);
            Prefects.Add((prefect.Id, start, end));
            foreach (var seat in committee.Seats.Where(s => s.OrganisationId == Prefecture && s.Body == CommitteeBody.Committee))
            {
                Appoint(seat, prefect, RepresentationCapacity.Titular, start, end);
            }
        }

        foreach (var group in committee.Seats.Where(s => !(s.OrganisationId == Prefecture && s.Body == CommitteeBody.Committee)).GroupBy(s => (s.OrganisationId, s.Body)).ToList())
        {
            foreach (var seat in group)
            {
                AppointOverRange(seat, group.Key.OrganisationId, group.Key.Body);
            }
        }
    }

    private void AppointOverRange(Seat seat, OrganisationId organisation, CommitteeBody body)
    {
        var (head, staff) = _titles.GetValueOrDefault(organisation, ("Përfaqësues", "Specialist"));
        var title = body == CommitteeBody.Committee ? head : staff;
        foreach (var (start, end) in Terms(ChangesOver(4)))
        {
            if (Overlaps(seat, start, end))
            {
                Appoint(seat, NewPerson(organisation, title, start, end), RepresentationCapacity.Titular, start, end);
            }
        }

        if (body == CommitteeBody.Committee && _random.Chance(0.4) && Overlaps(seat, From, null))
        {
            var deputyTitle = title.StartsWith("Zëvendës", StringComparison.Ordinal) ? staff : "Zëvendës" + char.ToLowerInvariant(title[0]) + title[1..];
            Appoint(seat, NewPerson(organisation, deputyTitle, From, null), RepresentationCapacity.Deputy, From, null);
        }
    }

    private static bool Overlaps(Seat seat, LocalDate start, LocalDate? end) =>
        (seat.Term.End is not { } seatEnd || start <= seatEnd) && (end is not { } last || last >= seat.Term.Start);

    private void Appoint(Seat seat, Person person, RepresentationCapacity capacity, LocalDate start, LocalDate? end)
    {
        var from = RandomExtensions.Max(start, seat.Term.Start);
        LocalDate? until = (end, seat.Term.End) switch
        {
            (null, var e) => e,
            (var e, null) => e,
            ({ } a, { } b) => RandomExtensions.Min(a, b),
        };
        if (until is { } last && last < from)
        {
            return;
        }

        _committee.AppointRepresentative(seat.Id, person, capacity, Term.Between(from, until));
    }

    /// <summary>How many times the holder changes over the range: about once every <paramref name="years"/> years, sometimes within a short range.</summary>
    private int ChangesOver(int years)
    {
        var span = Period.DaysBetween(From, To) / 365.0;
        var expected = span / years;
        var changes = (int)expected;
        return changes + (_random.NextDouble() < expected - changes + 0.15 ? 1 : 0);
    }

    /// <summary>Splits the range into <paramref name="changes"/> + 1 consecutive terms; the last one stays open.</summary>
    private List<(LocalDate Start, LocalDate? End)> Terms(int changes)
    {
        var days = Period.DaysBetween(From, To);
        var cuts = Enumerable.Range(0, Math.Min(changes, Math.Max(days - 1, 0)))
            .Select(_ => From.PlusDays(1 + _random.Next(Math.Max(days, 1))))
            .Distinct()
            .Order()
            .ToList();
        var result = new List<(LocalDate Start, LocalDate? End)>();
        var start = From;
        foreach (var cut in cuts)
        {
            result.Add((start, cut.PlusDays(-1)));
            start = cut;
        }

        result.Add((start, null));
        return result;
    }

    private Person NewPerson(OrganisationId organisation, string title, LocalDate start, LocalDate? end)
    {
        var woman = _random.Chance(0.5);
        var given = _random.Pick(woman ? AlbanianNames.WomenGivenNames : AlbanianNames.MenGivenNames);
        var family = _random.Pick(AlbanianNames.FamilyNames);
        var person = Person.Register(given, family, woman ? "Znj." : "Z.", title, id: new PersonId(_ids.Next(IdKind.Person, From)));
        var term = Term.Between(start, end);
        person.Represent(organisation, term, title);
        var mailbox = AlbanianText.Fold($"{given} {family}").Replace(' ', '.');
        person.AddWorkContact(WorkContactKind.Email, $"{mailbox}@{AlbanianText.Fold(_county.Name).Replace(' ', '-')}.example.al", term);
        if (_random.Chance(0.3))
        {
            person.AddWorkContact(WorkContactKind.Phone, $"+355 6{_random.Next(7, 10)} {_random.Next(100, 1000)} {_random.Next(1000, 10000)}", term);
        }

        _structure.People.Add(person);
        return person;
    }

    public PersonId PrefectOn(LocalDate day) =>
        Prefects.Find(p => p.From <= day && (p.Until is null || p.Until >= day)).Person;

    public IReadOnlyList<(OrganisationId Id, string Municipality)> Municipalities => _municipalities;

    public IReadOnlyList<(OrganisationId Id, string Centre)> LocalNgos => _localNgos;

    public static IReadOnlyList<TargetGroup> ServiceGroups { get; } =
        [TargetGroup.VictimsAndPotentialVictims, TargetGroup.ChildrenInStreetSituations, TargetGroup.Women, TargetGroup.MigrantsAndReturnees, TargetGroup.Parents];
}

/// <summary>The organisations of a continued committee that <see cref="CommitteeFrame"/> does not name.</summary>
internal sealed record ContinuingOrganisations(
    OrganisationId BorderPolice, OrganisationId Health, OrganisationId Labour, OrganisationId Prosecution, IReadOnlyList<(OrganisationId Id, string Municipality)> Municipalities);
