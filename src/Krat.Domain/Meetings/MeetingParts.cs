using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Meetings;

/// <summary>
/// An item of a meeting's agenda. Items nest: a top-level item has no <see cref="ParentId"/>; the
/// <see cref="Position"/> orders an item among its siblings (1, 2, 3… without gaps).
/// </summary>
public sealed class AgendaItem
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>The longest notes accepted.</summary>
    public const int MaxNotesLength = 4000;

    internal AgendaItem(AgendaItemId id, AgendaItemId? parentId, int position, string title, string? notes, PersonForOrganisation? presenter)
    {
        Id = id;
        ParentId = parentId;
        Position = position;
        Title = title;
        Notes = notes;
        Presenter = presenter;
    }

    private AgendaItem()
    {
        Title = string.Empty;
    }

    /// <summary>The identity of the item.</summary>
    public AgendaItemId Id { get; private set; }

    /// <summary>The item this one is a sub-item of, or <see langword="null"/> for a top-level item.</summary>
    public AgendaItemId? ParentId { get; private set; }

    /// <summary>The 1-based position among the items with the same parent.</summary>
    public int Position { get; private set; }

    /// <summary>The title.</summary>
    public string Title { get; private set; }

    /// <summary>Notes on what was said, or <see langword="null"/>.</summary>
    public string? Notes { get; private set; }

    /// <summary>Who presented the item, on behalf of which organisation, if anyone in particular.</summary>
    public PersonForOrganisation? Presenter { get; private set; }

    internal void Revise(string title, string? notes, PersonForOrganisation? presenter)
    {
        Title = title;
        Notes = notes;
        Presenter = presenter;
    }

    internal void MoveTo(int position) => Position = position;

    internal void NestUnder(AgendaItemId? parentId, int position)
    {
        ParentId = parentId;
        Position = position;
    }
}

/// <summary>
/// How one seat attended a held meeting: present (with the person and the capacity), excused or absent.
/// The seat's organisation is kept with it so attendance can be queried per organisation.
/// </summary>
public sealed class Attendance
{
    internal Attendance(SeatId seatId, OrganisationId organisationId, AttendanceStatus status, PresenceCapacity? capacity, PersonId? personId)
    {
        Id = Guid.CreateVersion7();
        SeatId = seatId;
        OrganisationId = organisationId;
        Status = status;
        Capacity = capacity;
        PersonId = personId;
    }

    private Attendance()
    {
    }

    // The storage key of the entry; its identity within the meeting is its seat (one entry per seat).
    internal Guid Id { get; private set; }

    /// <summary>The seat.</summary>
    public SeatId SeatId { get; private set; }

    /// <summary>The organisation holding the seat on the meeting's day.</summary>
    public OrganisationId OrganisationId { get; private set; }

    /// <summary>Present, excused or absent.</summary>
    public AttendanceStatus Status { get; private set; }

    /// <summary>For a present seat, whether the titular, a deputy or a substitute came; otherwise <see langword="null"/>.</summary>
    public PresenceCapacity? Capacity { get; private set; }

    /// <summary>For a present seat, the person who came; otherwise <see langword="null"/>.</summary>
    public PersonId? PersonId { get; private set; }
}

/// <summary>
/// Guests who attended without a seat: an organisation (such as a school), a description (such as "pupils
/// of the 'Gjergj Kastrioti' high school") and how many came, or any of these.
/// </summary>
public sealed class Guest
{
    /// <summary>The longest description accepted.</summary>
    public const int MaxDescriptionLength = 300;

    internal Guest(GuestId id, OrganisationId? organisationId, string? description, int? count)
    {
        Id = id;
        OrganisationId = organisationId;
        Description = description;
        Count = count;
    }

    private Guest()
    {
    }

    /// <summary>The identity of the entry.</summary>
    public GuestId Id { get; private set; }

    /// <summary>The guests' organisation, when they came from one.</summary>
    public OrganisationId? OrganisationId { get; private set; }

    /// <summary>Who the guests were, in words.</summary>
    public string? Description { get; private set; }

    /// <summary>How many people came, when known; at least 1.</summary>
    public int? Count { get; private set; }

    internal void Correct(OrganisationId? organisationId, string? description, int? count)
    {
        OrganisationId = organisationId;
        Description = description;
        Count = count;
    }
}

/// <summary>A decision taken at a held meeting, numbered in the order taken.</summary>
public sealed class Decision
{
    /// <summary>The longest text accepted.</summary>
    public const int MaxTextLength = 2000;

    internal Decision(DecisionId id, int number, DecisionKind kind, string text)
    {
        Id = id;
        Number = number;
        Kind = kind;
        Text = text;
    }

    private Decision()
    {
        Text = string.Empty;
    }

    /// <summary>The identity of the decision; other records (an approved plan, an endorsed initiative) refer to it.</summary>
    public DecisionId Id { get; private set; }

    /// <summary>The 1-based number of the decision within its meeting.</summary>
    public int Number { get; private set; }

    /// <summary>What the decision does.</summary>
    public DecisionKind Kind { get; private set; }

    /// <summary>The text of the decision.</summary>
    public string Text { get; private set; }

    internal void Correct(DecisionKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    internal void Renumber(int number) => Number = number;
}

/// <summary>
/// Something an organisation committed to at a held meeting: what, who owns it, by when, and its status,
/// which changes only through reviews at later meetings. The reviews live here, with the commitment, on
/// the meeting where it was made.
/// </summary>
public sealed class Commitment
{
    /// <summary>The longest description accepted.</summary>
    public const int MaxWhatLength = 1000;

    private readonly List<CommitmentReview> _reviews = [];

    internal Commitment(CommitmentId id, int number, string what, OrganisationId ownerId, LocalDate? due)
    {
        Id = id;
        Number = number;
        What = what;
        OwnerId = ownerId;
        Due = due;
        Status = CommitmentStatus.Open;
    }

    private Commitment()
    {
        What = string.Empty;
    }

    /// <summary>The identity of the commitment.</summary>
    public CommitmentId Id { get; private set; }

    /// <summary>The 1-based number of the commitment within its meeting.</summary>
    public int Number { get; private set; }

    /// <summary>What was promised.</summary>
    public string What { get; private set; }

    /// <summary>The organisation that owns the commitment (for a promise of all members: the chair's organisation).</summary>
    public OrganisationId OwnerId { get; private set; }

    /// <summary>The day by which it is due, or <see langword="null"/> for an ongoing commitment.</summary>
    public LocalDate? Due { get; private set; }

    /// <summary>The current status: open until a review marks it done or dropped.</summary>
    public CommitmentStatus Status { get; private set; }

    /// <summary>
    /// The reviews at later meetings, oldest first (by the reviewing meeting's day, then by creation), whatever
    /// order storage returns them in.
    /// </summary>
    public IReadOnlyList<CommitmentReview> Reviews => [.. _reviews.OrderBy(r => r.Date).ThenBy(r => r.Id)];

    /// <summary>Whether the commitment is open and its due day is before a day.</summary>
    /// <param name="date">The day of reference ("today").</param>
    /// <returns><see langword="true"/> when overdue on that day.</returns>
    public bool IsOverdueOn(LocalDate date) => Status == CommitmentStatus.Open && Due is { } due && due < date;

    internal void Review(CommitmentReview review)
    {
        _reviews.Add(review);
        Status = review.Status;
    }

    internal void Correct(string what, OrganisationId ownerId, LocalDate? due)
    {
        What = what;
        OwnerId = ownerId;
        Due = due;
    }

    internal void Renumber(int number) => Number = number;

    internal void CorrectLastReview(CommitmentReview last, CommitmentStatus status, string? note)
    {
        last.Correct(status, note);
        Status = status;
    }

    internal void WithdrawLastReview(CommitmentReview last)
    {
        _reviews.Remove(last);
        Status = Reviews.Count > 0 ? Reviews[^1].Status : CommitmentStatus.Open;
    }
}

/// <summary>The review of a commitment at a later held meeting: when, where, what was said, and the status it left.</summary>
public sealed class CommitmentReview
{
    /// <summary>The longest note accepted.</summary>
    public const int MaxNoteLength = 2000;

    internal CommitmentReview(MeetingId meetingId, LocalDate date, string? note, CommitmentStatus status)
    {
        Id = Guid.CreateVersion7();
        MeetingId = meetingId;
        Date = date;
        Note = note;
        Status = status;
    }

    private CommitmentReview()
    {
    }

    // The storage key of the review (and the tie-break of its order); its identity within the commitment is the
    // reviewing meeting (one review per meeting).
    internal Guid Id { get; private set; }

    /// <summary>The meeting at which the commitment was reviewed.</summary>
    public MeetingId MeetingId { get; private set; }

    /// <summary>The day of that meeting, in Europe/Tirane.</summary>
    public LocalDate Date { get; private set; }

    /// <summary>What was reported, or <see langword="null"/>.</summary>
    public string? Note { get; private set; }

    /// <summary>The status of the commitment after the review.</summary>
    public CommitmentStatus Status { get; private set; }

    internal void Correct(CommitmentStatus status, string? note)
    {
        Status = status;
        Note = note;
    }
}
