using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.Partnerships;

/// <summary>
/// A service provider joining and leaving a committee's Technical Table, in one step that changes both aggregates
/// together: the <see cref="Committee"/>'s seat (held by the provider's operator, carrying the provider's services)
/// and the <see cref="ServiceProvider"/>'s record of its membership. Every check is made before anything changes,
/// so a refusal leaves both as they were; afterwards save both in one unit of work.
/// </summary>
/// <remarks>
/// <para>While the provider sits at the Table, <see cref="Seat.ServiceProviderId"/> names it,
/// <see cref="Seat.Services"/> equals <see cref="ServiceProvider.ServiceTypes"/>, the seat is open, and
/// <see cref="ServiceProvider.TechnicalTableSeatId"/> and <see cref="ServiceProvider.TechnicalTable"/> name that
/// seat and its term. Leaving ends the seat (history is kept: the seat stays, ended) and records the same last
/// day on the provider's <see cref="ServiceProvider.TechnicalTable"/> term.</para>
/// <para>A provider sits at the Table only while it is active (<see cref="ServiceProvider.Active"/>): it joins only
/// while active with no end recorded, and its activity is not ended while it sits there
/// (<c>provider.seated-while-inactive</c>): leave first, then end the activity.</para>
/// </remarks>
public static class TechnicalTableMembership
{
    /// <summary>Rule: a provider sits at one Technical Table at a time.</summary>
    public const string OneTechnicalTableRule = "provider.one-technical-table";

    /// <summary>Rule: the provider to leave, or whose services change, must sit at this committee's Technical Table.</summary>
    public const string NotAtTechnicalTableRule = "provider.not-at-technical-table";

    /// <summary>
    /// The provider joins the committee's Technical Table from a day: the committee grants its operator an open seat
    /// on the Technical Table that carries the provider's services, and the provider records the committee, the seat
    /// and the day.
    /// </summary>
    /// <param name="committee">The committee, loaded for change.</param>
    /// <param name="provider">The provider, loaded for change.</param>
    /// <param name="from">The first day of the seat.</param>
    /// <param name="role">The seat's role; standing by default.</param>
    /// <param name="votes">Whether the seat votes; it does by default.</param>
    /// <param name="seatId">The seat's identity; a new one when omitted.</param>
    /// <returns>The seat.</returns>
    /// <exception cref="DomainException"><c>provider.one-technical-table</c> (it already sits at one, or joins again before the day after it left), <c>provider.seated-while-inactive</c> (it is not active from that day on with no end recorded), or a rule of <see cref="Committee.GrantSeat"/> (<c>seat.one-per-organisation</c>: its operator already holds a Technical Table seat then); nothing changes.</exception>
    public static Seat Join(Committee committee, ServiceProvider provider, LocalDate from, SeatRole role = SeatRole.Standing, bool votes = true, SeatId? seatId = null)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(provider);
        provider.RequireCanJoin(from);
        var seat = committee.GrantProviderSeat(provider, role, votes, from, seatId);
        provider.RecordJoined(committee.Id, seat.Id, from);
        return seat;
    }

    /// <summary>
    /// The provider leaves the committee's Technical Table after a day: its seat ends on that day (with the seat's
    /// posts and representatives) and the provider records the same last day. The seat and the dates are kept.
    /// </summary>
    /// <param name="committee">The committee at whose Technical Table the provider sits, loaded for change.</param>
    /// <param name="provider">The provider, loaded for change.</param>
    /// <param name="last">The last day it sits at the Table; not before its first day.</param>
    /// <exception cref="DomainException"><c>provider.not-at-technical-table</c> (it does not sit at this committee's Table), or a rule of <see cref="Committee.EndSeat"/> (<c>period.backwards</c>); nothing changes.</exception>
    public static void Leave(Committee committee, ServiceProvider provider, LocalDate last)
    {
        var seat = SeatOf(committee, provider);
        committee.EndProviderSeat(seat, last);
        provider.RecordLeft(last);
    }

    /// <summary>
    /// Changes the services of a provider that sits at the committee's Technical Table: the provider's
    /// <see cref="ServiceProvider.ServiceTypes"/> and its seat's <see cref="Seat.Services"/> together.
    /// </summary>
    /// <param name="committee">The committee at whose Technical Table the provider sits, loaded for change.</param>
    /// <param name="provider">The provider, loaded for change.</param>
    /// <param name="serviceTypes">At least one service type; duplicates are dropped, the order given is kept.</param>
    /// <exception cref="DomainException"><c>provider.not-at-technical-table</c>; nothing changes.</exception>
    public static void ChangeServices(Committee committee, ServiceProvider provider, IEnumerable<ServiceType> serviceTypes)
    {
        var types = CountyMunicipalities.Codes(serviceTypes, nameof(serviceTypes), atLeastOne: true);
        var seat = SeatOf(committee, provider);
        provider.SetServiceTypes(types);
        seat.SetServices(types);
    }

    /// <summary>
    /// Whether a provider and a committee agree about the provider's Technical Table membership: every seat of the
    /// committee for the provider is the one the provider records, with the same first day; it is open and carries
    /// the provider's services exactly while the provider sits there, and is ended on the provider's last day once
    /// it has left (the provider's services may change after that; the seat keeps those it had).
    /// </summary>
    /// <param name="committee">The committee.</param>
    /// <param name="provider">The provider.</param>
    /// <returns><see langword="true"/> when the two are in step (always, when only the verbs of this class changed them).</returns>
    public static bool InStep(Committee committee, ServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(provider);
        var seats = committee.Seats.Where(s => s.ServiceProviderId == provider.Id).ToList();
        if (provider.TechnicalTableCommitteeId != committee.Id)
        {
            return seats.TrueForAll(s => !s.Term.IsOpen);
        }

        var current = seats.Find(s => s.Id == provider.TechnicalTableSeatId);
        return current is not null
            && current.Body == CommitteeBody.TechnicalTable
            && current.OrganisationId == provider.OperatorId
            && current.Term == provider.TechnicalTable
            && (!current.Term.IsOpen || current.Services.SequenceEqual(provider.ServiceTypes))
            && seats.TrueForAll(s => s == current || !s.Term.IsOpen);
    }

    private static Seat SeatOf(Committee committee, ServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(provider);
        if (!provider.SitsAtTechnicalTable || provider.TechnicalTableCommitteeId != committee.Id)
        {
            throw new DomainException(
                NotAtTechnicalTableRule,
                new Label(
                    $"{provider.Name} nuk merr pjesë në Tryezën teknike të {committee.Name}.",
                    $"{provider.Name} does not sit at the Technical Table of {committee.Name}."));
        }

        var seat = committee.FindSeat(provider.TechnicalTableSeatId!.Value);
        return seat is not null && seat.ServiceProviderId == provider.Id
            ? seat
            : throw new ArgumentException($"{committee.Name} has no Technical Table seat {provider.TechnicalTableSeatId} for {provider.Name}.", nameof(committee));
    }
}
