using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.People;

namespace Krat.Domain.Meetings;

/// <summary>
/// How one seat attended, as given to <see cref="Meeting.RecordAttendance"/>: present (in a capacity, through a named
/// person or not), excused or absent. Made with <see cref="Present"/>, <see cref="Excused"/> or <see cref="Absent"/>;
/// equality is by value.
/// </summary>
public sealed record SeatAttendance
{
    private SeatAttendance(SeatId seatId, AttendanceStatus status, PresenceCapacity? capacity, PersonId? personId)
    {
        SeatId = seatId;
        Status = status;
        Capacity = capacity;
        PersonId = personId;
    }

    /// <summary>The seat.</summary>
    public SeatId SeatId { get; }

    /// <summary>Present, excused or absent.</summary>
    public AttendanceStatus Status { get; }

    /// <summary>For a present seat, titular, deputy or substitute; otherwise <see langword="null"/>.</summary>
    public PresenceCapacity? Capacity { get; }

    /// <summary>For a present seat, who came when recorded; otherwise <see langword="null"/>.</summary>
    public PersonId? PersonId { get; }

    /// <summary>The seat was present in a capacity, through a named person when known.</summary>
    /// <param name="seatId">The seat.</param>
    /// <param name="capacity">Titular, deputy (a representative of the seat in that capacity on the day) or substitute (a person of the seat's organisation).</param>
    /// <param name="personId">The person who came, or <see langword="null"/> when not recorded.</param>
    /// <returns>The entry.</returns>
    public static SeatAttendance Present(SeatId seatId, PresenceCapacity capacity, PersonId? personId = null)
    {
        Require.Id(seatId, nameof(seatId));
        Require.Defined(capacity, nameof(capacity));
        if (personId is { } person)
        {
            Require.Id(person, nameof(personId));
        }

        return new SeatAttendance(seatId, AttendanceStatus.Present, capacity, personId);
    }

    /// <summary>The seat was absent with an excuse.</summary>
    /// <param name="seatId">The seat.</param>
    /// <returns>The entry.</returns>
    public static SeatAttendance Excused(SeatId seatId) => new(Require.Id(seatId, nameof(seatId)), AttendanceStatus.Excused, null, null);

    /// <summary>The seat was absent without an excuse.</summary>
    /// <param name="seatId">The seat.</param>
    /// <returns>The entry.</returns>
    public static SeatAttendance Absent(SeatId seatId) => new(Require.Id(seatId, nameof(seatId)), AttendanceStatus.Absent, null, null);

    internal static SeatAttendance Of(Attendance entry) => new(entry.SeatId, entry.Status, entry.Capacity, entry.PersonId);
}
