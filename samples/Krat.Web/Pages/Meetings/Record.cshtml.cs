using System.ComponentModel.DataAnnotations;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Meetings;

/// <summary>How a seat attended, as the attendance grid offers it.</summary>
public enum AttendanceChoice
{
    PresentTitular = 1,
    PresentDeputy = 2,
    PresentSubstitute = 3,
    Excused = 4,
    Absent = 5,
}

/// <summary>
/// The secretary's workspace for one meeting. It shows only what the meeting's state allows: a planned meeting
/// its details, agenda, cancellation and (from its start on) "held"; a held meeting with draft minutes every
/// part of its record, each correctable or removable; approved minutes and cancelled meetings read-only. Each
/// form posts to its own handler, which binds that form alone (<see cref="BindAttribute.Prefix"/>) with the
/// meeting's version; after a save the page comes back at that form (<c>?saved=form#form</c>) with a
/// confirmation, and a refused verb shows its message beside the form with what was typed.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class RecordModel(
    CurrentCommittee current,
    IRepository<Meeting> meetings,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people,
    IStringLocalizer<GovernanceText> texts,
    FormErrors errors,
    IClock clock) : PageModel
{
    /// <summary>The most organisations a picker lists before the visitor narrows it with a search.</summary>
    public const int PickerSize = 60;

    public MeetingRecord Record { get; private set; } = null!;

    /// <summary>The body's open commitments of earlier meetings, and those reviewed at this one.</summary>
    public IReadOnlyList<CommitmentToReview> EarlierCommitments { get; private set; } = [];

    /// <summary>The body's last meeting before this one, whose agenda a planned meeting can start from.</summary>
    public MeetingId? LastMeeting { get; private set; }

    /// <summary>The organisations the pickers offer: the committee's county and the central ones, narrowed by <see cref="Find"/>.</summary>
    public IReadOnlyList<OrganisationNames> OrganisationChoices { get; private set; } = [];

    /// <summary>Whether there are more organisations than the pickers list (the search narrows them).</summary>
    public bool MoreOrganisations { get; private set; }

    /// <summary>The people of the seats' organisations (who can come for a seat, present an item, approve).</summary>
    public IReadOnlyList<PersonOfOrganisation> SeatPeople { get; private set; } = [];

    /// <summary>The version of the meeting the forms were loaded with.</summary>
    public int Version { get; private set; }

    /// <summary>The form that was saved just before (confirmation shown beside it), from <c>?saved=</c>.</summary>
    [FromQuery(Name = "saved")]
    public string? Saved { get; set; }

    /// <summary>The part being corrected (<c>?edit=agenda-{id}</c>): only its form is shown.</summary>
    [FromQuery(Name = "edit")]
    public string? Edit { get; set; }

    /// <summary>The text narrowing the organisation pickers (<c>?org=</c>), diacritics ignored.</summary>
    [FromQuery(Name = "org")]
    public string? Find { get; set; }

    /// <summary>Whether the attendance grid is pre-filled with everyone present as titular (<c>?fill=titular</c>), not yet saved.</summary>
    [FromQuery(Name = "fill")]
    public string? Fill { get; set; }

    public DetailsInput Details { get; private set; } = new();

    public AgendaInput Agenda { get; private set; } = new();

    public AgendaInput AgendaEdit { get; private set; } = new();

    public AttendanceRow[] Grid { get; private set; } = [];

    public GuestInput Guest { get; private set; } = new();

    public GuestInput GuestEdit { get; private set; } = new();

    public DecisionInput DecisionEdit { get; private set; } = new();

    public CommitmentInput CommitmentEdit { get; private set; } = new();

    public DecisionInput Decision { get; private set; } = new();

    public CommitmentInput Commitment { get; private set; } = new();

    public CancelInput Cancellation { get; private set; } = new();

    public ApproveInput Approval { get; private set; } = new();

    public ReviewInput Review { get; private set; } = new();

    /// <summary>Planned: details, agenda, cancellation, review of earlier commitments.</summary>
    public bool IsPlanned => Record.Meeting.State == MeetingState.Planned;

    /// <summary>Held with draft minutes: every part recorded and correctable.</summary>
    public bool IsDraft => Record.Meeting.State == MeetingState.Held && Record.Meeting.Minutes == MinutesStatus.Draft;

    /// <summary>Approved minutes or a cancelled meeting: nothing changes any more.</summary>
    public bool IsClosed => !IsPlanned && !IsDraft;

    /// <summary>Whether the meeting's start has come (Europe/Tirane), so it can be marked held.</summary>
    public bool HasStarted => clock.GetCurrentInstant() >= Record.Meeting.StartsAt;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var meeting = Record.Meeting;
        var (part, itemId) = Edit?.Split('-', 2) is [var p, var i] && Guid.TryParse(i, out var g) ? (p, g) : (string.Empty, Guid.Empty);
        switch (part)
        {
            case "agenda" when meeting.Agenda.FirstOrDefault(x => x.Id.Value == itemId) is { } item:
                AgendaEdit = AgendaInput.Of(item);
                break;
            case "guest" when meeting.Guests.FirstOrDefault(x => x.Id.Value == itemId) is { } guest:
                GuestEdit = new GuestInput { ItemId = guest.Id.Value, OrganisationId = guest.OrganisationId?.Value, Description = guest.Description, Count = guest.Count };
                break;
            case "decision" when meeting.Decisions.FirstOrDefault(x => x.Id.Value == itemId) is { } decision:
                DecisionEdit = new DecisionInput { ItemId = decision.Id.Value, Kind = decision.Kind, Text = decision.Text };
                break;
            case "commitment" when meeting.Commitments.FirstOrDefault(x => x.Id.Value == itemId) is { } commitment:
                CommitmentEdit = new CommitmentInput { ItemId = commitment.Id.Value, What = commitment.What, OwnerId = commitment.OwnerId.Value, Due = commitment.Due?.ToDateOnly() };
                break;
        }

        return Page();
    }

    public Task<IActionResult> OnPostDetailsAsync(Guid id, int version, [Bind(Prefix = nameof(Details))] DetailsInput input, CancellationToken cancellationToken)
    {
        Details = input;
        return ChangeAsync(id, version, nameof(Details), meeting =>
        {
            var day = LocalDate.FromDateOnly(input.Date!.Value);
            var (start, end) = (day.At(LocalTime.FromTimeOnly(input.Start!.Value)), day.At(LocalTime.FromTimeOnly(input.End!.Value)));
            if (meeting.State == MeetingState.Planned)
            {
                meeting.Reschedule(start, end, input.Place, Blank(input.Title));
            }
            else
            {
                meeting.CorrectDetails(Record.Committee, start, end, input.Place, Blank(input.Title), clock.GetCurrentInstant());
            }
        }, cancellationToken);
    }

    public Task<IActionResult> OnPostHeldAsync(Guid id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, "Held", meeting => meeting.MarkHeld(clock.GetCurrentInstant()), cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, int version, [Bind(Prefix = nameof(Cancellation))] CancelInput input, CancellationToken cancellationToken)
    {
        Cancellation = input;
        return ChangeAsync(id, version, nameof(Cancellation), meeting => meeting.Cancel(input.Reason ?? string.Empty), cancellationToken);
    }

    public Task<IActionResult> OnPostAgendaAsync(Guid id, int version, [Bind(Prefix = nameof(Agenda))] AgendaInput input, CancellationToken cancellationToken)
    {
        Agenda = input;
        return ChangeAsync(id, version, nameof(Agenda), meeting => meeting.AddAgendaItem(input.Title, Blank(input.Notes), Presenter(input.Presenter), AgendaItemOf(input.ParentId)), cancellationToken);
    }

    public Task<IActionResult> OnPostReviseAgendaAsync(Guid id, int version, [Bind(Prefix = nameof(AgendaEdit))] AgendaInput input, CancellationToken cancellationToken)
    {
        AgendaEdit = input;
        Edit = $"agenda-{input.ItemId}";
        return ChangeAsync(id, version, nameof(Agenda), meeting => meeting.ReviseAgendaItem(new AgendaItemId(input.ItemId ?? Guid.Empty), input.Title, Blank(input.Notes), Presenter(input.Presenter)), cancellationToken, errorKey: nameof(AgendaEdit));
    }

    public Task<IActionResult> OnPostMoveAgendaAsync(Guid id, int version, Guid item, int position, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, nameof(Agenda), meeting => meeting.MoveAgendaItem(new AgendaItemId(item), position), cancellationToken);

    /// <summary>
    /// Nests an agenda item under another (as its last sub-item: "→" nests it under the item before it), or takes
    /// it out to its parent's level (<paramref name="parent"/> the parent's own parent), where it comes right after
    /// the item it was under: "6.1" becomes "7".
    /// </summary>
    public Task<IActionResult> OnPostNestAgendaAsync(Guid id, int version, Guid item, Guid? parent, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, nameof(Agenda), meeting =>
        {
            var (itemId, parentId) = (new AgendaItemId(item), AgendaItemOf(parent));
            var formerParent = meeting.Agenda.FirstOrDefault(i => i.Id == itemId)?.ParentId is { } above ? meeting.Agenda.First(i => i.Id == above) : null;
            meeting.NestAgendaItem(itemId, parentId);
            if (formerParent is not null && formerParent.ParentId == parentId)
            {
                meeting.MoveAgendaItem(itemId, formerParent.Position + 1);
            }
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAgendaAsync(Guid id, int version, Guid item, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, nameof(Agenda), meeting => meeting.RemoveAgendaItem(new AgendaItemId(item)), cancellationToken);

    /// <summary>Copies the agenda of the body's last meeting before this one (titles and structure) into this planned meeting.</summary>
    public async Task<IActionResult> OnPostCopyAgendaAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var last = LastMeeting is { } lastId ? await meetings.FirstOrDefaultAsync(new MeetingRecordSpec(lastId), cancellationToken) : null;
        return await ChangeAsync(id, version, nameof(Agenda), meeting =>
        {
            _ = meeting.CopyAgendaFrom(last ?? throw new DomainArgumentException(texts["Record.NoLastMeeting"]), withPresenters: true);
        }, cancellationToken);
    }

    /// <summary>Records the whole grid at once: one post, one save; a refused row refuses the grid and nothing is saved.</summary>
    public Task<IActionResult> OnPostAttendanceAsync(Guid id, int version, [Bind(Prefix = nameof(Grid))] AttendanceRow[] rows, CancellationToken cancellationToken)
    {
        Grid = rows ?? [];
        return ChangeAsync(id, version, "Attendance", async meeting =>
        {
            var entries = new List<SeatAttendance>();
            foreach (var row in Grid.Where(r => r.Choice is not null))
            {
                var seat = new SeatId(row.SeatId);
                var person = row.PersonId is { } p ? new PersonId(p) : (PersonId?)null;
                entries.Add(row.Choice switch
                {
                    AttendanceChoice.PresentTitular => SeatAttendance.Present(seat, PresenceCapacity.Titular, person),
                    AttendanceChoice.PresentDeputy => SeatAttendance.Present(seat, PresenceCapacity.Deputy, person),
                    AttendanceChoice.PresentSubstitute => SeatAttendance.Present(seat, PresenceCapacity.Substitute, person),
                    AttendanceChoice.Excused => SeatAttendance.Excused(seat),
                    _ => SeatAttendance.Absent(seat),
                });
            }

            // A named substitute is checked against the people it represents: load only those named as substitutes.
            var substitutes = new List<Person>();
            foreach (var named in entries.Where(e => e.Capacity == PresenceCapacity.Substitute && e.PersonId is not null).Select(e => e.PersonId!.Value).Distinct())
            {
                if (await people.GetByIdAsync(named, cancellationToken) is { } person)
                {
                    substitutes.Add(person);
                }
            }

            meeting.RecordAttendance(Record.Committee, entries, substitutes);
        }, cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveAttendanceAsync(Guid id, int version, Guid seat, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, "Attendance", meeting => meeting.RemoveAttendance(new SeatId(seat)), cancellationToken);

    public Task<IActionResult> OnPostGuestAsync(Guid id, int version, [Bind(Prefix = nameof(Guest))] GuestInput input, CancellationToken cancellationToken)
    {
        Guest = input;
        return ChangeAsync(id, version, nameof(Guest), meeting => meeting.RecordGuest(
            input.OrganisationId is { } o ? new OrganisationId(o) : null, Blank(input.Description), input.Count), cancellationToken);
    }

    public Task<IActionResult> OnPostDecisionAsync(Guid id, int version, [Bind(Prefix = nameof(Decision))] DecisionInput input, CancellationToken cancellationToken)
    {
        Decision = input;
        return ChangeAsync(id, version, nameof(Decision), meeting => meeting.RecordDecision(input.Kind!.Value, input.Text), cancellationToken);
    }

    public Task<IActionResult> OnPostCommitmentAsync(Guid id, int version, [Bind(Prefix = nameof(Commitment))] CommitmentInput input, CancellationToken cancellationToken)
    {
        Commitment = input;
        return ChangeAsync(id, version, nameof(Commitment), meeting => meeting.RecordCommitment(
            input.What,
            new OrganisationId(input.OwnerId!.Value),
            input.Due is { } due ? LocalDate.FromDateOnly(due) : null), cancellationToken);
    }

    public Task<IActionResult> OnPostCorrectGuestAsync(Guid id, int version, [Bind(Prefix = nameof(GuestEdit))] GuestInput input, CancellationToken cancellationToken)
    {
        GuestEdit = input;
        Edit = $"guest-{input.ItemId}";
        return ChangeAsync(id, version, nameof(Guest), meeting => meeting.CorrectGuest(
            new GuestId(input.ItemId ?? Guid.Empty), input.OrganisationId is { } o ? new OrganisationId(o) : null, Blank(input.Description), input.Count), cancellationToken, errorKey: nameof(GuestEdit));
    }

    public Task<IActionResult> OnPostRemoveGuestAsync(Guid id, int version, Guid item, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, nameof(Guest), meeting => meeting.RemoveGuest(new GuestId(item)), cancellationToken);

    public Task<IActionResult> OnPostCorrectDecisionAsync(Guid id, int version, [Bind(Prefix = nameof(DecisionEdit))] DecisionInput input, CancellationToken cancellationToken)
    {
        DecisionEdit = input;
        Edit = $"decision-{input.ItemId}";
        return ChangeAsync(id, version, nameof(Decision), meeting => meeting.CorrectDecision(new DecisionId(input.ItemId ?? Guid.Empty), input.Kind!.Value, input.Text), cancellationToken, errorKey: nameof(DecisionEdit));
    }

    public Task<IActionResult> OnPostRemoveDecisionAsync(Guid id, int version, Guid item, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, nameof(Decision), meeting => meeting.RemoveDecision(new DecisionId(item)), cancellationToken);

    public Task<IActionResult> OnPostCorrectCommitmentAsync(Guid id, int version, [Bind(Prefix = nameof(CommitmentEdit))] CommitmentInput input, CancellationToken cancellationToken)
    {
        CommitmentEdit = input;
        Edit = $"commitment-{input.ItemId}";
        return ChangeAsync(id, version, nameof(Commitment), meeting => meeting.CorrectCommitment(
            new CommitmentId(input.ItemId ?? Guid.Empty), input.What, new OrganisationId(input.OwnerId!.Value), input.Due is { } due ? LocalDate.FromDateOnly(due) : null), cancellationToken, errorKey: nameof(CommitmentEdit));
    }

    public Task<IActionResult> OnPostRemoveCommitmentAsync(Guid id, int version, Guid item, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, nameof(Commitment), meeting => meeting.RemoveCommitment(new CommitmentId(item)), cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, int version, [Bind(Prefix = nameof(Approval))] ApproveInput input, CancellationToken cancellationToken)
    {
        Approval = input;
        return ChangeAsync(id, version, nameof(Approval), meeting => meeting.ApproveMinutes(
            LocalDate.FromDateOnly(input.On!.Value), new PersonId(input.ByPersonId!.Value)), cancellationToken);
    }

    /// <summary>Reviews a commitment of an earlier meeting at this one: the earlier meeting is what changes.</summary>
    public async Task<IActionResult> OnPostReviewAsync(Guid id, [Bind(Prefix = nameof(Review))] ReviewInput input, CancellationToken cancellationToken, bool withdraw = false)
    {
        Review = input;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var earlier = await meetings.FirstOrDefaultAsync(new MeetingRecordSpec(new MeetingId(input.MeetingId!.Value)), cancellationToken);
            if (earlier is null || earlier.CommitteeId != Record.Committee.Id)
            {
                ModelState.AddModelError(nameof(Review), texts["Record.UnknownMeeting"]);
                return Page();
            }

            var version = earlier.Version;
            var commitment = new CommitmentId(input.CommitmentId!.Value);
            if (withdraw)
            {
                earlier.WithdrawReview(commitment, Record.Meeting);
            }
            else if (EarlierCommitments.Any(c => c.CommitmentId == commitment && c.ReviewedHere))
            {
                earlier.CorrectReview(commitment, Record.Meeting, input.Status!.Value, Blank(input.Note));
            }
            else
            {
                earlier.ReviewCommitment(commitment, Record.Meeting, input.Status!.Value, Blank(input.Note));
            }

            await meetings.UpdateAsync(earlier, version, cancellationToken);
            await meetings.SaveChangesAsync(cancellationToken);
            return Saved_(id, nameof(Review));
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception, nameof(Review)))
        {
            return Page();
        }
    }

    private Task<IActionResult> ChangeAsync(Guid id, int version, string form, Action<Meeting> verb, CancellationToken cancellationToken, string? errorKey = null) =>
        ChangeAsync(id, version, form, meeting =>
        {
            verb(meeting);
            return Task.CompletedTask;
        }, cancellationToken, errorKey);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, string form, Func<Meeting, Task> verb, CancellationToken cancellationToken, string? errorKey = null)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = version;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await verb(Record.Meeting);
            await meetings.UpdateAsync(Record.Meeting, version, cancellationToken);
            await meetings.SaveChangesAsync(cancellationToken);
            return Saved_(id, form);
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception, errorKey ?? form))
        {
            // The verb may have changed the loaded aggregate before it refused: show what is saved.
            await LoadAsync(id, cancellationToken);
            Version = version;
            return Page();
        }
    }

    /// <summary>Back to the page, at the form that was posted, with its confirmation (and the county viewed, for administrators).</summary>
    private RedirectToPageResult Saved_(Guid id, string form) =>
        RedirectToPage(null, null, new { id, qark = Qark, saved = form }, Anchor(form));

    /// <summary>The county viewed (<c>?qark=</c>, administrators), kept on every form, link and redirect of the page.</summary>
    public string? Qark => Request.Qark();

    /// <summary>The address of this page at a section, with the county viewed and optional query values.</summary>
    /// <param name="section">The section's anchor ("agenda", "guest").</param>
    /// <param name="edit">The part whose correction form is shown (<c>?edit=</c>).</param>
    /// <param name="fill">The attendance pre-filled (<c>?fill=</c>).</param>
    public string Here(string section, string? edit = null, string? fill = null) =>
        Url.Page("/Meetings/Record", null, new { id = Record.Meeting.Id.Value, qark = Qark, edit, fill }, null, null, section)!;

    /// <summary>The fragment of a form's section on the page.</summary>
    public static string Anchor(string form) => form.ToLowerInvariant();

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await MeetingRecord.LoadAsync(id, current, meetings, organisations, people, cancellationToken) is not { } record)
        {
            return false;
        }

        Record = record;
        Version = record.Meeting.Version;
        FillDefaults(posted: Posted);
        var meeting = record.Meeting;
        EarlierCommitments = meeting.Minutes == MinutesStatus.Approved || meeting.State == MeetingState.Cancelled
            ? []
            : await meetings.ListAsync(new CommitmentsToReviewSpec(meeting), cancellationToken);
        if (IsClosed)
        {
            return true;
        }

        if (meeting.State == MeetingState.Planned)
        {
            var earlier = await meetings.ListAsync(new CommitteeMeetingsInPeriodSpec(record.Committee.Id, new DateInterval(meeting.Date.PlusYears(-2), meeting.Date), 0, 200, meeting.Body, null, MeetingState.Held), cancellationToken);
            LastMeeting = earlier.Where(m => m.StartsAt < meeting.StartsAt).MaxBy(m => m.StartsAt)?.Id;
        }

        var choices = await organisations.ListAsync(new OrganisationChoicesSpec(record.Committee.County, Find, PickerSize + 1), cancellationToken);
        MoreOrganisations = choices.Count > PickerSize;
        OrganisationChoices = [.. choices.Take(PickerSize)];
        SeatPeople = await people.ListAsync(new PeopleOfOrganisationsSpec([.. record.Seats.Select(s => s.OrganisationId)]), cancellationToken);
        await record.AddNamesAsync(organisations, people, EarlierCommitments.Select(c => c.OwnerId), [], cancellationToken);
        return true;
    }

    /// <summary>The form of the current post (its input is kept as typed), from the handler's name.</summary>
    private string? Posted => HttpMethods.IsPost(Request.Method) ? Request.Query["handler"].ToString() : null;

    /// <summary>What the forms show before anything is typed, for every form but the one posted.</summary>
    private void FillDefaults(string? posted)
    {
        if (posted != "Details")
        {
            Details = DetailsInput.Of(Record.Meeting);
        }

        if (posted != "Attendance")
        {
            Grid = [.. Record.Seats.Select(seat => AttendanceRow.Of(seat, Record.Meeting, Fill == "titular"))];
        }

        if (posted != "Approve")
        {
            Approval = new ApproveInput { On = Albania.Today(clock).ToDateOnly(), ByPersonId = Record.Meeting.Chair?.PersonId.Value };
        }
    }

    private static PersonForOrganisation? Presenter(string? value) =>
        value?.Split('|') is [var person, var organisation] && Guid.TryParse(person, out var p) && Guid.TryParse(organisation, out var o)
            ? PersonForOrganisation.Of(new PersonId(p), new OrganisationId(o))
            : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static AgendaItemId? AgendaItemOf(Guid? id) => id is { } value ? new AgendaItemId(value) : null;

    /// <summary>The meeting's time, place and title (rescheduled while planned).</summary>
    public sealed class DetailsInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Date")]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Start")]
        public TimeOnly? Start { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.End")]
        public TimeOnly? End { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(Meeting.MaxPlaceLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Place")]
        public string Place { get; set; } = string.Empty;

        [StringLength(Meeting.MaxTitleLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Title")]
        public string? Title { get; set; }

        public static DetailsInput Of(Meeting meeting) => new()
        {
            Date = meeting.Date.ToDateOnly(),
            Start = meeting.Start.TimeOfDay.ToTimeOnly(),
            End = meeting.End.TimeOfDay.ToTimeOnly(),
            Place = meeting.Place,
            Title = meeting.Title,
        };
    }

    public sealed class AgendaInput
    {
        /// <summary>The item corrected (empty when adding).</summary>
        public Guid? ItemId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(AgendaItem.MaxTitleLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Title")]
        public string Title { get; set; } = string.Empty;

        [StringLength(AgendaItem.MaxNotesLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Notes")]
        public string? Notes { get; set; }

        public Guid? ParentId { get; set; }

        /// <summary>Who presents it, as "person|organisation", or empty.</summary>
        public string? Presenter { get; set; }

        public static AgendaInput Of(AgendaItem item) => new()
        {
            ItemId = item.Id.Value,
            Title = item.Title,
            Notes = item.Notes,
            ParentId = item.ParentId?.Value,
            Presenter = item.Presenter is { } p ? $"{p.PersonId.Value}|{p.OrganisationId.Value}" : null,
        };
    }

    /// <summary>One seat's row of the attendance grid.</summary>
    public sealed class AttendanceRow
    {
        public Guid SeatId { get; set; }

        /// <summary>How the seat attended; empty leaves the seat as it is (not recorded yet, or as recorded).</summary>
        public AttendanceChoice? Choice { get; set; }

        public Guid? PersonId { get; set; }

        /// <summary>The row as recorded, or (when <paramref name="titular"/>) present as titular with the seat's titular of the day.</summary>
        public static AttendanceRow Of(Seat seat, Meeting meeting, bool titular)
        {
            if (titular)
            {
                var holder = seat.RepresentativesOn(meeting.Date).FirstOrDefault(r => r.Capacity == RepresentationCapacity.Titular);
                return new AttendanceRow { SeatId = seat.Id.Value, Choice = AttendanceChoice.PresentTitular, PersonId = holder?.PersonId.Value };
            }

            var entry = meeting.Attendance.FirstOrDefault(a => a.SeatId == seat.Id);
            return new AttendanceRow
            {
                SeatId = seat.Id.Value,
                PersonId = entry?.PersonId?.Value,
                Choice = entry switch
                {
                    null => null,
                    { Status: AttendanceStatus.Excused } => AttendanceChoice.Excused,
                    { Status: AttendanceStatus.Absent } => AttendanceChoice.Absent,
                    { Capacity: PresenceCapacity.Deputy } => AttendanceChoice.PresentDeputy,
                    { Capacity: PresenceCapacity.Substitute } => AttendanceChoice.PresentSubstitute,
                    _ => AttendanceChoice.PresentTitular,
                },
            };
        }
    }

    public sealed class GuestInput
    {
        /// <summary>The guest corrected (empty when adding).</summary>
        public Guid? ItemId { get; set; }

        public Guid? OrganisationId { get; set; }

        [StringLength(Domain.Meetings.Guest.MaxDescriptionLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Description")]
        public string? Description { get; set; }

        [Range(1, 10000, ErrorMessage = "Validation.Range")]
        [Display(Name = "Field.GuestCount")]
        public int? Count { get; set; }
    }

    public sealed class DecisionInput
    {
        /// <summary>The decision corrected (empty when adding).</summary>
        public Guid? ItemId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Kind")]
        public DecisionKind? Kind { get; set; } = DecisionKind.Recommendation;

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(Domain.Meetings.Decision.MaxTextLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Text")]
        public string Text { get; set; } = string.Empty;
    }

    public sealed class CommitmentInput
    {
        /// <summary>The commitment corrected (empty when adding).</summary>
        public Guid? ItemId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(Domain.Meetings.Commitment.MaxWhatLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.What")]
        public string What { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Owner")]
        public Guid? OwnerId { get; set; }

        public DateOnly? Due { get; set; }
    }

    public sealed class CancelInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(Meeting.MaxReasonLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Reason")]
        public string? Reason { get; set; }
    }

    public sealed class ApproveInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.ApprovedOn")]
        public DateOnly? On { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.ApprovedBy")]
        public Guid? ByPersonId { get; set; }
    }

    public sealed class ReviewInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Meeting")]
        public Guid? MeetingId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Commitment")]
        public Guid? CommitmentId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Status")]
        public CommitmentStatus? Status { get; set; }

        [StringLength(CommitmentReview.MaxNoteLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Note")]
        public string? Note { get; set; }
    }
}
