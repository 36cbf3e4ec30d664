using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Geography;
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
/// <para>States: Planned → Held (only from the start on, <c>meeting.held-before-start</c>), Planned → Cancelled
/// with a reason (<c>meeting.state-transition</c>). A planned meeting is rescheduled; a held one has its details
/// corrected while the minutes are draft. Attendance, guests, decisions and commitments are recorded only for a
/// held meeting (<c>meeting.not-held</c>) and every entry can be corrected or removed while the minutes are draft;
/// a cancelled meeting changes no more (<c>meeting.cancelled</c>). Minutes move from draft to approved
/// (<c>minutes.*</c>); approved minutes refuse every change to the record (<c>minutes.approved</c>), including
/// reviews of earlier commitments recorded at the meeting.</para>
/// <para>The collections are read-only views of the meeting's own lists: they cannot be cast back and changed.</para>
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

    /// <summary>Rule: an agenda item, guest entry, decision or commitment identity is unique within the meeting.</summary>
    public const string DuplicateIdRule = "meeting.duplicate-id";

    /// <summary>Rule: a meeting is held only from its start on; a held meeting never starts in the future.</summary>
    public const string HeldBeforeStartRule = "meeting.held-before-start";

    /// <summary>Rule: the details (date, time, place, title) of a meeting are corrected only once it was held; a planned meeting is rescheduled.</summary>
    public const string CorrectOnlyHeldRule = "meeting.correct-only-held";

    /// <summary>Rule: a named substitute is a person of the seat's organisation on the meeting day.</summary>
    public const string SubstituteNotOfOrganisationRule = "attendance.substitute-not-of-organisation";

    /// <summary>Rule: an agenda item is not nested under itself or one of its own sub-items.</summary>
    public const string NestUnderItselfRule = "agenda.nest-under-itself";

    /// <summary>Rule: an agenda is copied from another meeting of the same committee into a planned meeting.</summary>
    public const string CopyAgendaRule = "agenda.copy";

    /// <summary>Rule: a commitment that was reviewed at a later meeting is not removed.</summary>
    public const string CommitmentReviewedRule = "commitment.reviewed";

    /// <summary>Rule: only the last review of a commitment is corrected or withdrawn, at the meeting that recorded it.</summary>
    public const string ReviewNotLastRule = "commitment.review-not-last";

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
    }

    private Meeting()
    {
        Place = string.Empty;
    }

    /// <summary>The zone of every meeting time: Europe/Tirane (<see cref="Albania.TimeZone"/>).</summary>
    public static DateTimeZone TimeZone => Albania.TimeZone;

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
    public IReadOnlyList<AgendaItem> Agenda => _agenda.AsReadOnly();

    /// <summary>How each seat attended, one entry per seat.</summary>
    public IReadOnlyList<Attendance> Attendance => _attendance.AsReadOnly();

    /// <summary>Guests who attended without a seat.</summary>
    public IReadOnlyList<Guest> Guests => _guests.AsReadOnly();

    /// <summary>The decisions, in the order taken.</summary>
    public IReadOnlyList<Decision> Decisions => _decisions.AsReadOnly();

    /// <summary>The commitments made at this meeting, with their later reviews.</summary>
    public IReadOnlyList<Commitment> Commitments => _commitments.AsReadOnly();

    /// <summary>Draft or approved.</summary>
    public MinutesStatus Minutes { get; private set; }

    /// <summary>The day the minutes were approved.</summary>
    public LocalDate? MinutesApprovedOn { get; private set; }

    /// <summary>The person who approved (signed) the minutes.</summary>
    public PersonId? MinutesApprovedBy { get; private set; }

    /// <summary>Plans a meeting.</summary>
    /// <param name="plan">The committee, body, kind, local start and end in Europe/Tirane, place, title and (optionally) identity.</param>
    /// <returns>The planned meeting.</returns>
    /// <exception cref="DomainException"><c>meeting.end-after-start</c>.</exception>
    /// <exception cref="DomainArgumentException">The place is blank or too long, or the title is too long.</exception>
    public static Meeting Plan(MeetingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Require.Id(plan.CommitteeId, nameof(plan.CommitteeId));
        Require.Defined(plan.Body, nameof(plan.Body));
        Require.Defined(plan.Kind, nameof(plan.Kind));
        var checkedPlace = Require.Text(plan.Place, nameof(plan.Place), MaxPlaceLength);
        var checkedTitle = Require.OptionalText(plan.Title, nameof(plan.Title), MaxTitleLength);
        var id = Require.Id(plan.Id ?? MeetingId.New(), nameof(plan.Id));
        var (startsAt, endsAt) = Times(plan.Start, plan.End);
        return new Meeting(id, plan.CommitteeId, plan.Body, plan.Kind, startsAt, endsAt, checkedPlace, checkedTitle);
    }

    /// <summary>Moves a planned meeting to another time and place, and gives it its title.</summary>
    /// <param name="start">The local start in Europe/Tirane.</param>
    /// <param name="end">The local end in Europe/Tirane.</param>
    /// <param name="place">Where; at most <see cref="MaxPlaceLength"/> characters.</param>
    /// <param name="title">The title, or <see langword="null"/> for none; at most <see cref="MaxTitleLength"/> characters.</param>
    /// <exception cref="DomainException"><c>meeting.reschedule-only-planned</c> or <c>meeting.end-after-start</c>.</exception>
    public void Reschedule(LocalDateTime start, LocalDateTime end, string place, string? title)
    {
        var checkedPlace = Require.Text(place, nameof(place), MaxPlaceLength);
        var checkedTitle = Require.OptionalText(title, nameof(title), MaxTitleLength);
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
        Title = checkedTitle;
    }

    /// <summary>
    /// Corrects the date, time, place and title of a held meeting while its minutes are draft (a planned meeting is
    /// <see cref="Reschedule">rescheduled</see> instead). The corrected start is not after <paramref name="now"/>, and
    /// the record must still hold on the corrected day: every attended seat runs on it with the named titulars and
    /// deputies appointed, and no commitment falls due before it.
    /// </summary>
    /// <param name="committee">The meeting's committee, to check the recorded attendance on the corrected day.</param>
    /// <param name="start">The corrected local start in Europe/Tirane.</param>
    /// <param name="end">The corrected local end in Europe/Tirane.</param>
    /// <param name="place">Where; at most <see cref="MaxPlaceLength"/> characters.</param>
    /// <param name="title">The title, or <see langword="null"/> for none.</param>
    /// <param name="now">The current instant (from the host's <see cref="IClock"/>).</param>
    /// <remarks>
    /// Reviews of earlier commitments recorded at this meeting keep the day they were recorded with; correct the day
    /// before reviewing commitments at the meeting.
    /// </remarks>
    /// <exception cref="DomainException"><c>meeting.correct-only-held</c>, <c>meeting.cancelled</c>, <c>minutes.approved</c>,
    /// <c>meeting.end-after-start</c>, <c>meeting.held-before-start</c>, <c>attendance.seat-not-on-body</c>,
    /// <c>attendance.not-a-representative</c> or <c>commitment.due-before-meeting</c>.</exception>
    public void CorrectDetails(Committee committee, LocalDateTime start, LocalDateTime end, string place, string? title, Instant now)
    {
        RequireOwnCommittee(committee);
        var checkedPlace = Require.Text(place, nameof(place), MaxPlaceLength);
        var checkedTitle = Require.OptionalText(title, nameof(title), MaxTitleLength);
        if (State == MeetingState.Cancelled)
        {
            RequireEditable();
        }

        if (State != MeetingState.Held)
        {
            throw new DomainException(
                CorrectOnlyHeldRule,
                new Label(
                    $"Të dhënat e një mbledhjeje korrigjohen pasi është zhvilluar; mbledhja e {Sq.Date(Date)} ka statusin „{State.Label().Albanian}”: riplanifikojeni atë.",
                    $"The details of a meeting are corrected once it was held; the meeting of {Date:yyyy-MM-dd} is {State.Label().English.ToLowerInvariant()}: reschedule it instead."));
        }

        RequireDraft();
        var (startsAt, endsAt) = Times(start, end);
        RequireStarted(startsAt, now);
        var day = startsAt.InZone(TimeZone).Date;
        foreach (var entry in _attendance)
        {
            CheckEntry(committee, SeatAttendance.Of(entry), day, null);
        }

        if (_commitments.Where(c => c.Due < day).Select(c => c.Due).Min() is { } due)
        {
            throw DueBefore(day, due);
        }

        SetTimes(startsAt, endsAt);
        Place = checkedPlace;
        Title = checkedTitle;
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

    /// <summary>Records that a planned meeting was held; only from its start on.</summary>
    /// <param name="now">The current instant (from the host's <see cref="IClock"/>); not before <see cref="StartsAt"/>.</param>
    /// <exception cref="DomainException"><c>meeting.state-transition</c> or <c>meeting.held-before-start</c>.</exception>
    public void MarkHeld(Instant now)
    {
        RequirePlanned(MeetingState.Held);
        RequireStarted(StartsAt, now);
        State = MeetingState.Held;
    }

    /// <summary>Cancels a planned meeting, saying why.</summary>
    /// <param name="reason">Why; required, at most <see cref="MaxReasonLength"/> characters.</param>
    /// <exception cref="DomainException"><c>meeting.state-transition</c>.</exception>
    /// <exception cref="DomainArgumentException">The reason is blank or too long.</exception>
    public void Cancel(string reason)
    {
        var checkedReason = Require.Text(reason, nameof(reason), MaxReasonLength);
        RequirePlanned(MeetingState.Cancelled);
        State = MeetingState.Cancelled;
        CancellationReason = checkedReason;
    }

    /// <summary>Adds an item at the end of the agenda, or at the end of an item's sub-items.</summary>
    /// <param name="title">The title; at most <see cref="AgendaItem.MaxTitleLength"/> characters.</param>
    /// <param name="notes">Notes, or <see langword="null"/>; at most <see cref="AgendaItem.MaxNotesLength"/> characters.</param>
    /// <param name="presenter">Who presents it, or <see langword="null"/>.</param>
    /// <param name="parentId">The item it is a sub-item of, or <see langword="null"/> for a top-level item.</param>
    /// <param name="id">The identity; a new one when omitted.</param>
    /// <returns>The item.</returns>
    /// <exception cref="DomainException"><c>meeting.cancelled</c>, <c>minutes.approved</c> or <c>meeting.duplicate-id</c>.</exception>
    public AgendaItem AddAgendaItem(string title, string? notes = null, PersonForOrganisation? presenter = null, AgendaItemId? parentId = null, AgendaItemId? id = null)
    {
        var checkedTitle = Require.Text(title, nameof(title), AgendaItem.MaxTitleLength);
        var checkedNotes = Require.OptionalText(notes, nameof(notes), AgendaItem.MaxNotesLength);
        var itemId = Require.Id(id ?? AgendaItemId.New(), nameof(id));
        if (parentId is { } parent && !_agenda.Exists(i => i.Id == parent))
        {
            throw new ArgumentException("The meeting has no such agenda item.", nameof(parentId));
        }

        RequireEditable();
        if (_agenda.Exists(i => i.Id == itemId))
        {
            throw new DomainException(DuplicateIdRule, new Label($"Rendi i ditës e ka tashmë pikën {itemId}.", $"The agenda already has item {itemId}."));
        }

        var item = new AgendaItem(itemId, parentId, _agenda.Count(i => i.ParentId == parentId) + 1, checkedTitle, checkedNotes, presenter is null ? null : presenter with { });
        _agenda.Add(item);
        return item;
    }

    /// <summary>Changes the title, notes and presenter of an agenda item.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="title">The title.</param>
    /// <param name="notes">Notes, or <see langword="null"/>.</param>
    /// <param name="presenter">Who presents it, or <see langword="null"/>.</param>
    /// <exception cref="DomainException"><c>meeting.cancelled</c> or <c>minutes.approved</c>.</exception>
    public void ReviseAgendaItem(AgendaItemId itemId, string title, string? notes, PersonForOrganisation? presenter)
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
    public void MoveAgendaItem(AgendaItemId itemId, int position)
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
    public void RemoveAgendaItem(AgendaItemId itemId)
    {
        var item = AgendaItemWith(itemId);
        RequireEditable();
        var removed = new HashSet<AgendaItemId> { item.Id };
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

    /// <summary>
    /// Moves an agenda item, with its sub-items, under another item (as its last sub-item) or to the top level (as
    /// the last top-level item); the siblings it leaves move up. Nesting it under the parent it already has changes
    /// nothing.
    /// </summary>
    /// <param name="itemId">The item.</param>
    /// <param name="parentId">The item it becomes a sub-item of, or <see langword="null"/> for the top level.</param>
    /// <exception cref="DomainException"><c>agenda.nest-under-itself</c>, <c>meeting.cancelled</c> or <c>minutes.approved</c>.</exception>
    public void NestAgendaItem(AgendaItemId itemId, AgendaItemId? parentId)
    {
        var item = AgendaItemWith(itemId);
        var parent = parentId is { } p ? AgendaItemWith(p, nameof(parentId)) : null;
        RequireEditable();
        for (var above = parent; above is not null; above = above.ParentId is { } up ? AgendaItemWith(up) : null)
        {
            if (above.Id == item.Id)
            {
                throw new DomainException(
                    NestUnderItselfRule,
                    new Label(
                        $"Pika „{item.Title}” nuk mund të vendoset nën veten ose nën një nënpikë të saj.",
                        $"The item '{item.Title}' cannot be placed under itself or one of its own sub-items."));
            }
        }

        if (item.ParentId == parent?.Id)
        {
            return;
        }

        var formerParent = item.ParentId;
        item.NestUnder(parent?.Id, _agenda.Count(i => i.ParentId == parent?.Id) + 1);
        Renumber([.. _agenda.Where(i => i.ParentId == formerParent).OrderBy(i => i.Position)]);
    }

    /// <summary>
    /// Copies the agenda of another meeting of the same committee (usually the last one) into this planned meeting
    /// as a starting point: the items' structure and titles, after any items already on the agenda; not their
    /// notes, which record what was said at the other meeting.
    /// </summary>
    /// <param name="source">The meeting whose agenda is copied.</param>
    /// <param name="withPresenters">Whether the presenters are copied too.</param>
    /// <returns>The new items, in reading order.</returns>
    /// <exception cref="DomainException"><c>agenda.copy</c> (another committee, or this meeting is not planned).</exception>
    public IReadOnlyList<AgendaItem> CopyAgendaFrom(Meeting source, bool withPresenters = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (ReferenceEquals(source, this) || source.Id == Id)
        {
            throw new ArgumentException("A meeting's agenda is copied from another meeting.", nameof(source));
        }

        if (source.CommitteeId != CommitteeId)
        {
            throw new DomainException(
                CopyAgendaRule,
                new Label(
                    $"Rendi i ditës kopjohet nga një mbledhje e të njëjtit komitet; mbledhja e {Sq.Date(source.Date)} është e një komiteti tjetër.",
                    $"An agenda is copied from a meeting of the same committee; the meeting of {source.Date:yyyy-MM-dd} belongs to another committee."));
        }

        if (State != MeetingState.Planned)
        {
            throw new DomainException(
                CopyAgendaRule,
                new Label(
                    $"Rendi i ditës i një mbledhjeje tjetër kopjohet vetëm në një mbledhje të planifikuar; kjo mbledhje ka statusin „{State.Label().Albanian}”.",
                    $"Another meeting's agenda is copied only into a planned meeting; this one is {State.Label().English.ToLowerInvariant()}."));
        }

        var copies = new List<AgendaItem>(source._agenda.Count);
        var newIds = new Dictionary<AgendaItemId, AgendaItemId>();
        var positions = new Dictionary<AgendaItemId, int>();
        var topLevel = _agenda.Count(i => i.ParentId is null);
        foreach (var line in source.NumberedAgenda())
        {
            var original = line.Item;
            AgendaItemId? parent = original.ParentId is { } p ? newIds[p] : null;
            var position = parent is { } under ? positions[under] = positions.GetValueOrDefault(under) + 1 : ++topLevel;
            var copy = new AgendaItem(AgendaItemId.New(), parent, position, original.Title, null, withPresenters && original.Presenter is { } presenter ? presenter with { } : null);
            newIds[original.Id] = copy.Id;
            copies.Add(copy);
        }

        _agenda.AddRange(copies);
        return copies.AsReadOnly();
    }

    /// <summary>
    /// The agenda in reading order, each item followed by its sub-items (depth first), with the number every view
    /// shows for it: "1", "2", "2.1", "2.1.1". The number is computed from the positions, never stored or typed in
    /// the title, so the details page, the record page and the minutes number the agenda the same way, once.
    /// </summary>
    /// <returns>The numbered items.</returns>
    public IReadOnlyList<NumberedAgendaItem> NumberedAgenda()
    {
        var result = new List<NumberedAgendaItem>(_agenda.Count);
        var children = _agenda.ToLookup(i => i.ParentId);
        Walk(null, string.Empty, 0);
        return result.AsReadOnly();

        void Walk(AgendaItemId? parent, string prefix, int depth)
        {
            foreach (var item in children[parent].OrderBy(i => i.Position))
            {
                var number = prefix + item.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
                result.Add(new NumberedAgendaItem(number, depth, item));
                Walk(item.Id, number + ".", depth + 1);
            }
        }
    }

    /// <summary>The agenda in reading order with the outline numbers of <see cref="NumberedAgenda"/>, as pairs.</summary>
    /// <returns>The items with their outline numbers ("1", "2", "2.1").</returns>
    public IReadOnlyList<KeyValuePair<string, AgendaItem>> AgendaInOrder() =>
        [.. NumberedAgenda().Select(line => new KeyValuePair<string, AgendaItem>(line.Number, line.Item))];

    /// <summary>
    /// Records the attendance of many seats of the meeting's body in one step, all or nothing: each entry present
    /// (as titular or deputy — a representative of the seat in that capacity on the day —, or as a substitute — a
    /// person of the seat's organisation on the day), excused or absent. An entry replaces the seat's earlier one;
    /// seats not in <paramref name="entries"/> keep theirs (see <see cref="AttendanceSheet"/> for the seats not
    /// yet recorded). When any entry breaks a rule, no entry is recorded.
    /// </summary>
    /// <param name="committee">The meeting's committee, whose seats and representatives the entries are checked against.</param>
    /// <param name="entries">One entry per seat (a seat twice is refused).</param>
    /// <param name="people">The people named as substitutes (a named substitute must be among them and represent the
    /// seat's organisation on the day); others are ignored.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c>, <c>minutes.approved</c>, <c>attendance.seat-not-on-body</c>,
    /// <c>attendance.not-a-representative</c> or <c>attendance.substitute-not-of-organisation</c>.</exception>
    /// <exception cref="ArgumentException">The committee is not the meeting's, or a seat appears twice.</exception>
    public void RecordAttendance(Committee committee, IEnumerable<SeatAttendance> entries, IEnumerable<Person>? people = null)
    {
        RequireOwnCommittee(committee);
        ArgumentNullException.ThrowIfNull(entries);
        List<SeatAttendance> checkedEntries = [.. entries];
        if (checkedEntries.Exists(e => e is null))
        {
            throw new ArgumentException("An attendance entry is missing.", nameof(entries));
        }

        if (checkedEntries.Select(e => e.SeatId).Distinct().Count() != checkedEntries.Count)
        {
            throw new ArgumentException("Each seat is recorded once in one step.", nameof(entries));
        }

        var known = (people ?? []).Where(p => p is not null).DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        RequireHeldAndDraft(new Label("pjesëmarrja", "attendance"));
        var recorded = new List<Attendance>(checkedEntries.Count);
        foreach (var entry in checkedEntries)
        {
            var seat = CheckEntry(committee, entry, Date, known);
            recorded.Add(new Attendance(seat.Id, seat.OrganisationId, entry.Status, entry.Capacity, entry.PersonId));
        }

        var replaced = recorded.Select(a => a.SeatId).ToHashSet();
        _attendance.RemoveAll(a => replaced.Contains(a.SeatId));
        _attendance.AddRange(recorded);
    }

    /// <summary>Removes the attendance entry of a seat, which becomes "not recorded" again.</summary>
    /// <param name="seatId">The seat.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c> or <c>minutes.approved</c>.</exception>
    /// <exception cref="ArgumentException">The meeting has no entry for the seat.</exception>
    public void RemoveAttendance(SeatId seatId)
    {
        if (!_attendance.Exists(a => a.SeatId == seatId))
        {
            throw new ArgumentException("The meeting has no attendance entry for this seat.", nameof(seatId));
        }

        RequireHeldAndDraft(new Label("pjesëmarrja", "attendance"));
        _attendance.RemoveAll(a => a.SeatId == seatId);
    }

    /// <summary>
    /// Every seat of the meeting's body on the meeting day, in the committee's order, with its representatives on
    /// that day and its attendance entry or none ("not recorded"); then any entry whose seat no longer runs on the
    /// day (after the committee's seats changed), so that nothing recorded is hidden.
    /// </summary>
    /// <param name="committee">The meeting's committee.</param>
    /// <returns>The sheet.</returns>
    public AttendanceSheet AttendanceSheet(Committee committee)
    {
        RequireOwnCommittee(committee);
        var entries = _attendance.ToDictionary(a => a.SeatId);
        var lines = new List<AttendanceSheetLine>();
        foreach (var seat in committee.SeatsOn(Body, Date))
        {
            lines.Add(new AttendanceSheetLine(SeatOnDate.Of(seat, Date), entries.GetValueOrDefault(seat.Id), onBody: true));
            entries.Remove(seat.Id);
        }

        foreach (var stray in _attendance.Where(a => entries.ContainsKey(a.SeatId)))
        {
            var seat = committee.FindSeat(stray.SeatId)
                ?? throw new ArgumentException("The committee does not hold the seat of an attendance entry; load it with its seats.", nameof(committee));
            lines.Add(new AttendanceSheetLine(SeatOnDate.Of(seat, Date), stray, onBody: false));
        }

        return new AttendanceSheet(lines);
    }

    /// <summary>
    /// Records that a seat was present, in a capacity and, when known, through a named person (minutes often
    /// record the institution only). Replaces any earlier entry for the seat. To record many seats in one step, or
    /// to have a named substitute checked against the organisation's people, use <see cref="RecordAttendance"/>.
    /// </summary>
    /// <param name="seat">The seat, from the committee.</param>
    /// <param name="capacity">Titular, deputy or substitute.</param>
    /// <param name="personId">The person who came, or <see langword="null"/> when not recorded. A named titular or deputy must be appointed to the seat in that capacity on the meeting day.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c>, <c>minutes.approved</c>, <c>attendance.seat-not-on-body</c>, <c>attendance.not-a-representative</c>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two overloads differ in their first parameter's type (a loaded seat, or a roster and a seat id), so no call can be ambiguous.")]
    public void RecordPresent(Seat seat, PresenceCapacity capacity, PersonId? personId = null)
    {
        ArgumentNullException.ThrowIfNull(seat);
        RecordOne(seat, SeatAttendance.Present(seat.Id, capacity, personId));
    }

    /// <summary>Records that a seat was absent with an excuse. Replaces any earlier entry for the seat.</summary>
    /// <param name="seat">The seat.</param>
    /// <exception cref="DomainException">As for <see cref="RecordPresent(Seat, PresenceCapacity, PersonId?)"/>.</exception>
    public void RecordExcused(Seat seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        RecordOne(seat, SeatAttendance.Excused(seat.Id));
    }

    /// <summary>Records that a seat was absent without an excuse. Replaces any earlier entry for the seat.</summary>
    /// <param name="seat">The seat.</param>
    /// <exception cref="DomainException">As for <see cref="RecordPresent(Seat, PresenceCapacity, PersonId?)"/>.</exception>
    public void RecordAbsent(Seat seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        RecordOne(seat, SeatAttendance.Absent(seat.Id));
    }

    /// <summary>
    /// Records that a seat was present, from the roster of the meeting's body on the meeting day (what
    /// <see cref="SeatsOnDateSpec"/> reads, ids only, without loading the committee) and the seat's id; the same
    /// rules as <see cref="RecordPresent(Seat, PresenceCapacity, PersonId?)"/>: the seat must be on the roster (of
    /// the body, running on the day), and a named titular or deputy must be among the seat's representatives of the
    /// roster in that capacity. Replaces any earlier entry for the seat.
    /// </summary>
    /// <param name="roster">The roster of the meeting's committee and body on the meeting's <see cref="Date"/>.</param>
    /// <param name="seatId">The seat, a line of the roster.</param>
    /// <param name="capacity">Titular, deputy or substitute.</param>
    /// <param name="personId">The person who came, or <see langword="null"/> when not recorded.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c>, <c>minutes.approved</c>, <c>attendance.seat-not-on-body</c>, <c>attendance.not-a-representative</c>.</exception>
    /// <exception cref="ArgumentException">The roster is not of the meeting's committee, body and day.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two overloads differ in their first parameter's type (a loaded seat, or a roster and a seat id), so no call can be ambiguous.")]
    public void RecordPresent(CommitteeRoster roster, SeatId seatId, PresenceCapacity capacity, PersonId? personId = null) =>
        RecordOne(roster, SeatAttendance.Present(seatId, capacity, personId));

    /// <summary>Records that a seat of a roster was absent with an excuse (see <see cref="RecordPresent(CommitteeRoster, SeatId, PresenceCapacity, PersonId?)"/>).</summary>
    /// <param name="roster">The roster of the meeting's committee and body on the meeting's <see cref="Date"/>.</param>
    /// <param name="seatId">The seat, a line of the roster.</param>
    /// <exception cref="DomainException">As for <see cref="RecordPresent(CommitteeRoster, SeatId, PresenceCapacity, PersonId?)"/>.</exception>
    /// <exception cref="ArgumentException">The roster is not of the meeting's committee, body and day.</exception>
    public void RecordExcused(CommitteeRoster roster, SeatId seatId) => RecordOne(roster, SeatAttendance.Excused(seatId));

    /// <summary>Records that a seat of a roster was absent without an excuse (see <see cref="RecordPresent(CommitteeRoster, SeatId, PresenceCapacity, PersonId?)"/>).</summary>
    /// <param name="roster">The roster of the meeting's committee and body on the meeting's <see cref="Date"/>.</param>
    /// <param name="seatId">The seat, a line of the roster.</param>
    /// <exception cref="DomainException">As for <see cref="RecordPresent(CommitteeRoster, SeatId, PresenceCapacity, PersonId?)"/>.</exception>
    /// <exception cref="ArgumentException">The roster is not of the meeting's committee, body and day.</exception>
    public void RecordAbsent(CommitteeRoster roster, SeatId seatId) => RecordOne(roster, SeatAttendance.Absent(seatId));

    /// <summary>Records guests who attended without a seat.</summary>
    /// <param name="organisationId">Their organisation, or <see langword="null"/>.</param>
    /// <param name="description">Who they were, or <see langword="null"/>; an organisation or a description is required.</param>
    /// <param name="count">How many came, at least 1, or <see langword="null"/> when unknown.</param>
    /// <param name="id">The identity; a new one when omitted.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="DomainException"><c>meeting.not-held</c>, <c>minutes.approved</c> or <c>meeting.duplicate-id</c>.</exception>
    public Guest RecordGuest(OrganisationId? organisationId, string? description = null, int? count = null, GuestId? id = null)
    {
        var checkedDescription = CheckGuest(organisationId, description, count);
        var guestId = Require.Id(id ?? GuestId.New(), nameof(id));
        RequireHeldAndDraft(new Label("të ftuarit", "guests"));
        if (_guests.Exists(g => g.Id == guestId))
        {
            throw new DomainException(DuplicateIdRule, new Label($"Mbledhja e ka tashmë të ftuarin {guestId}.", $"The meeting already has guest entry {guestId}."));
        }

        var guest = new Guest(guestId, organisationId, checkedDescription, count);
        _guests.Add(guest);
        return guest;
    }

    /// <summary>Corrects a guest entry.</summary>
    /// <param name="guestId">The entry.</param>
    /// <param name="organisationId">Their organisation, or <see langword="null"/>.</param>
    /// <param name="description">Who they were, or <see langword="null"/>; an organisation or a description is required.</param>
    /// <param name="count">How many came, at least 1, or <see langword="null"/> when unknown.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c> or <c>minutes.approved</c>.</exception>
    public void CorrectGuest(GuestId guestId, OrganisationId? organisationId, string? description, int? count)
    {
        var guest = _guests.Find(g => g.Id == guestId) ?? throw new ArgumentException("The meeting has no such guest entry.", nameof(guestId));
        var checkedDescription = CheckGuest(organisationId, description, count);
        RequireHeldAndDraft(new Label("të ftuarit", "guests"));
        guest.Correct(organisationId, checkedDescription, count);
    }

    /// <summary>Removes a guest entry.</summary>
    /// <param name="guestId">The entry.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c> or <c>minutes.approved</c>.</exception>
    public void RemoveGuest(GuestId guestId)
    {
        var guest = _guests.Find(g => g.Id == guestId) ?? throw new ArgumentException("The meeting has no such guest entry.", nameof(guestId));
        RequireHeldAndDraft(new Label("të ftuarit", "guests"));
        _guests.Remove(guest);
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

    /// <summary>Corrects the kind and text of a decision; its number and identity stay.</summary>
    /// <param name="decisionId">The decision.</param>
    /// <param name="kind">What it does.</param>
    /// <param name="text">The text; at most <see cref="Decision.MaxTextLength"/> characters.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c> or <c>minutes.approved</c>.</exception>
    public void CorrectDecision(DecisionId decisionId, DecisionKind kind, string text)
    {
        var decision = DecisionWith(decisionId);
        Require.Defined(kind, nameof(kind));
        var checkedText = Require.Text(text, nameof(text), Decision.MaxTextLength);
        RequireHeldAndDraft(new Label("vendimet", "decisions"));
        decision.Correct(kind, checkedText);
    }

    /// <summary>
    /// Removes a decision recorded by mistake; the following decisions are renumbered. A decision another record
    /// refers to (a plan it approved) cannot be removed: storage refuses it.
    /// </summary>
    /// <param name="decisionId">The decision.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c> or <c>minutes.approved</c>.</exception>
    public void RemoveDecision(DecisionId decisionId)
    {
        var decision = DecisionWith(decisionId);
        RequireHeldAndDraft(new Label("vendimet", "decisions"));
        _decisions.Remove(decision);
        var number = 0;
        foreach (var rest in _decisions.OrderBy(d => d.Number))
        {
            rest.Renumber(++number);
        }
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
            throw DueBefore(Date, day);
        }

        if (_commitments.Exists(c => c.Id == commitmentId))
        {
            throw new DomainException(DuplicateIdRule, new Label($"Mbledhja e ka tashmë angazhimin {commitmentId}.", $"The meeting already has commitment {commitmentId}."));
        }

        var commitment = new Commitment(commitmentId, _commitments.Count + 1, checkedWhat, ownerId, due);
        _commitments.Add(commitment);
        return commitment;
    }

    /// <summary>Corrects what a commitment promises, who owns it and when it is due; its reviews and status stay.</summary>
    /// <param name="commitmentId">The commitment.</param>
    /// <param name="what">What was promised.</param>
    /// <param name="ownerId">The organisation that owns it.</param>
    /// <param name="due">The day it is due, not before the meeting, or <see langword="null"/> for an ongoing commitment.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c>, <c>minutes.approved</c> or <c>commitment.due-before-meeting</c>.</exception>
    public void CorrectCommitment(CommitmentId commitmentId, string what, OrganisationId ownerId, LocalDate? due)
    {
        var commitment = CommitmentWith(commitmentId);
        var checkedWhat = Require.Text(what, nameof(what), Commitment.MaxWhatLength);
        Require.Id(ownerId, nameof(ownerId));
        RequireHeldAndDraft(new Label("angazhimet", "commitments"));
        if (due is { } day && day < Date)
        {
            throw DueBefore(Date, day);
        }

        commitment.Correct(checkedWhat, ownerId, due);
    }

    /// <summary>Removes a commitment recorded by mistake, while no later meeting has reviewed it; the following ones are renumbered.</summary>
    /// <param name="commitmentId">The commitment.</param>
    /// <exception cref="DomainException"><c>meeting.not-held</c>, <c>minutes.approved</c> or <c>commitment.reviewed</c>.</exception>
    public void RemoveCommitment(CommitmentId commitmentId)
    {
        var commitment = CommitmentWith(commitmentId);
        RequireHeldAndDraft(new Label("angazhimet", "commitments"));
        if (commitment.Reviews.Count > 0)
        {
            throw new DomainException(
                CommitmentReviewedRule,
                new Label(
                    $"Angazhimi „{commitment.What}” u shqyrtua më {Sq.Date(commitment.Reviews[^1].Date)} dhe nuk mund të hiqet më.",
                    $"The commitment '{commitment.What}' was reviewed on {commitment.Reviews[^1].Date:yyyy-MM-dd} and can no longer be removed."));
        }

        _commitments.Remove(commitment);
        var number = 0;
        foreach (var rest in _commitments.OrderBy(c => c.Number))
        {
            rest.Renumber(++number);
        }
    }

    /// <summary>
    /// Records the review of one of this meeting's commitments at a later held meeting of the same committee,
    /// with the status it leaves: one step per commitment. Allowed after this meeting's minutes are approved, but not
    /// once the minutes of <paramref name="at"/> are: they freeze the reviews recorded at that meeting too.
    /// </summary>
    /// <param name="commitmentId">The commitment, made at this meeting.</param>
    /// <param name="at">The later meeting at which it was reviewed.</param>
    /// <param name="status">The status after the review (open, done or dropped).</param>
    /// <param name="note">What was reported, or <see langword="null"/>.</param>
    /// <returns>The review.</returns>
    /// <exception cref="DomainException"><c>commitment.review-at-later-meeting</c> (other committee, not held, not later, already reviewed there, or earlier than the last review), <c>minutes.approved</c> (of <paramref name="at"/>) or <c>commitment.closed</c>.</exception>
    public CommitmentReview ReviewCommitment(CommitmentId commitmentId, Meeting at, CommitmentStatus status, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(at);
        Require.Defined(status, nameof(status));
        var checkedNote = Require.OptionalText(note, nameof(note), CommitmentReview.MaxNoteLength);
        var commitment = CommitmentWith(commitmentId);
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

        RequireReviewingDraft(at);
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

    /// <summary>
    /// Corrects the last review of one of this meeting's commitments, recorded at <paramref name="at"/>, while the
    /// minutes of that meeting are draft: the status it leaves and the note.
    /// </summary>
    /// <param name="commitmentId">The commitment, made at this meeting.</param>
    /// <param name="at">The meeting at which the review was recorded.</param>
    /// <param name="status">The status after the review.</param>
    /// <param name="note">What was reported, or <see langword="null"/>.</param>
    /// <exception cref="DomainException"><c>minutes.approved</c> (of the reviewing meeting) or <c>commitment.review-not-last</c>.</exception>
    /// <exception cref="ArgumentException">No review of the commitment was recorded at that meeting.</exception>
    public void CorrectReview(CommitmentId commitmentId, Meeting at, CommitmentStatus status, string? note)
    {
        ArgumentNullException.ThrowIfNull(at);
        Require.Defined(status, nameof(status));
        var checkedNote = Require.OptionalText(note, nameof(note), CommitmentReview.MaxNoteLength);
        var commitment = CommitmentWith(commitmentId);
        var review = LastReviewAt(commitment, at);
        commitment.CorrectLastReview(review, status, checkedNote);
    }

    /// <summary>
    /// Withdraws the last review of one of this meeting's commitments, recorded at <paramref name="at"/> by mistake,
    /// while the minutes of that meeting are draft; the commitment returns to the status the review before left
    /// (open when there is none).
    /// </summary>
    /// <param name="commitmentId">The commitment, made at this meeting.</param>
    /// <param name="at">The meeting at which the review was recorded.</param>
    /// <exception cref="DomainException"><c>minutes.approved</c> (of the reviewing meeting) or <c>commitment.review-not-last</c>.</exception>
    /// <exception cref="ArgumentException">No review of the commitment was recorded at that meeting.</exception>
    public void WithdrawReview(CommitmentId commitmentId, Meeting at)
    {
        ArgumentNullException.ThrowIfNull(at);
        var commitment = CommitmentWith(commitmentId);
        var review = LastReviewAt(commitment, at);
        commitment.WithdrawLastReview(review);
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

    private static void RequireStarted(Instant startsAt, Instant now)
    {
        if (now < startsAt)
        {
            var start = startsAt.InZone(TimeZone).LocalDateTime;
            var current = now.InZone(TimeZone).LocalDateTime;
            throw new DomainException(
                HeldBeforeStartRule,
                new Label(
                    $"Mbledhja fillon më {Sq.DateTime(start)}; ajo shënohet e zhvilluar vetëm pasi të ketë filluar (tani në Tiranë është {Sq.DateTime(current)}).",
                    $"The meeting starts on {start:yyyy-MM-dd HH:mm}; it is marked held only once it has started (it is now {current:yyyy-MM-dd HH:mm} in Tirana)."));
        }
    }

    private static DomainException DueBefore(LocalDate made, LocalDate due) =>
        new DomainException(
            DueBeforeMeetingRule,
            new Label(
                $"Një angazhim i marrë më {Sq.Date(made)} nuk mund të ketë afat më të hershëm, më {Sq.Date(due)}.",
                $"A commitment made on {made:yyyy-MM-dd} cannot be due earlier, on {due:yyyy-MM-dd}."));

    private static string? CheckGuest(OrganisationId? organisationId, string? description, int? count)
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

        return checkedDescription;
    }

    private static void RequireReviewingDraft(Meeting at)
    {
        if (at.Minutes == MinutesStatus.Approved)
        {
            throw new DomainException(
                MinutesApprovedRule,
                new Label(
                    $"Procesverbali i mbledhjes së {Sq.Date(at.Date)} është miratuar më {Sq.Date(at.MinutesApprovedOn)}; shqyrtimet e angazhimeve në atë mbledhje nuk ndryshojnë më.",
                    $"The minutes of the meeting of {at.Date:yyyy-MM-dd} were approved on {at.MinutesApprovedOn:yyyy-MM-dd}; the commitment reviews at that meeting no longer change."));
        }
    }

    private static CommitmentReview LastReviewAt(Commitment commitment, Meeting at)
    {
        var reviews = commitment.Reviews;
        var review = reviews.LastOrDefault(r => r.MeetingId == at.Id)
            ?? throw new ArgumentException("The commitment was not reviewed at that meeting.", nameof(at));
        RequireReviewingDraft(at);
        if (!ReferenceEquals(review, reviews[^1]))
        {
            throw new DomainException(
                ReviewNotLastRule,
                new Label(
                    $"Angazhimi u shqyrtua përsëri më {Sq.Date(reviews[^1].Date)}; shqyrtimi i {Sq.Date(review.Date)} nuk ndryshon më.",
                    $"The commitment was reviewed again on {reviews[^1].Date:yyyy-MM-dd}; the review of {review.Date:yyyy-MM-dd} no longer changes."));
        }

        return review;
    }

    private void RequireOwnCommittee(Committee committee)
    {
        ArgumentNullException.ThrowIfNull(committee);
        if (committee.Id != CommitteeId)
        {
            throw new ArgumentException("The committee is not the meeting's committee.", nameof(committee));
        }
    }

    private void RecordOne(Seat seat, SeatAttendance entry)
    {
        RequireHeldAndDraft(new Label("pjesëmarrja", "attendance"));
        CheckEntry(seat, entry, Date, null);
        _attendance.RemoveAll(a => a.SeatId == seat.Id);
        _attendance.Add(new Attendance(seat.Id, seat.OrganisationId, entry.Status, entry.Capacity, entry.PersonId));
    }

    private void RecordOne(CommitteeRoster roster, SeatAttendance entry)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (roster.CommitteeId != CommitteeId || roster.Body != Body || roster.Date != Date)
        {
            throw new ArgumentException("The roster is not of this meeting's committee, body and day.", nameof(roster));
        }

        RequireHeldAndDraft(new Label("pjesëmarrja", "attendance"));
        var line = roster.Seats.FirstOrDefault(s => s.SeatId == entry.SeatId)
            ?? throw new DomainException(
                SeatNotOnBodyRule,
                new Label(
                    $"Pjesëmarrja regjistrohet për vendet e organit të kësaj mbledhjeje („{Body.Label().Albanian}”) që janë në fuqi më {Sq.Date(Date)}; vendi {entry.SeatId} nuk është i tillë.",
                    $"Attendance is recorded for seats of this meeting's body ({Body.Label().English}) that run on {Date:yyyy-MM-dd}; seat {entry.SeatId} is not one."));
        if (entry is { PersonId: { } person, Capacity: { } capacity } && capacity != PresenceCapacity.Substitute
            && !line.Representatives.Any(r => r.PersonId == person && r.Capacity == (RepresentationCapacity)(int)capacity))
        {
            throw NotARepresentative(capacity, Date);
        }

        _attendance.RemoveAll(a => a.SeatId == line.SeatId);
        _attendance.Add(new Attendance(line.SeatId, line.OrganisationId, entry.Status, entry.Capacity, entry.PersonId));
    }

    private Seat CheckEntry(Committee committee, SeatAttendance entry, LocalDate day, IReadOnlyDictionary<PersonId, Person>? people)
    {
        if (committee.FindSeat(entry.SeatId) is not { } seat)
        {
            throw new DomainException(
                SeatNotOnBodyRule,
                new Label(
                    $"Komiteti nuk ka vend me identitetin {entry.SeatId}; pjesëmarrja regjistrohet për vendet e organit të kësaj mbledhjeje („{Body.Label().Albanian}”).",
                    $"The committee has no seat {entry.SeatId}; attendance is recorded for seats of this meeting's body ({Body.Label().English})."));
        }

        CheckEntry(seat, entry, day, people);
        return seat;
    }

    private void CheckEntry(Seat seat, SeatAttendance entry, LocalDate day, IReadOnlyDictionary<PersonId, Person>? people)
    {
        if (seat.CommitteeId != CommitteeId || seat.Body != Body || !seat.Term.Contains(day))
        {
            throw new DomainException(
                SeatNotOnBodyRule,
                new Label(
                    $"Pjesëmarrja regjistrohet për vendet e organit të kësaj mbledhjeje („{Body.Label().Albanian}”) që janë në fuqi më {Sq.Date(day)}; ky vend („{seat.Body.Label().Albanian}”, {Sq.Period(seat.Term)}) nuk është i tillë.",
                    $"Attendance is recorded for seats of this meeting's body ({Body.Label().English}) that run on {day:yyyy-MM-dd}; this seat ({seat.Body.Label().English}, {seat.Term}) is not one."));
        }

        if (entry is not { PersonId: { } person, Capacity: { } capacity })
        {
            return;
        }

        if (capacity != PresenceCapacity.Substitute)
        {
            var appointed = (RepresentationCapacity)(int)capacity;
            if (!seat.Representatives.Any(r => r.PersonId == person && r.Capacity == appointed && r.Term.Contains(day)))
            {
                throw NotARepresentative(capacity, day);
            }
        }
        else if (people is not null && !(people.TryGetValue(person, out var substitute) && substitute.Represents(seat.OrganisationId, day)))
        {
            throw new DomainException(
                SubstituteNotOfOrganisationRule,
                new Label(
                    $"Zëvendësuesi i një vendi është një person i organizatës që e mban vendin më {Sq.Date(day)}; personi i zgjedhur nuk njihet si i tillë.",
                    $"A substitute for a seat is a person of the organisation holding the seat on {day:yyyy-MM-dd}; the person chosen is not known as one."));
        }
    }

    private static DomainException NotARepresentative(PresenceCapacity capacity, LocalDate day) =>
        new(
            NotARepresentativeRule,
            new Label(
                $"Vetëm një person i emëruar „{capacity.Label().Albanian}” i vendit më {Sq.Date(day)} mund të marrë pjesë në këtë cilësi; çdo person tjetër regjistrojeni si zëvendësues.",
                $"Only a person appointed {capacity.Label().English.ToLowerInvariant()} of the seat on {day:yyyy-MM-dd} can attend in that capacity; record anyone else as a substitute."));

    private AgendaItem AgendaItemWith(AgendaItemId itemId, string parameterName = "itemId") =>
        _agenda.Find(i => i.Id == itemId) ?? throw new ArgumentException("The meeting has no such agenda item.", parameterName);

    private Decision DecisionWith(DecisionId decisionId) =>
        _decisions.Find(d => d.Id == decisionId) ?? throw new ArgumentException("The meeting has no such decision.", nameof(decisionId));

    private Commitment CommitmentWith(CommitmentId commitmentId) =>
        _commitments.Find(c => c.Id == commitmentId) ?? throw new ArgumentException("This meeting has no such commitment.", nameof(commitmentId));
}
