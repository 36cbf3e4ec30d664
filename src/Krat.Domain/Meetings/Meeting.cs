using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Meetings;

/// <summary>
/// A meeting of a committee body: when (in Europe/Tirane) and where, its chair, its agenda, and, once held,
/// attendance per seat, guests, decisions, commitments and minutes.
/// </summary>
/// <remarks>
/// <para>Times are stored as <see cref="Instant"/>s (<see cref="StartsAt"/>, <see cref="EndsAt"/>) and shown
/// as <see cref="ZonedDateTime"/>s in <see cref="TimeZone"/>; <see cref="Date"/> is the local day of the start,
/// kept for day-based queries.</para>
/// <para>States: Planned → Held, Planned → Cancelled (<c>meeting.state-transition</c>). Attendance, guests,
/// decisions and commitments are recorded only for a held meeting (<c>meeting.not-held</c>); a cancelled
/// meeting changes no more (<c>meeting.cancelled</c>). Minutes move from draft to approved
/// (<c>minutes.*</c>); approved minutes refuse every change to the record (<c>minutes.approved</c>).</para>
/// <para>Value objects passed in (chair, presenter) are copied, so no instance is shared between two
/// records (an ORM that maps them as owned types needs one instance per owner).</para>
/// <para>Commitments are reviewed at later meetings, but the review is stored on the commitment, in the
/// meeting where it was made (<see cref="ReviewCommitment"/>): the follow-up of a promise is one history in
/// one place, and "open commitments" is one query. A review is the only change allowed after the minutes of
/// the originating meeting are approved, because it records what happened at another meeting.</para>
/// </remarks>
public sealed class Meeting : AggregateRoot<MeetingId>, ICommitteeScoped
{
    /// <summary>The longest place accepted.</summary>
    public const int MaxPlaceLength = 200;

    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>The longest cancellation reason accepted.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Rule: a meeting ends after it starts.</summary>
    public const string EndAfterStartRule = "meeting.end-after-start";

    /// <summary>Rule: only Planned → Held and Planned → Cancelled are allowed.</summary>
    public const string StateTransitionRule = "meeting.state-transition";

    /// <summary>Rule: attendance, guests, decisions, commitments and minutes need a held meeting.</summary>
    public const string NotHeldRule = "meeting.not-held";

    /// <summary>Rule: a cancelled meeting changes no more.</summary>
    public const string CancelledRule = "meeting.cancelled";

    /// <summary>Rule: only a planned meeting is rescheduled.</summary>
    public const string RescheduleRule = "meeting.reschedule-only-planned";

    /// <summary>Rule: approved minutes refuse any change to the record.</summary>
    public const string MinutesApprovedRule = "minutes.approved";

    /// <summary>Rule: minutes are approved on or after the meeting day.</summary>
    public const string MinutesBeforeMeetingRule = "minutes.before-meeting";

    /// <summary>Rule: attendance is recorded for a seat of this committee's body that runs on the meeting day.</summary>
    public const string SeatNotOnBodyRule = "attendance.seat-not-on-body";

    /// <summary>Rule: a titular or deputy present must be appointed to the seat in that capacity on the day.</summary>
    public const string NotARepresentativeRule = "attendance.not-a-representative";

    /// <summary>Rule: a commitment is not due before the meeting at which it is made.</summary>
    public const string DueBeforeMeetingRule = "commitment.due-before-meeting";

    /// <summary>Rule: a commitment is reviewed at a later held meeting of the same committee, once per meeting, in order.</summary>
    public const string ReviewAtLaterMeetingRule = "commitment.review-at-later-meeting";

    /// <summary>Rule: a done or dropped commitment is not reviewed again.</summary>
    public const string CommitmentClosedRule = "commitment.closed";

    /// <summary>Rule: a decision or commitment identity is unique within the meeting.</summary>
    public const string DuplicateIdRule = "meeting.duplicate-id";

    private readonly List<AgendaItem> _agenda = [];
    private readonly List<Attendance> _attendance = [];
    private readonly List<Guest> _guests = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<Commitment> _commitments = [];

    private Meeting(MeetingId id, CommitteeId committeeId, CommitteeBody body, MeetingKind kind, Instant startsAt, Instant endsAt, string place, string? title)
        : base(id)
    {
        CommitteeId = committeeId;
        Body = body;
        Kind = kind;
        State = MeetingState.Planned;
        Minutes = MinutesStatus.Draft;
        Place = place;
        Title = title;
        SetTimes(startsAt, endsAt);
        Refresh();
    }

    private Meeting()
    {
        Place = string.Empty;
        SearchText = string.Empty;
    }

    /// <summary>The zone of every meeting time: Europe/Tirane.</summary>
    public static DateTimeZone TimeZone { get; } = DateTimeZoneProviders.Tzdb["Europe/Tirane"];

    /// <inheritdoc />
    public CommitteeId CommitteeId { get; private set; }

    /// <summary>The body that meets: the committee or its Technical Table.</summary>
    public CommitteeBody Body { get; private set; }

    /// <summary>What the meeting is for.</summary>
    public MeetingKind Kind { get; private set; }

    /// <summary>Planned, held or cancelled.</summary>
    public MeetingState State { get; private set; }

    /// <summary>The moment the meeting starts.</summary>
    public Instant StartsAt { get; private set; }

    /// <summary>The moment the meeting ends; always after <see cref="StartsAt"/>.</summary>
    public Instant EndsAt { get; private set; }

    /// <summary>The day of the start in Europe/Tirane.</summary>
    public LocalDate Date { get; private set; }

    /// <summary>The start in Europe/Tirane.</summary>
    public ZonedDateTime Start => StartsAt.InZone(TimeZone);

    /// <summary>The end in Europe/Tirane.</summary>
    public ZonedDateTime End => EndsAt.InZone(TimeZone);

    /// <summary>Where the meeting takes place, such as "Prefektura e Qarkut Durrës".</summary>
    public string Place { get; private set; }

    /// <summary>A title, such as the heading of the press release, or <see langword="null"/>.</summary>
    public string? Title { get; private set; }

    /// <summary>Who chairs (chaired) the meeting, on behalf of which organisation, once known.</summary>
    public PersonForOrganisation? Chair { get; private set; }

    /// <summary>Why a cancelled meeting was cancelled.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>The agenda items in storage order; use <see cref="AgendaInOrder"/> for reading order.</summary>
    public IReadOnlyList<AgendaItem> Agenda => _agenda;

    /// <summary>How each seat attended, one entry per seat.</summary>
    public IReadOnlyList<Attendance> Attendance => _attendance;

    /// <summary>Guests who attended without a seat.</summary>
    public IReadOnlyList<Guest> Guests => _guests;

    /// <summary>The decisions, in the order taken.</summary>
    public IReadOnlyList<Decision> Decisions => _decisions;

    /// <summary>The commitments made at this meeting, with their later reviews.</summary>
    public IReadOnlyList<Commitment> Commitments => _commitments;

    /// <summary>Draft or approved.</summary>
    public MinutesStatus Minutes { get; private set; }

    /// <summary>The day the minutes were approved.</summary>
    public LocalDate? MinutesApprovedOn { get; private set; }

    /// <summary>The person who approved (signed) the minutes.</summary>
    public PersonId? MinutesApprovedBy { get; private set; }

    /// <summary>The folded title and place, for diacritic-insensitive search.</summary>
    public string SearchText { get; private set; }

    /// <summary>Plans a meeting.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="body">The body that meets.</param>
    /// <param name="kind">What the meeting is for.</param>
    /// <param name="start">The local start in Europe/Tirane (a skipped or repeated hour is resolved leniently).</param>
    /// <param name="end">The local end in Europe/Tirane; after the start.</param>
    /// <param name="place">Where; at most <see cref="MaxPlaceLength"/> characters.</param>
    /// <param name="title">A title, or <see langword="null"/>.</param>
    /// <param name="id">The identity; a new one when omitted.</param>
    /// <returns>The planned meeting.</returns>
    /// <exception cref="DomainException"><c>meeting.end-after-start</c>.</exception>
    public static Meeting Plan(CommitteeId committeeId, CommitteeBody body, MeetingKind kind, LocalDateTime start, LocalDateTime end, string place, string? title = null, MeetingId? id = null)
    {
        Require.Id(committeeId, nameof(committeeId));
        Require.Defined(body, nameof(body));
        Require.Defined(kind, nameof(kind));
        var checkedPlace = Require.Text(place, nameof(place), MaxPlaceLength);
        var checkedTitle = Require.OptionalText(title, nameof(title), MaxTitleLength);
        var (startsAt, endsAt) = Times(start, end);
        return new Meeting(id ?? MeetingId.New(), committeeId, body, kind, startsAt, endsAt, checkedPlace, checkedTitle);
    }

    /// <summary>Moves a planned meeting to another time and place.</summary>
    /// <param name="start">The local start in Europe/Tirane.</param>
    /// <param name="end">The local end in Europe/Tirane.</param>
    /// <param name="place">Where.</param>
    /// <exception cref="DomainException"><c>meeting.reschedule-only-planned</c> or <c>meeting.end-after-start</c>.</exception>
    public void Reschedule(LocalDateTime start, LocalDateTime end, string place)
    {
        var checkedPlace = Require.Text(place, nameof(place), MaxPlaceLength);
        if (State != MeetingState.Planned)
        {
            throw new DomainException(
                RescheduleRule,
                new Label(
                    $"Vetëm një mbledhje e planifikuar mund të riplanifikohet; kjo mbledhje ka statusin „{State.Label().Albanian}”.",
                    $"Only a planned meeting can be rescheduled; this one is {State.Label().English.ToLowerInvariant()}."));
        }

        var (startsAt, endsAt) = Times(start, end);
        SetTimes(startsAt, endsAt);
        Place = checkedPlace;
        Refresh();
    }

    /// <summary>Records who chairs the meeting.</summary>
    /// <param name="chair">The person and the organisation for which the person chairs.</param>
    /// <exception cref="DomainException"><c>meeting.cancelled</c> or <c>minutes.approved</c>.</exception>
    public void SetChair(PersonForOrganisation chair)
    {
        ArgumentNullException.ThrowIfNull(chair);
        RequireEditable();
        Chair = chair with { };
    }

    /// <summary>Records that a planned meeting was held.</summary>
    /// <exception cref="DomainException"><c>meeting.state-transition</c>.</exception>
    public void MarkHeld()
    {
        RequirePlanned(MeetingState.Held);
        State = MeetingState.Held;
    }

    /// <summary>Cancels a planned meeting.</summary>
    /// <param name="reason">Why, or <see langword="null"/>.</param>
    /// <exception cref="DomainException"><c>meeting.state-transition</c>.</exception>
    public void Cancel(string? reason = null)
    {
        var checkedReason = Require.OptionalText(reason, nameof(reason), MaxReasonLength);
        RequirePlanned(MeetingState.Cancelled);
        State = MeetingState.Cancelled;
        CancellationReason = checkedReason;
    }

    /// <summary>Adds an item at the end of the agenda, or at the end of an item's sub-items.</summary>
    /// <param name="title">The title; at most <see cref="AgendaItem.MaxTitleLength"/> characters.</param>
    /// <param name="notes">Notes, or <see langword="null"/>; at most <see cref="AgendaItem.MaxNotesLength"/> characters.</param>
    /// <param name="presenter">Who presents it, or <see langword="null"/>.</param>
    /// <param name="parentId">The item it is a sub-item of, or <see langword="null"/> for a top-level item.</param>
    /// <returns>The item.</returns>
    /// <exception cref="DomainException"><c>meeting.cancelled</c> or <c>minutes.approved</c>.</exception>
    public AgendaItem AddAgendaItem(string title, string? notes = null, PersonForOrganisation? presenter = null, Guid? parentId = null)
    {
        var checkedTitle = Require.Text(title, nameof(title), AgendaItem.MaxTitleLength);
        var checkedNotes = Require.OptionalText(notes, nameof(notes), AgendaItem.MaxNotesLength);
        if (parentId is { } parent && !_agenda.Exists(i => i.Id == parent))
        {
            throw new ArgumentException("The meeting has no such agenda item.", nameof(parentId));
        }

        RequireEditable();
        var item = new AgendaItem(parentId, _agenda.Count(i => i.ParentId == parentId) + 1, checkedTitle, checkedNotes, presenter is null ? null : presenter with { });
        _agenda.Add(item);
        return item;
    }

    /// <summary>Changes the title, notes and presenter of an agenda item.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="title">The title.</param>
    /// <param name="notes">Notes, or <see langword="null"/>.</param>
    /// <param name="presenter">Who presents it, or <see langword="null"/>.</param>
    /// <exception cref="DomainException"><c>meeting.cancelled</c> or <c>minutes.approved</c>.</exception>
    public void ReviseAgendaItem(Guid itemId, string title, string? notes, PersonForOrganisation? presenter)
    {
        var item = AgendaItemWith(itemId);
        var checkedTitle = Require.Text(title, nameof(title), AgendaItem.MaxTitleLength);
        var checkedNotes = Require.OptionalText(notes, nameof(notes), AgendaItem.MaxNotesLength);
        RequireEditable();
        item.Revise(checkedTitle, checkedNotes, presenter is null ? null : presenter with { });
    }

    /// <summary>Moves an agenda item to another position among its siblings; the others shift.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="position">The new 1-based position, between 1 and the number of siblings.</param>
    /// <exception cref="DomainException"><c>meeting.cancelled</c> or <c>minutes.approved</c>.</exception>
    public void MoveAgendaItem(Guid itemId, int position)
    {
        var item = AgendaItemWith(itemId);
        var siblings = _agenda.Where(i => i.ParentId == item.ParentId).OrderBy(i => i.Position).ToList();
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, siblings.Count);
        RequireEditable();
        siblings.Remove(item);
        siblings.Insert(position - 1, item);
        Renumber(siblings);
    }

    /// <summary>Removes an agenda item with all its sub-items; the following siblings move up.</summary>
    /// <param name="itemId">The item.</param>
    /// <exception cref="DomainException"><c>meeting.cancelled</c> or <c>minutes.approved</c>.</exception>
    public void RemoveAgendaItem(Guid itemId)
    {
        var item = AgendaItemWith(itemId);
        RequireEditable();
        var removed = new HashSet<Guid> { item.Id };
        bool grew;
        do
        {
            grew = false;
            foreach (var child in _agenda.Where(i => i.ParentId is { } p && removed.Contains(p) && !removed.Contains(i.Id)).ToList())
            {
                grew |= removed.Add(child.Id);
            }
        }
        while (grew);

        _agenda.RemoveAll(i => removed.Contains(i.Id));
        Renumber([.. _agenda.Where(i => i.ParentId == item.ParentId).OrderBy(i => i.Position)]);
    }

    /// <summary>The agenda in reading order: each item followed by its sub-items, depth first.</summary>
    /// <returns>The items with their outline numbers ("1", "2", "2.1").</returns>
    public IReadOnlyList<KeyValuePair<string, AgendaItem>> AgendaInOrder()
    {
        var result = new List<KeyValuePair<string, AgendaItem>>(_agenda.Count);
        Walk(null, string.Empty);
        return result;

        void Walk(Guid? parent, string prefix)
        {
            foreach (var item in _agenda.Where(i => i.ParentId == parent).OrderBy(i => i.Position))
            {
                var number = prefix + item.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
                result.Add(new(number, item));
                Walk(item.Id, number + ".");
            }
        }
    }

    /// <summary>
    /// Records that a seat was present, in a capacity and, when known, through a named person (minutes often
    /// record the institution only). Replaces any earlier entry for the seat.
    /// </summary>
    /// <param name="seat">The seat, from the committee.</param>
    /// <param name="capacity">Titular, deputy or substitute.</param>
    /// <param name="personId">The person who came, or <see langword="null"/> when not recorded. A named titular or deputy must be appointed to the seat in that capacity on the meeting day.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c>, <c>minutes.approved</c>, <c>attendance.seat-not-on-body</c>, <c>attendance.not-a-representative</c>.</exception>
    public void RecordPresent(Seat seat, PresenceCapacity capacity, PersonId? personId = null)
    {
        ArgumentNullException.ThrowIfNull(seat);
        Require.Defined(capacity, nameof(capacity));
        if (personId is { } given)
        {
            Require.Id(given, nameof(personId));
        }

        CheckSeat(seat);
        if (personId is { } person && capacity != PresenceCapacity.Substitute)
        {
            var appointed = (RepresentationCapacity)(int)capacity;
            if (!seat.Representatives.Any(r => r.PersonId == person && r.Capacity == appointed && r.Term.Contains(Date)))
            {
                throw new DomainException(
                    NotARepresentativeRule,
                    new Label(
                        $"Vetëm një person i emëruar „{capacity.Label().Albanian}” i vendit më {Sq.Date(Date)} mund të marrë pjesë në këtë cilësi; çdo person tjetër regjistrojeni si zëvendësues.",
                        $"Only a person appointed {capacity.Label().English.ToLowerInvariant()} of the seat on {Date:yyyy-MM-dd} can attend in that capacity; record anyone else as a substitute."));
            }
        }

        PutAttendance(new Attendance(seat.Id, seat.OrganisationId, AttendanceStatus.Present, capacity, personId));
    }

    /// <summary>Records that a seat was absent with an excuse. Replaces any earlier entry for the seat.</summary>
    /// <param name="seat">The seat.</param>
    /// <exception cref="DomainException">As for <see cref="RecordPresent"/>.</exception>
    public void RecordExcused(Seat seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        CheckSeat(seat);
        PutAttendance(new Attendance(seat.Id, seat.OrganisationId, AttendanceStatus.Excused, null, null));
    }

    /// <summary>Records that a seat was absent without an excuse. Replaces any earlier entry for the seat.</summary>
    /// <param name="seat">The seat.</param>
    /// <exception cref="DomainException">As for <see cref="RecordPresent"/>.</exception>
    public void RecordAbsent(Seat seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        CheckSeat(seat);
        PutAttendance(new Attendance(seat.Id, seat.OrganisationId, AttendanceStatus.Absent, null, null));
    }

    /// <summary>Records guests who attended without a seat.</summary>
    /// <param name="organisationId">Their organisation, or <see langword="null"/>.</param>
    /// <param name="description">Who they were, or <see langword="null"/>; an organisation or a description is required.</param>
    /// <param name="count">How many came, at least 1, or <see langword="null"/> when unknown.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="DomainException"><c>meeting.not-held</c> or <c>minutes.approved</c>.</exception>
    public Guest RecordGuest(OrganisationId? organisationId, string? description = null, int? count = null)
    {
        var checkedDescription = Require.OptionalText(description, nameof(description), Guest.MaxDescriptionLength);
        if (organisationId is null && checkedDescription is null)
        {
            throw new DomainArgumentException(new Label("Një i ftuar regjistrohet me një organizatë ose me një përshkrim.", "A guest entry needs an organisation or a description."), nameof(description));
        }

        if (organisationId is { } org)
        {
            Require.Id(org, nameof(organisationId));
        }

        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(n, 1, nameof(count));
        }

        RequireHeldAndDraft(new Label("të ftuarit", "guests"));
        var guest = new Guest(organisationId, checkedDescription, count);
        _guests.Add(guest);
        return guest;
    }

    /// <summary>Records a decision taken at the held meeting.</summary>
    /// <param name="kind">What it does.</param>
    /// <param name="text">The text; at most <see cref="Decision.MaxTextLength"/> characters.</param>
    /// <param name="id">The identity; a new one when omitted.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="DomainException"><c>meeting.not-held</c>, <c>minutes.approved</c> or <c>meeting.duplicate-id</c>.</exception>
    public Decision RecordDecision(DecisionKind kind, string text, DecisionId? id = null)
    {
        Require.Defined(kind, nameof(kind));
        var checkedText = Require.Text(text, nameof(text), Decision.MaxTextLength);
        var decisionId = Require.Id(id ?? DecisionId.New(), nameof(id));
        RequireHeldAndDraft(new Label("vendimet", "decisions"));
        if (_decisions.Exists(d => d.Id == decisionId))
        {
            throw new DomainException(DuplicateIdRule, new Label($"Mbledhja e ka tashmë vendimin {decisionId}.", $"The meeting already has decision {decisionId}."));
        }

        var decision = new Decision(decisionId, _decisions.Count + 1, kind, checkedText);
        _decisions.Add(decision);
        return decision;
    }

    /// <summary>Records a commitment made at the held meeting; it starts open.</summary>
    /// <param name="what">What was promised; at most <see cref="Commitment.MaxWhatLength"/> characters.</param>
    /// <param name="ownerId">The organisation that owns it.</param>
    /// <param name="due">The day it is due, not before the meeting, or <see langword="null"/> for an ongoing commitment.</param>
    /// <param name="id">The identity; a new one when omitted.</param>
    /// <returns>The commitment.</returns>
    /// <exception cref="DomainException"><c>meeting.not-held</c>, <c>minutes.approved</c>, <c>commitment.due-before-meeting</c> or <c>meeting.duplicate-id</c>.</exception>
    public Commitment RecordCommitment(string what, OrganisationId ownerId, LocalDate? due = null, CommitmentId? id = null)
    {
        var checkedWhat = Require.Text(what, nameof(what), Commitment.MaxWhatLength);
        Require.Id(ownerId, nameof(ownerId));
        Require.Date(due, nameof(due));
        var commitmentId = Require.Id(id ?? CommitmentId.New(), nameof(id));
        RequireHeldAndDraft(new Label("angazhimet", "commitments"));
        if (due is { } day && day < Date)
        {
            throw new DomainException(
                DueBeforeMeetingRule,
                new Label(
                    $"Një angazhim i marrë më {Sq.Date(Date)} nuk mund të ketë afat më të hershëm, më {Sq.Date(day)}.",
                    $"A commitment made on {Date:yyyy-MM-dd} cannot be due earlier, on {day:yyyy-MM-dd}."));
        }

        if (_commitments.Exists(c => c.Id == commitmentId))
        {
            throw new DomainException(DuplicateIdRule, new Label($"Mbledhja e ka tashmë angazhimin {commitmentId}.", $"The meeting already has commitment {commitmentId}."));
        }

        var commitment = new Commitment(commitmentId, _commitments.Count + 1, checkedWhat, ownerId, due);
        _commitments.Add(commitment);
        return commitment;
    }

    /// <summary>
    /// Records the review of one of this meeting's commitments at a later held meeting of the same committee,
    /// with the status it leaves. Allowed after this meeting's minutes are approved.
    /// </summary>
    /// <param name="commitmentId">The commitment, made at this meeting.</param>
    /// <param name="at">The later meeting at which it was reviewed.</param>
    /// <param name="status">The status after the review (open, done or dropped).</param>
    /// <param name="note">What was reported, or <see langword="null"/>.</param>
    /// <returns>The review.</returns>
    /// <exception cref="DomainException"><c>commitment.review-at-later-meeting</c> (other committee, not held, not later, already reviewed there, or earlier than the last review) or <c>commitment.closed</c>.</exception>
    public CommitmentReview ReviewCommitment(CommitmentId commitmentId, Meeting at, CommitmentStatus status, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(at);
        Require.Defined(status, nameof(status));
        var checkedNote = Require.OptionalText(note, nameof(note), CommitmentReview.MaxNoteLength);
        var commitment = _commitments.Find(c => c.Id == commitmentId)
            ?? throw new ArgumentException("This meeting has no such commitment.", nameof(commitmentId));
        if (at.CommitteeId != CommitteeId || at.State != MeetingState.Held || at.StartsAt <= StartsAt)
        {
            throw new DomainException(
                ReviewAtLaterMeetingRule,
                new Label(
                    $"Një angazhim i marrë më {Sq.Date(Date)} shqyrtohet në një mbledhje të mëvonshme të zhvilluar të të njëjtit komitet; mbledhja e {Sq.Date(at.Date)} nuk është e tillë.",
                    $"A commitment made on {Date:yyyy-MM-dd} is reviewed at a later held meeting of the same committee; the meeting of {at.Date:yyyy-MM-dd} is not one."));
        }

        if (commitment.Reviews.Count > 0 && commitment.Reviews[^1] is { } last && (last.MeetingId == at.Id || at.Date < last.Date))
        {
            throw new DomainException(
                ReviewAtLaterMeetingRule,
                new Label(
                    $"Angazhimi u shqyrtua për herë të fundit më {Sq.Date(last.Date)}; një shqyrtim i ri duhet të vijë nga një mbledhje e mëvonshme, jo nga ajo e {Sq.Date(at.Date)}.",
                    $"The commitment was last reviewed on {last.Date:yyyy-MM-dd}; a new review must come from a later meeting, not the one of {at.Date:yyyy-MM-dd}."));
        }

        if (commitment.Status != CommitmentStatus.Open)
        {
            throw new DomainException(
                CommitmentClosedRule,
                new Label(
                    $"Angazhimi ka tashmë statusin „{commitment.Status.Label().Albanian}”; ai nuk shqyrtohet më.",
                    $"The commitment is already {commitment.Status.Label().English.ToLowerInvariant()}; it is not reviewed again."));
        }

        var review = new CommitmentReview(at.Id, at.Date, checkedNote, status);
        commitment.Review(review);
        return review;
    }

    /// <summary>Approves the minutes of the held meeting: from then on the record does not change.</summary>
    /// <param name="on">The day of approval; not before the meeting.</param>
    /// <param name="by">The person who approved them (usually the chair).</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c>, <c>minutes.approved</c> or <c>minutes.before-meeting</c>.</exception>
    public void ApproveMinutes(LocalDate on, PersonId by)
    {
        Require.Id(by, nameof(by));
        Require.Date(on, nameof(on));
        RequireHeldAndDraft(new Label("procesverbali", "minutes"));
        if (on < Date)
        {
            throw new DomainException(
                MinutesBeforeMeetingRule,
                new Label(
                    $"Procesverbali i mbledhjes së {Sq.Date(Date)} nuk mund të miratohet para saj, më {Sq.Date(on)}.",
                    $"The minutes of the meeting of {Date:yyyy-MM-dd} cannot be approved before it, on {on:yyyy-MM-dd}."));
        }

        Minutes = MinutesStatus.Approved;
        MinutesApprovedOn = on;
        MinutesApprovedBy = by;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind.Label()} {Date:yyyy-MM-dd}";

    private static (Instant StartsAt, Instant EndsAt) Times(LocalDateTime start, LocalDateTime end)
    {
        Require.Date(start.Date, nameof(start));
        Require.Date(end.Date, nameof(end));
        var startsAt = TimeZone.AtLeniently(start).ToInstant();
        var endsAt = TimeZone.AtLeniently(end).ToInstant();
        if (endsAt <= startsAt)
        {
            throw new DomainException(
                EndAfterStartRule,
                new Label(
                    $"Një mbledhje duhet të përfundojë pasi fillon: {Sq.DateTime(start)} deri në {Sq.DateTime(end)} nuk e plotëson këtë.",
                    $"A meeting must end after it starts: {start:yyyy-MM-dd HH:mm} to {end:yyyy-MM-dd HH:mm} does not."));
        }

        return (startsAt, endsAt);
    }

    private static void Renumber(List<AgendaItem> siblings)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].MoveTo(i + 1);
        }
    }

    private void SetTimes(Instant startsAt, Instant endsAt)
    {
        StartsAt = startsAt;
        EndsAt = endsAt;
        Date = startsAt.InZone(TimeZone).Date;
    }

    private void RequirePlanned(MeetingState target)
    {
        if (State != MeetingState.Planned)
        {
            throw new DomainException(
                StateTransitionRule,
                new Label(
                    $"Një mbledhje me statusin „{State.Label().Albanian}” nuk mund të kalojë në statusin „{target.Label().Albanian}”; këtë e bën vetëm një mbledhje e planifikuar.",
                    $"A meeting that is {State.Label().English.ToLowerInvariant()} cannot become {target.Label().English.ToLowerInvariant()}; only a planned meeting can."));
        }
    }

    private void RequireEditable()
    {
        if (State == MeetingState.Cancelled)
        {
            throw new DomainException(
                CancelledRule,
                new Label(
                    $"Mbledhja e {Sq.Date(Date)} u anulua; të dhënat e saj nuk ndryshojnë më.",
                    $"The meeting of {Date:yyyy-MM-dd} was cancelled; its record no longer changes."));
        }

        RequireDraft();
    }

    private void RequireDraft()
    {
        if (Minutes == MinutesStatus.Approved)
        {
            throw new DomainException(
                MinutesApprovedRule,
                new Label(
                    $"Procesverbali i mbledhjes së {Sq.Date(Date)} është miratuar më {Sq.Date(MinutesApprovedOn)} dhe nuk mund të ndryshohet më.",
                    $"The minutes of the meeting of {Date:yyyy-MM-dd} were approved on {MinutesApprovedOn:yyyy-MM-dd}; the record no longer changes."));
        }
    }

    private void RequireHeldAndDraft(Label what)
    {
        if (State != MeetingState.Held)
        {
            throw new DomainException(
                NotHeldRule,
                new Label(
                    $"Pjesëmarrja, të ftuarit, vendimet, angazhimet dhe procesverbali regjistrohen vetëm për një mbledhje të zhvilluar; mbledhja e {Sq.Date(Date)} ka statusin „{State.Label().Albanian}” ({what.Albanian}).",
                    $"Attendance, guests, decisions, commitments and minutes are recorded only for a held meeting; the meeting of {Date:yyyy-MM-dd} is {State.Label().English.ToLowerInvariant()} ({what.English})."));
        }

        RequireDraft();
    }

    private void CheckSeat(Seat seat)
    {
        RequireHeldAndDraft(new Label("pjesëmarrja", "attendance"));
        if (seat.CommitteeId != CommitteeId || seat.Body != Body || !seat.Term.Contains(Date))
        {
            throw new DomainException(
                SeatNotOnBodyRule,
                new Label(
                    $"Pjesëmarrja regjistrohet për vendet e organit të kësaj mbledhjeje („{Body.Label().Albanian}”) që janë në fuqi më {Sq.Date(Date)}; ky vend („{seat.Body.Label().Albanian}”, {Sq.Period(seat.Term)}) nuk është i tillë.",
                    $"Attendance is recorded for seats of this meeting's body ({Body.Label().English}) that run on {Date:yyyy-MM-dd}; this seat ({seat.Body.Label().English}, {seat.Term}) is not one."));
        }
    }

    private void PutAttendance(Attendance attendance)
    {
        _attendance.RemoveAll(a => a.SeatId == attendance.SeatId);
        _attendance.Add(attendance);
    }

    private AgendaItem AgendaItemWith(Guid itemId) =>
        _agenda.Find(i => i.Id == itemId) ?? throw new ArgumentException("The meeting has no such agenda item.", nameof(itemId));

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(SearchText))]
    private void Refresh() => SearchText = AlbanianText.FoldAll(Title, Place);
}
