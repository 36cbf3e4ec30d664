using Krat.Domain.Committees;
using Krat.Domain.Organisations;

namespace Krat.Domain.Meetings;

/// <summary>
/// The attendance of a meeting seat by seat (see <see cref="Meeting.AttendanceSheet"/>): a line for every seat of the
/// meeting's body on the meeting day, recorded or not, then a line for any entry whose seat no longer runs that day.
/// </summary>
public sealed class AttendanceSheet
{
    internal AttendanceSheet(IReadOnlyList<AttendanceSheetLine> lines)
    {
        Lines = lines;
    }

    /// <summary>The lines: the body's seats in the committee's order, then entries of seats off the body.</summary>
    public IReadOnlyList<AttendanceSheetLine> Lines { get; }

    /// <summary>How many seats the body has on the meeting day (the "of 17" of "12 of 17").</summary>
    public int Seats => Lines.Count(l => l.OnBody);

    /// <summary>How many of the body's seats have an entry.</summary>
    public int Recorded => Lines.Count(l => l.OnBody && l.IsRecorded);

    /// <summary>How many of the body's seats were present (the "12" of "12 of 17").</summary>
    public int Present => Lines.Count(l => l.OnBody && l.Entry?.Status == AttendanceStatus.Present);

    /// <summary>How many of the body's seats have no entry yet.</summary>
    public int NotRecorded => Seats - Recorded;
}

/// <summary>One seat on an <see cref="AttendanceSheet"/>: who holds it, who represents it on the day, and how it attended, if recorded.</summary>
public sealed class AttendanceSheetLine
{
    internal AttendanceSheetLine(SeatId seatId, OrganisationId organisationId, SeatRole role, bool votes, IReadOnlyList<Post> posts, IReadOnlyList<SeatRepresentative> representatives, Attendance? entry, bool onBody)
    {
        SeatId = seatId;
        OrganisationId = organisationId;
        Role = role;
        Votes = votes;
        Posts = posts;
        Representatives = representatives;
        Entry = entry;
        OnBody = onBody;
    }

    /// <summary>The seat.</summary>
    public SeatId SeatId { get; }

    /// <summary>The organisation holding the seat.</summary>
    public OrganisationId OrganisationId { get; }

    /// <summary>Standing, invited or observer.</summary>
    public SeatRole Role { get; }

    /// <summary>Whether the seat votes.</summary>
    public bool Votes { get; }

    /// <summary>The posts held through the seat on the meeting day (<see cref="Post.Member"/> when none).</summary>
    public IReadOnlyList<Post> Posts { get; }

    /// <summary>The seat's titular and deputies on the meeting day, titular first: the people offered for "present as titular or deputy".</summary>
    public IReadOnlyList<SeatRepresentative> Representatives { get; }

    /// <summary>The seat's attendance entry, or <see langword="null"/> when not recorded yet.</summary>
    public Attendance? Entry { get; }

    /// <summary>Whether the seat has an entry.</summary>
    public bool IsRecorded => Entry is not null;

    /// <summary>Whether the seat is on the meeting's body on the meeting day; <see langword="false"/> only for an entry whose seat changed afterwards.</summary>
    public bool OnBody { get; }
}
