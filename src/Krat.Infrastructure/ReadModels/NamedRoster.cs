using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People.Specifications;
using NodaTime;

namespace Krat.Infrastructure.ReadModels;

/// <summary>
/// The seats of one body of a committee on one day with names and labels (what <see cref="IRosterQuery"/> reads).
/// <see cref="Roster"/> is the same roster with identities only, what <c>Meeting.RecordPresent(CommitteeRoster, …)</c>
/// takes to record attendance without loading the committee.
/// </summary>
public sealed class NamedRoster
{
    /// <summary>Creates the read model.</summary>
    /// <param name="roster">The roster with identities only.</param>
    /// <param name="lines">Its seats with names and labels, in the roster's order.</param>
    public NamedRoster(CommitteeRoster roster, IReadOnlyList<RosterLine> lines)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(lines);
        Roster = roster;
        Lines = lines;
    }

    /// <summary>The roster with identities only (for <c>Meeting.RecordPresent</c> and its siblings).</summary>
    public CommitteeRoster Roster { get; }

    /// <summary>The committee.</summary>
    public CommitteeId CommitteeId => Roster.CommitteeId;

    /// <summary>The committee's name.</summary>
    public string CommitteeName => Roster.CommitteeName;

    /// <summary>The body.</summary>
    public CommitteeBody Body => Roster.Body;

    /// <summary>The body's label in Albanian and English.</summary>
    public Label BodyLabel => Roster.Body.Label();

    /// <summary>The day the roster describes.</summary>
    public LocalDate Date => Roster.Date;

    /// <summary>
    /// The seats that run on the day: by role (standing, invited, observer), then grant order, then seat identity
    /// (as <see cref="SeatsOnDateSpec"/>); the same order on every read.
    /// </summary>
    public IReadOnlyList<RosterLine> Lines { get; }
}

/// <summary>A seat of a <see cref="NamedRoster"/>: its organisation's names, role, posts and representatives with labels.</summary>
public sealed class RosterLine
{
    /// <summary>Creates the read model.</summary>
    /// <param name="seat">The seat on the day, with identities only.</param>
    /// <param name="organisation">The names of the organisation holding it.</param>
    /// <param name="representatives">The people filling it on the day, in the order of <see cref="SeatOnDate.Representatives"/>.</param>
    public RosterLine(SeatOnDate seat, OrganisationNames organisation, IReadOnlyList<RosterRepresentative> representatives)
    {
        ArgumentNullException.ThrowIfNull(seat);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(representatives);
        Seat = seat;
        Organisation = organisation;
        PostLabels = [.. seat.Posts.Select(p => p.Label())];
        Representatives = representatives;
    }

    /// <summary>The seat on the day, with identities only (its term, votes, posts and appointments).</summary>
    public SeatOnDate Seat { get; }

    /// <summary>The seat (what <c>Meeting.RecordPresent(CommitteeRoster, SeatId, …)</c> takes).</summary>
    public SeatId SeatId => Seat.SeatId;

    /// <summary>The organisation holding the seat: its Albanian name, English name (if any) and acronym.</summary>
    public OrganisationNames Organisation { get; }

    /// <summary>Standing, invited or observer.</summary>
    public SeatRole Role => Seat.Role;

    /// <summary>The role's label in Albanian and English.</summary>
    public Label RoleLabel => Seat.Role.Label();

    /// <summary>Whether the seat votes.</summary>
    public bool Votes => Seat.Votes;

    /// <summary>The labels of the posts held through the seat on the day, in the order of <see cref="SeatOnDate.Posts"/> (empty for a plain member).</summary>
    public IReadOnlyList<Label> PostLabels { get; }

    /// <summary>The people filling the seat on the day, titular first, then by person.</summary>
    public IReadOnlyList<RosterRepresentative> Representatives { get; }
}

/// <summary>A person filling a seat on the day, with the name and the capacity's label.</summary>
public sealed class RosterRepresentative
{
    /// <summary>Creates the read model.</summary>
    /// <param name="appointment">The appointment on the day, with identities only.</param>
    /// <param name="person">The person's name.</param>
    public RosterRepresentative(RepresentativeOnDate appointment, PersonName person)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        ArgumentNullException.ThrowIfNull(person);
        Appointment = appointment;
        Person = person;
    }

    /// <summary>The appointment on the day (person, capacity, term).</summary>
    public RepresentativeOnDate Appointment { get; }

    /// <summary>The person's name, honorific and position title.</summary>
    public PersonName Person { get; }

    /// <summary>Titular or deputy.</summary>
    public RepresentationCapacity Capacity => Appointment.Capacity;

    /// <summary>The capacity's label in Albanian and English.</summary>
    public Label CapacityLabel => Appointment.Capacity.Label();
}
