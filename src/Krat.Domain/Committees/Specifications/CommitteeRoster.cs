using Krat.Domain.Common;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Committees.Specifications;

/// <summary>The seats of one body of a committee on one day (the result of <see cref="SeatsOnDateSpec"/>).</summary>
public sealed class CommitteeRoster
{
    /// <summary>Creates the read model.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="committeeName">Its name.</param>
    /// <param name="body">The body.</param>
    /// <param name="date">The day.</param>
    /// <param name="seats">The seats that run on the day.</param>
    public CommitteeRoster(CommitteeId committeeId, string committeeName, CommitteeBody body, LocalDate date, IReadOnlyList<SeatOnDate> seats)
    {
        CommitteeId = committeeId;
        CommitteeName = committeeName;
        Body = body;
        Date = date;
        Seats = seats;
    }

    /// <summary>The committee.</summary>
    public CommitteeId CommitteeId { get; }

    /// <summary>The committee's name.</summary>
    public string CommitteeName { get; }

    /// <summary>The body.</summary>
    public CommitteeBody Body { get; }

    /// <summary>The day the roster describes.</summary>
    public LocalDate Date { get; }

    /// <summary>The seats that run on the day, by role then grant order.</summary>
    public IReadOnlyList<SeatOnDate> Seats { get; }
}

/// <summary>A seat as it stands on one day: its organisation, role, posts and representatives on that day.</summary>
public sealed class SeatOnDate
{
    /// <summary>Creates the read model.</summary>
    /// <param name="seatId">The seat.</param>
    /// <param name="organisationId">The organisation holding it.</param>
    /// <param name="role">Standing, invited or observer.</param>
    /// <param name="votes">Whether it votes.</param>
    /// <param name="term">The seat's term: inclusive start, optional inclusive end.</param>
    /// <param name="posts">The posts held through the seat on the day (empty for a plain member).</param>
    /// <param name="representatives">The people filling the seat on the day, titular first.</param>
    public SeatOnDate(SeatId seatId, OrganisationId organisationId, SeatRole role, bool votes, Term term, IReadOnlyList<Post> posts, IReadOnlyList<RepresentativeOnDate> representatives)
    {
        SeatId = seatId;
        OrganisationId = organisationId;
        Role = role;
        Votes = votes;
        Term = term;
        Posts = posts;
        Representatives = representatives;
    }

    /// <summary>The seat.</summary>
    public SeatId SeatId { get; }

    /// <summary>The organisation holding it.</summary>
    public OrganisationId OrganisationId { get; }

    /// <summary>Standing, invited or observer.</summary>
    public SeatRole Role { get; }

    /// <summary>Whether the seat votes.</summary>
    public bool Votes { get; }

    /// <summary>The seat's whole term (not only the day): inclusive start, optional inclusive end (open while the seat runs on).</summary>
    public Term Term { get; }

    /// <summary>The posts held on the day; empty means a plain member.</summary>
    public IReadOnlyList<Post> Posts { get; }

    /// <summary>The people filling the seat on the day, titular first.</summary>
    public IReadOnlyList<RepresentativeOnDate> Representatives { get; }

    /// <summary>
    /// A loaded seat as it stands on a day, in the shape <see cref="SeatsOnDateSpec"/> gives: posts by post, people
    /// by capacity (titular first) then identity.
    /// </summary>
    /// <param name="seat">The seat, from its committee.</param>
    /// <param name="date">The day.</param>
    /// <returns>The read model.</returns>
    public static SeatOnDate Of(Seat seat, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return new SeatOnDate(
            seat.Id,
            seat.OrganisationId,
            seat.Role,
            seat.Votes,
            seat.Term,
            [.. seat.Posts.Where(p => p.Term.Contains(date)).Select(p => p.Post).Order()],
            [.. seat.RepresentativesOn(date).Select(r => new RepresentativeOnDate(r.PersonId, r.Capacity, r.Term))]);
    }
}

/// <summary>A person filling a seat on a day.</summary>
public sealed class RepresentativeOnDate
{
    /// <summary>Creates the read model.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="capacity">Titular or deputy.</param>
    /// <param name="term">The appointment's term: inclusive start, optional inclusive end.</param>
    public RepresentativeOnDate(PersonId personId, RepresentationCapacity capacity, Term term)
    {
        PersonId = personId;
        Capacity = capacity;
        Term = term;
    }

    /// <summary>The person.</summary>
    public PersonId PersonId { get; }

    /// <summary>Titular or deputy.</summary>
    public RepresentationCapacity Capacity { get; }

    /// <summary>The appointment's whole term (not only the day): inclusive start, optional inclusive end (open while it runs on).</summary>
    public Term Term { get; }
}
