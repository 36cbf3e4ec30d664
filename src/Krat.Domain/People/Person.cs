using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Domain.People;

/// <summary>
/// A person who represents an organisation on a committee, presents an agenda item or signs minutes: a
/// name, an honorific, a position title, work contacts and the organisations the person represents over
/// time. Nothing else personal is kept (no birth date, no home address, no private contact).
/// </summary>
public sealed class Person : AggregateRoot<PersonId>
{
    /// <summary>
    /// Rule: a representation of an organisation is not ended while an appointment of the person to a seat of that
    /// organisation still needs it (<see cref="EndRepresentation"/>).
    /// </summary>
    public const string RepresentationNeededRule = "person.representation-needed-by-appointment";

    /// <summary>The longest given or family name accepted.</summary>
    public const int MaxNamePartLength = 100;

    /// <summary>The longest full name accepted.</summary>
    public const int MaxFullNameLength = 200;

    /// <summary>The longest honorific accepted ("Z.", "Znj.", "Dr.").</summary>
    public const int MaxHonorificLength = 20;

    /// <summary>The longest position title accepted.</summary>
    public const int MaxPositionTitleLength = 200;

    private readonly List<WorkContact> _workContacts = [];
    private readonly List<Representation> _representations = [];

    private Person(PersonId id)
        : base(id)
    {
        FullName = string.Empty;
    }

    private Person()
    {
        FullName = string.Empty;
    }

    /// <summary>The given name, when the name was recorded in parts.</summary>
    public string? GivenName { get; private set; }

    /// <summary>The family name, when the name was recorded in parts.</summary>
    public string? FamilyName { get; private set; }

    /// <summary>The name as it is written: "given family", or the full name recorded as one text.</summary>
    public string FullName { get; private set; }

    /// <summary>The honorific, such as "Z." (Mr) or "Znj." (Ms).</summary>
    public string? Honorific { get; private set; }

    /// <summary>The person's current position title, such as "Prefekt i Qarkut Durrës".</summary>
    public string? PositionTitle { get; private set; }

    /// <summary>The English position title, when one is recorded ("Prefect of Durrës County"); only with <see cref="PositionTitle"/>.</summary>
    public string? EnglishPositionTitle { get; private set; }

    /// <summary>Work e-mail addresses and telephone numbers with their validity.</summary>
    public IReadOnlyList<WorkContact> WorkContacts => _workContacts;

    /// <summary>The organisations this person represents or represented, with their periods.</summary>
    public IReadOnlyList<Representation> Representations => _representations;

    /// <summary>Registers a person by given and family name.</summary>
    /// <param name="givenName">The given name; at most <see cref="MaxNamePartLength"/> characters.</param>
    /// <param name="familyName">The family name; at most <see cref="MaxNamePartLength"/> characters.</param>
    /// <param name="honorific">The honorific, or <see langword="null"/>.</param>
    /// <param name="positionTitle">The position title, or <see langword="null"/>.</param>
    /// <param name="englishPositionTitle">The English position title, or <see langword="null"/>; only with <paramref name="positionTitle"/>.</param>
    /// <param name="id">The identity to use; a new one when omitted.</param>
    /// <returns>The person.</returns>
    public static Person Register(string givenName, string familyName, string? honorific = null, string? positionTitle = null, string? englishPositionTitle = null, PersonId? id = null)
    {
        var person = new Person(id ?? PersonId.New());
        person.Rename(givenName, familyName);
        person.Describe(honorific, positionTitle, englishPositionTitle);
        return person;
    }

    /// <summary>Registers a person whose name is known only as one text.</summary>
    /// <param name="fullName">The full name; at most <see cref="MaxFullNameLength"/> characters.</param>
    /// <param name="honorific">The honorific, or <see langword="null"/>.</param>
    /// <param name="positionTitle">The position title, or <see langword="null"/>.</param>
    /// <param name="englishPositionTitle">The English position title, or <see langword="null"/>; only with <paramref name="positionTitle"/>.</param>
    /// <param name="id">The identity to use; a new one when omitted.</param>
    /// <returns>The person.</returns>
    public static Person RegisterByFullName(string fullName, string? honorific = null, string? positionTitle = null, string? englishPositionTitle = null, PersonId? id = null)
    {
        var person = new Person(id ?? PersonId.New());
        person.RenameAs(fullName);
        person.Describe(honorific, positionTitle, englishPositionTitle);
        return person;
    }

    /// <summary>Changes the name to a given and a family name.</summary>
    /// <param name="givenName">The given name.</param>
    /// <param name="familyName">The family name.</param>
    public void Rename(string givenName, string familyName)
    {
        var given = Require.Text(givenName, nameof(givenName), MaxNamePartLength);
        var family = Require.Text(familyName, nameof(familyName), MaxNamePartLength);
        GivenName = given;
        FamilyName = family;
        FullName = $"{given} {family}";
    }

    /// <summary>Changes the name to a full name recorded as one text (given and family names are then unknown).</summary>
    /// <param name="fullName">The full name.</param>
    public void RenameAs(string fullName)
    {
        var full = Require.Text(fullName, nameof(fullName), MaxFullNameLength);
        GivenName = null;
        FamilyName = null;
        FullName = full;
    }

    /// <summary>Changes the honorific and the position title in Albanian and English.</summary>
    /// <param name="honorific">The honorific, or <see langword="null"/>.</param>
    /// <param name="positionTitle">The position title, or <see langword="null"/>.</param>
    /// <param name="englishPositionTitle">The English position title, or <see langword="null"/>; at most <see cref="MaxPositionTitleLength"/> characters, and only with <paramref name="positionTitle"/>.</param>
    /// <exception cref="DomainArgumentException">A text is too long or holds bidirectional control characters, or an English title is given without the Albanian one.</exception>
    public void Describe(string? honorific, string? positionTitle, string? englishPositionTitle)
    {
        var checkedHonorific = Require.OptionalText(honorific, nameof(honorific), MaxHonorificLength);
        var checkedTitle = Require.OptionalText(positionTitle, nameof(positionTitle), MaxPositionTitleLength);
        var checkedEnglish = Require.OptionalText(englishPositionTitle, nameof(englishPositionTitle), MaxPositionTitleLength);
        if (checkedEnglish is not null && checkedTitle is null)
        {
            throw new DomainArgumentException(
                new Label("Titulli i pozicionit në anglisht shënohet vetëm bashkë me titullin në shqip.", "An English position title is recorded only with the Albanian one."),
                nameof(englishPositionTitle));
        }

        Honorific = checkedHonorific;
        PositionTitle = checkedTitle;
        EnglishPositionTitle = checkedEnglish;
    }

    /// <summary>The position title to show: the English title for English readers when there is one, else the Albanian title.</summary>
    /// <param name="culture">The reader's culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The position title, or <see langword="null"/> when none is recorded.</returns>
    public string? DisplayPositionTitle(System.Globalization.CultureInfo? culture = null) => ShownPosition(PositionTitle, EnglishPositionTitle, culture);

    /// <summary>Adds a work e-mail address or telephone number.</summary>
    /// <param name="kind">E-mail or telephone.</param>
    /// <param name="value">The address (must contain "@") or number; at most <see cref="WorkContact.MaxValueLength"/> characters.</param>
    /// <param name="validity">The days on which it is valid.</param>
    /// <param name="id">The contact's identity; a new one when omitted.</param>
    /// <returns>The contact.</returns>
    /// <exception cref="DomainException">The same contact is already valid during an overlapping period (<c>person.duplicate-contact</c>), or the person already has a contact with that identity (<c>person.duplicate-contact</c>).</exception>
    public WorkContact AddWorkContact(WorkContactKind kind, string value, Term validity, WorkContactId? id = null)
    {
        var contactId = Require.Id(id ?? WorkContactId.New(), nameof(id));
        Require.Defined(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(validity);
        var checkedValue = Require.Text(value, nameof(value), WorkContact.MaxValueLength);
        if (kind == WorkContactKind.Email && !checkedValue.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainArgumentException(new Label("Adresa e postës elektronike të punës duhet të ketë „@”.", "A work e-mail address needs an '@'."), nameof(value));
        }

        if (_workContacts.Find(c => c.Kind == kind && string.Equals(c.Value, checkedValue, StringComparison.OrdinalIgnoreCase) && c.Validity.Overlaps(validity)) is { } existing)
        {
            throw new DomainException(
                "person.duplicate-contact",
                new Label(
                    $"{FullName} ka tashmë kontaktin e punës {existing.Value} për periudhën {Sq.Period(existing.Validity)}; ai nuk mund të shtohet sërish për periudhën {Sq.Period(validity)}.",
                    $"{FullName} already has the work contact {existing.Value} for {existing.Validity}; it cannot be added again for {validity}."));
        }

        if (_workContacts.Exists(c => c.Id == contactId))
        {
            throw new DomainException(
                "person.duplicate-contact",
                new Label($"{FullName} ka tashmë kontaktin e punës {contactId}.", $"{FullName} already has work contact {contactId}."));
        }

        var contact = new WorkContact(contactId, kind, checkedValue, validity with { });
        _workContacts.Add(contact);
        return contact;
    }

    /// <summary>Ends a work contact on a day (it stays in the history).</summary>
    /// <param name="contactId">The contact.</param>
    /// <param name="last">The last day it is valid; not before its first day.</param>
    /// <exception cref="DomainException">The day is before the contact became valid (<c>period.backwards</c>).</exception>
    public void EndWorkContact(WorkContactId contactId, LocalDate last)
    {
        var contact = _workContacts.Find(c => c.Id == contactId)
            ?? throw new ArgumentException("The person has no such work contact.", nameof(contactId));
        Periods.RequireNotBefore(last, contact.Validity.Start, new Label($"kontakti i punës {contact.Value} i personit {FullName}", $"the work contact {contact.Value} of {FullName}"));
        contact.End(last);
    }

    /// <summary>Records that this person represents an organisation during a period.</summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="term">The period.</param>
    /// <param name="positionTitle">The person's position there, or <see langword="null"/>.</param>
    /// <returns>The representation.</returns>
    /// <exception cref="DomainException">The person already represents the organisation during an overlapping period (<c>person.overlapping-representation</c>).</exception>
    public Representation Represent(OrganisationId organisationId, Term term, string? positionTitle = null)
    {
        Require.Id(organisationId, nameof(organisationId));
        ArgumentNullException.ThrowIfNull(term);
        var title = Require.OptionalText(positionTitle, nameof(positionTitle), MaxPositionTitleLength);
        if (_representations.Find(r => r.OrganisationId == organisationId && r.Term.Overlaps(term)) is { } existing)
        {
            throw new DomainException(
                "person.overlapping-representation",
                new Label(
                    $"{FullName} e përfaqëson tashmë këtë organizatë për periudhën {Sq.Period(existing.Term)}; një përfaqësim i dytë për periudhën {Sq.Period(term)} do të mbivendosej me të.",
                    $"{FullName} already represents this organisation for {existing.Term}; a second representation for {term} would overlap it."));
        }

        var representation = new Representation(organisationId, term with { }, title);
        _representations.Add(representation);
        return representation;
    }

    /// <summary>
    /// Ends the representation of an organisation that covers a day, on that day. A person fills a seat only while
    /// representing the seat's organisation (<see cref="Committee.AppointRepresentative"/>), so a representation is
    /// not ended while an appointment to a seat of the organisation on one of <paramref name="committees"/> still
    /// needs it: end (<see cref="Committee.EndRepresentation"/>) the appointment on that day or earlier first.
    /// </summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="last">The last day of the representation.</param>
    /// <param name="committees">The committees on which the organisation holds seats (for a prefecture, its
    /// committee), loaded with their seats; the person's appointments there are checked.</param>
    /// <exception cref="DomainException">No representation of the organisation covers the day
    /// (<c>person.no-representation</c>), or an appointment would outlast it
    /// (<c>person.representation-needed-by-appointment</c>); nothing changes.</exception>
    public void EndRepresentation(OrganisationId organisationId, LocalDate last, IEnumerable<Committee> committees)
    {
        ArgumentNullException.ThrowIfNull(committees);
        List<Committee> checkedCommittees = [.. committees];
        if (checkedCommittees.Exists(c => c is null))
        {
            throw new ArgumentException("A committee is missing.", nameof(committees));
        }

        var representation = _representations.Find(r => r.OrganisationId == organisationId && r.Term.Contains(last))
            ?? throw new DomainException(
                "person.no-representation",
                new Label(
                    $"{FullName} nuk e përfaqëson këtë organizatë më {Sq.Date(last)}, prandaj nuk ka çfarë të përfundohet.",
                    $"{FullName} does not represent this organisation on {last:yyyy-MM-dd}, so there is nothing to end."));
        var ended = representation.Term.EndOn(last);
        foreach (var committee in checkedCommittees)
        {
            foreach (var seat in committee.Seats.Where(s => s.OrganisationId == organisationId))
            {
                foreach (var appointment in seat.Representatives.Where(r => r.PersonId == Id))
                {
                    if (FirstDayNotRepresenting(organisationId, appointment.Term, r => ReferenceEquals(r, representation) ? ended : r.Term) is { } gap)
                    {
                        throw new DomainException(
                            RepresentationNeededRule,
                            new Label(
                                $"{FullName} është emëruar „{appointment.Capacity.Label().Albanian}” në vendin e kësaj organizate në {committee.Name} për periudhën {Sq.Period(appointment.Term)}; pa këtë përfaqësim nuk do ta përfaqësonte organizatën më {Sq.Date(gap)}. Përfundoni fillimisht emërimin, më {Sq.Date(last)} ose më herët.",
                                $"{FullName} is appointed {appointment.Capacity.Label().English.ToLowerInvariant()} of this organisation's seat on {committee.Name} for {appointment.Term}; without this representation the person would not represent the organisation on {gap:yyyy-MM-dd}. End the appointment first, on {last:yyyy-MM-dd} or earlier."));
                    }
                }
            }
        }

        representation.End(last);
    }

    /// <summary>Whether the person represents an organisation on a day.</summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when a representation covers the day.</returns>
    public bool Represents(OrganisationId organisationId, LocalDate date) =>
        _representations.Exists(r => r.OrganisationId == organisationId && r.Term.Contains(date));

    /// <summary>Whether the person represents an organisation on every day of a period (through one or several back-to-back representations).</summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="period">The period; an open one needs an open representation.</param>
    /// <returns><see langword="true"/> when representations of the organisation cover every day of <paramref name="period"/>.</returns>
    public bool RepresentsThroughout(OrganisationId organisationId, Term period) => FirstDayNotRepresenting(organisationId, period) is null;

    /// <inheritdoc />
    public override string ToString() => Titled(Honorific, FullName);

    // The first day of a period on which no representation of the organisation covers the person, or null when every day is covered.
    internal LocalDate? FirstDayNotRepresenting(OrganisationId organisationId, Term period) =>
        FirstDayNotRepresenting(organisationId, period, r => r.Term);

    // The same, with the terms the representations would have (to check a change before making it).
    private LocalDate? FirstDayNotRepresenting(OrganisationId organisationId, Term period, Func<Representation, Term> termOf)
    {
        ArgumentNullException.ThrowIfNull(period);
        var cursor = period.Start;
        while (true)
        {
            var covering = _representations.Find(r => r.OrganisationId == organisationId && termOf(r).Contains(cursor));
            if (covering is null)
            {
                return cursor;
            }

            if (termOf(covering).End is not { } end || (period.End is { } last && end >= last))
            {
                return null;
            }

            cursor = end.PlusDays(1);
        }
    }

    // How a person's position is shown, for the aggregate and for its read model (PersonName).
    internal static string? ShownPosition(string? positionTitle, string? englishPositionTitle, System.Globalization.CultureInfo? culture) =>
        positionTitle is null ? null : new Label(positionTitle, englishPositionTitle ?? positionTitle).In(culture);

    // How a person's name is shown, for the aggregate and for its read model (PersonName).
    internal static string Titled(string? honorific, string fullName) => honorific is null ? fullName : $"{honorific} {fullName}";
}
