using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People.Specifications;

namespace Krat.Infrastructure.ReadModels;

/// <summary>
/// A meeting's record with names and labels (what <see cref="IMeetingRecordQuery"/> reads). Orders: the agenda
/// numbered as <see cref="Meeting.NumberedAgenda"/> gives it; attendance in the roster's order (seat role —
/// standing, invited, observer —, then the order the seats were granted, then seat identity); guests by identity;
/// decisions and commitments by number. The same order on every read.
/// </summary>
public sealed class NamedMeetingRecord
{
    /// <summary>Creates the read model.</summary>
    /// <param name="meeting">The meeting, not tracked.</param>
    /// <param name="committeeName">Its committee's name.</param>
    /// <param name="chair">Who chaired it, with names, or <see langword="null"/>.</param>
    /// <param name="agenda">The agenda, numbered.</param>
    /// <param name="attendance">The attendance, in the roster's order.</param>
    /// <param name="guests">The guests, by identity.</param>
    /// <param name="decisions">The decisions, by number.</param>
    /// <param name="commitments">The commitments, by number.</param>
    public NamedMeetingRecord(
        Meeting meeting,
        string committeeName,
        NamedPersonForOrganisation? chair,
        IReadOnlyList<RecordAgendaItem> agenda,
        IReadOnlyList<RecordAttendance> attendance,
        IReadOnlyList<RecordGuest> guests,
        IReadOnlyList<RecordDecision> decisions,
        IReadOnlyList<RecordCommitment> commitments)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(committeeName);
        Meeting = meeting;
        CommitteeName = committeeName;
        Chair = chair;
        Agenda = agenda;
        Attendance = attendance;
        Guests = guests;
        Decisions = decisions;
        Commitments = commitments;
    }

    /// <summary>The meeting as stored (not tracked: changing it saves nothing), for its times, place, state and identities.</summary>
    public Meeting Meeting { get; }

    /// <summary>The committee's name.</summary>
    public string CommitteeName { get; }

    /// <summary>The body's label in Albanian and English.</summary>
    public Label BodyLabel => Meeting.Body.Label();

    /// <summary>The kind's label in Albanian and English.</summary>
    public Label KindLabel => Meeting.Kind.Label();

    /// <summary>The state's label (planned, held, cancelled) in Albanian and English.</summary>
    public Label StateLabel => Meeting.State.Label();

    /// <summary>Who chaired the meeting, with names, or <see langword="null"/> when not recorded.</summary>
    public NamedPersonForOrganisation? Chair { get; }

    /// <summary>The agenda, numbered (1, 1.1, 2…) in order.</summary>
    public IReadOnlyList<RecordAgendaItem> Agenda { get; }

    /// <summary>The attendance entries, in the roster's order: seat role, grant order, seat identity.</summary>
    public IReadOnlyList<RecordAttendance> Attendance { get; }

    /// <summary>The guests, by identity (a stable order).</summary>
    public IReadOnlyList<RecordGuest> Guests { get; }

    /// <summary>The decisions, by number.</summary>
    public IReadOnlyList<RecordDecision> Decisions { get; }

    /// <summary>The commitments made at the meeting, by number.</summary>
    public IReadOnlyList<RecordCommitment> Commitments { get; }
}

/// <summary>A person acting for an organisation (a chair, a presenter), with both names.</summary>
/// <param name="Person">The person's name.</param>
/// <param name="Organisation">The organisation's names.</param>
public sealed record NamedPersonForOrganisation(PersonName Person, OrganisationNames Organisation);

/// <summary>An agenda item with its number and its presenter's names.</summary>
/// <param name="Line">The numbered item.</param>
/// <param name="Presenter">Who presents it, with names, or <see langword="null"/>.</param>
public sealed record RecordAgendaItem(NumberedAgendaItem Line, NamedPersonForOrganisation? Presenter);

/// <summary>How one seat attended, with the seat's role, the organisation's names, the person's name and labels.</summary>
public sealed class RecordAttendance
{
    /// <summary>Creates the read model.</summary>
    /// <param name="entry">The attendance entry.</param>
    /// <param name="role">The seat's role.</param>
    /// <param name="organisation">The names of the seat's organisation.</param>
    /// <param name="person">The name of the person who came, or <see langword="null"/> when not recorded.</param>
    public RecordAttendance(Attendance entry, SeatRole role, OrganisationNames organisation, PersonName? person)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(organisation);
        Entry = entry;
        Role = role;
        Organisation = organisation;
        Person = person;
    }

    /// <summary>The entry (seat, organisation, status, capacity, person).</summary>
    public Attendance Entry { get; }

    /// <summary>The seat's role.</summary>
    public SeatRole Role { get; }

    /// <summary>The seat's role label in Albanian and English.</summary>
    public Label RoleLabel => Role.Label();

    /// <summary>The names of the organisation holding the seat.</summary>
    public OrganisationNames Organisation { get; }

    /// <summary>Present, excused or absent, in Albanian and English.</summary>
    public Label StatusLabel => Entry.Status.Label();

    /// <summary>Titular, deputy or substitute, in Albanian and English; <see langword="null"/> unless present.</summary>
    public Label? CapacityLabel => Entry.Capacity?.Label();

    /// <summary>The name of the person who came, or <see langword="null"/> when not recorded.</summary>
    public PersonName? Person { get; }
}

/// <summary>Guests who came without a seat, with their organisation's names.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Organisation">Their organisation's names, or <see langword="null"/>.</param>
public sealed record RecordGuest(Guest Entry, OrganisationNames? Organisation);

/// <summary>A decision with its kind's label.</summary>
/// <param name="Entry">The decision.</param>
public sealed record RecordDecision(Decision Entry)
{
    /// <summary>The kind's label in Albanian and English.</summary>
    public Label KindLabel => Entry.Kind.Label();
}

/// <summary>A commitment with the names of the organisation responsible and its status's label.</summary>
/// <param name="Entry">The commitment, with its reviews.</param>
/// <param name="Responsible">The names of the organisation responsible for it.</param>
public sealed record RecordCommitment(Commitment Entry, OrganisationNames Responsible)
{
    /// <summary>The status's label in Albanian and English.</summary>
    public Label StatusLabel => Entry.Status.Label();
}
