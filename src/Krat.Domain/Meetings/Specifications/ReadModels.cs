using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Meetings.Specifications;

/// <summary>
/// A meeting with those of its commitments that a query selected: the grouped shape of the flat lines of
/// <see cref="OpenCommitmentsByOwnerSpec"/>, built in memory by <see cref="Group"/>.
/// </summary>
public sealed class MeetingCommitments
{
    /// <summary>Creates the read model.</summary>
    /// <param name="meetingId">The meeting at which the commitments were made.</param>
    /// <param name="date">Its day.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="commitments">The selected commitments, by number.</param>
    public MeetingCommitments(MeetingId meetingId, LocalDate date, MeetingKind kind, IReadOnlyList<OpenCommitment> commitments)
    {
        MeetingId = meetingId;
        Date = date;
        Kind = kind;
        Commitments = commitments;
    }

    /// <summary>The meeting at which the commitments were made.</summary>
    public MeetingId MeetingId { get; }

    /// <summary>The day of the meeting, in Europe/Tirane.</summary>
    public LocalDate Date { get; }

    /// <summary>The kind of the meeting.</summary>
    public MeetingKind Kind { get; }

    /// <summary>The selected commitments, in the order of the lines they were grouped from (by number for <see cref="OpenCommitmentsByOwnerSpec"/>).</summary>
    public IReadOnlyList<OpenCommitment> Commitments { get; }

    /// <summary>
    /// Groups flat commitment lines by the meeting where they were made: one entry per meeting, in the order in
    /// which each meeting first appears among the lines, with its lines in their order. For the lines of
    /// <see cref="OpenCommitmentsByOwnerSpec"/> that is meetings by start, then identity, and commitments by
    /// number. No line is dropped or repeated; no lines give no meetings.
    /// </summary>
    /// <param name="lines">The lines, typically the result of <see cref="OpenCommitmentsByOwnerSpec"/>.</param>
    /// <returns>The meetings with their commitments.</returns>
    public static IReadOnlyList<MeetingCommitments> Group(IEnumerable<OpenCommitment> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return [.. lines
            .GroupBy(line => line.MeetingId)
            .Select(g =>
            {
                var first = g.First();
                return new MeetingCommitments(g.Key, first.MeetingDate, first.MeetingKind, [.. g]);
            })];
    }
}

/// <summary>
/// An open commitment, with the meeting where it was made, and whether it is overdue on the day of reference:
/// one flat line of <see cref="OpenCommitmentsByOwnerSpec"/> (group lines by meeting with
/// <see cref="MeetingCommitments.Group"/>).
/// </summary>
public sealed class OpenCommitment
{
    /// <summary>Creates the read model.</summary>
    /// <param name="meetingId">The meeting at which the commitment was made.</param>
    /// <param name="meetingDate">The day of that meeting.</param>
    /// <param name="meetingKind">The kind of that meeting.</param>
    /// <param name="meetingStartsAt">When that meeting started.</param>
    /// <param name="commitmentId">The commitment.</param>
    /// <param name="number">Its number in the meeting where it was made.</param>
    /// <param name="what">What was promised.</param>
    /// <param name="ownerId">The owner.</param>
    /// <param name="due">The due day, or <see langword="null"/>.</param>
    /// <param name="on">The day of reference: the commitment is overdue when it was due before it.</param>
    public OpenCommitment(
        MeetingId meetingId,
        LocalDate meetingDate,
        MeetingKind meetingKind,
        Instant meetingStartsAt,
        CommitmentId commitmentId,
        int number,
        string what,
        OrganisationId ownerId,
        LocalDate? due,
        LocalDate on)
    {
        MeetingId = meetingId;
        MeetingDate = meetingDate;
        MeetingKind = meetingKind;
        MeetingStartsAt = meetingStartsAt;
        CommitmentId = commitmentId;
        Number = number;
        What = what;
        OwnerId = ownerId;
        Due = due;
        Overdue = due < on;
    }

    /// <summary>The meeting at which the commitment was made.</summary>
    public MeetingId MeetingId { get; }

    /// <summary>The day of that meeting, in Europe/Tirane.</summary>
    public LocalDate MeetingDate { get; }

    /// <summary>The kind of that meeting.</summary>
    public MeetingKind MeetingKind { get; }

    /// <summary>The instant that meeting started (lines are ordered by it first).</summary>
    public Instant MeetingStartsAt { get; }

    /// <summary>The commitment.</summary>
    public CommitmentId CommitmentId { get; }

    /// <summary>Its number within the meeting where it was made (<see cref="MeetingId"/>), from 1.</summary>
    public int Number { get; }

    /// <summary>What was promised.</summary>
    public string What { get; }

    /// <summary>The organisation that owns it.</summary>
    public OrganisationId OwnerId { get; }

    /// <summary>The due day, or <see langword="null"/> for an ongoing commitment.</summary>
    public LocalDate? Due { get; }

    /// <summary>Whether it was due before the day of reference.</summary>
    public bool Overdue { get; }
}

/// <summary>
/// A commitment of an earlier meeting as a later meeting reviews it (one line of <see cref="CommitmentsToReviewSpec"/>):
/// the earlier meeting, the commitment, its current status, and the review recorded at the reviewing meeting, if any.
/// </summary>
public sealed class CommitmentToReview
{
    /// <summary>Creates the read model.</summary>
    /// <param name="meetingId">The meeting at which the commitment was made.</param>
    /// <param name="meetingDate">The day of that meeting.</param>
    /// <param name="meetingKind">The kind of that meeting.</param>
    /// <param name="meetingStartsAt">When that meeting started.</param>
    /// <param name="commitmentId">The commitment.</param>
    /// <param name="number">Its number in the meeting where it was made.</param>
    /// <param name="what">What was promised.</param>
    /// <param name="ownerId">The owner.</param>
    /// <param name="due">The due day, or <see langword="null"/>.</param>
    /// <param name="status">Its current status.</param>
    /// <param name="reviewedHereStatus">The status left by the review at the reviewing meeting, or <see langword="null"/> when not reviewed there.</param>
    /// <param name="reviewedHereNote">The note of that review, or <see langword="null"/>.</param>
    public CommitmentToReview(
        MeetingId meetingId,
        LocalDate meetingDate,
        MeetingKind meetingKind,
        Instant meetingStartsAt,
        CommitmentId commitmentId,
        int number,
        string what,
        OrganisationId ownerId,
        LocalDate? due,
        CommitmentStatus status,
        CommitmentStatus? reviewedHereStatus,
        string? reviewedHereNote)
    {
        MeetingId = meetingId;
        MeetingDate = meetingDate;
        MeetingKind = meetingKind;
        MeetingStartsAt = meetingStartsAt;
        CommitmentId = commitmentId;
        Number = number;
        What = what;
        OwnerId = ownerId;
        Due = due;
        Status = status;
        ReviewedHereStatus = reviewedHereStatus;
        ReviewedHereNote = reviewedHereNote;
    }

    /// <summary>The meeting at which the commitment was made (the aggregate on which the review is recorded).</summary>
    public MeetingId MeetingId { get; }

    /// <summary>The day of that meeting, in Europe/Tirane.</summary>
    public LocalDate MeetingDate { get; }

    /// <summary>The kind of that meeting.</summary>
    public MeetingKind MeetingKind { get; }

    /// <summary>The instant that meeting started.</summary>
    public Instant MeetingStartsAt { get; }

    /// <summary>The commitment.</summary>
    public CommitmentId CommitmentId { get; }

    /// <summary>Its number within the meeting where it was made, from 1.</summary>
    public int Number { get; }

    /// <summary>What was promised.</summary>
    public string What { get; }

    /// <summary>The organisation that owns it.</summary>
    public OrganisationId OwnerId { get; }

    /// <summary>The due day, or <see langword="null"/> for an ongoing commitment.</summary>
    public LocalDate? Due { get; }

    /// <summary>The commitment's current status.</summary>
    public CommitmentStatus Status { get; }

    /// <summary>Whether the reviewing meeting has recorded a review of it.</summary>
    public bool ReviewedHere => ReviewedHereStatus is not null;

    /// <summary>The status the review at the reviewing meeting left, or <see langword="null"/> when not reviewed there.</summary>
    public CommitmentStatus? ReviewedHereStatus { get; }

    /// <summary>The note of the review at the reviewing meeting, or <see langword="null"/>.</summary>
    public string? ReviewedHereNote { get; }

    /// <summary>Whether it is open and was due before a day (the reviewing meeting's, say).</summary>
    /// <param name="date">The day of reference.</param>
    /// <returns><see langword="true"/> when overdue on that day.</returns>
    public bool IsOverdueOn(LocalDate date) => Status == CommitmentStatus.Open && Due is { } due && due < date;
}

/// <summary>How an organisation attended one held meeting (see <see cref="AttendanceHistorySpec"/>).</summary>
public sealed class OrganisationAttendance
{
    /// <summary>Creates the read model.</summary>
    /// <param name="meetingId">The meeting.</param>
    /// <param name="committeeId">Its committee.</param>
    /// <param name="body">The body that met.</param>
    /// <param name="kind">The kind of meeting.</param>
    /// <param name="date">The day, in Europe/Tirane.</param>
    /// <param name="status">Present, excused or absent.</param>
    /// <param name="capacity">For a present seat, the capacity.</param>
    /// <param name="personId">For a present seat, who came.</param>
    public OrganisationAttendance(MeetingId meetingId, CommitteeId committeeId, CommitteeBody body, MeetingKind kind, LocalDate date, AttendanceStatus status, PresenceCapacity? capacity, PersonId? personId)
    {
        MeetingId = meetingId;
        CommitteeId = committeeId;
        Body = body;
        Kind = kind;
        Date = date;
        Status = status;
        Capacity = capacity;
        PersonId = personId;
    }

    /// <summary>The meeting.</summary>
    public MeetingId MeetingId { get; }

    /// <summary>Its committee.</summary>
    public CommitteeId CommitteeId { get; }

    /// <summary>The body that met.</summary>
    public CommitteeBody Body { get; }

    /// <summary>The kind of meeting.</summary>
    public MeetingKind Kind { get; }

    /// <summary>The day of the meeting, in Europe/Tirane.</summary>
    public LocalDate Date { get; }

    /// <summary>Present, excused or absent.</summary>
    public AttendanceStatus Status { get; }

    /// <summary>For a present seat, whether the titular, a deputy or a substitute came.</summary>
    public PresenceCapacity? Capacity { get; }

    /// <summary>For a present seat, the person who came.</summary>
    public PersonId? PersonId { get; }
}
