using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Meetings;

/// <summary>How a seat attended, as the attendance form offers it.</summary>
public enum AttendanceChoice
{
    PresentTitular = 1,
    PresentDeputy = 2,
    PresentSubstitute = 3,
    Excused = 4,
    Absent = 5,
}

/// <summary>
/// The secretary's workspace for one meeting: agenda, marking it held or cancelled, attendance per seat,
/// guests, decisions, commitments, reviews of earlier meetings' commitments, and approving the minutes. Each
/// form posts to its own handler with the meeting's version; a failed rule or a conflict is shown beside
/// that form with the input kept. After approval the domain refuses every change with its message.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class RecordModel(
    CurrentCommittee current,
    IRepository<Meeting> meetings,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people,
    IStringLocalizer<GovernanceText> texts,
    IClock clock) : PageModel
{
    public MeetingRecord Record { get; private set; } = null!;

    public IReadOnlyList<Seat> Seats { get; private set; } = [];

    public IReadOnlyList<OpenCommitment> EarlierCommitments { get; private set; } = [];

    /// <summary>The version of the meeting the forms were loaded with.</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public AgendaInput Agenda { get; set; } = new();

    [BindProperty]
    public AttendanceInput Attendance { get; set; } = new();

    [BindProperty]
    public GuestInput Guest { get; set; } = new();

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    [BindProperty]
    public CommitmentInput Commitment { get; set; } = new();

    [BindProperty]
    public CancelInput Cancellation { get; set; } = new();

    [BindProperty]
    public ApproveInput Approval { get; set; } = new();

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    public IEnumerable<SelectListItem> OrganisationChoices =>
        Record.Organisations.Values.OrderBy(o => o.SortKey, StringComparer.Ordinal)
            .Select(o => new SelectListItem(o.DisplayName(CultureInfo.CurrentUICulture), o.Id.Value.ToString()));

    public IEnumerable<SelectListItem> PersonChoices =>
        Record.People.Values.OrderBy(p => p.SortKey, StringComparer.Ordinal)
            .Select(p => new SelectListItem(p.ToString(), p.Id.Value.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Record.Meeting.Version;
        Approval.On = GovernanceFormat.Today(clock).ToDateOnly();
        Approval.ByPersonId = Record.Meeting.Chair?.PersonId.Value;
        return Page();
    }

    public Task<IActionResult> OnPostAgendaAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, nameof(Agenda), meeting => meeting.AddAgendaItem(Agenda.Title, Blank(Agenda.Notes), null, Agenda.ParentId), cancellationToken);

    public Task<IActionResult> OnPostHeldAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Held", meeting => meeting.MarkHeld(clock.GetCurrentInstant()), cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, nameof(Cancellation), meeting => meeting.Cancel(Cancellation.Reason ?? string.Empty), cancellationToken);

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, nameof(Attendance), meeting =>
        {
            var seat = Seats.FirstOrDefault(s => s.Id.Value == Attendance.SeatId)
                ?? throw new ArgumentException(texts["Record.UnknownSeat"]);
            var person = Attendance.PersonId is { } p ? new PersonId(p) : (PersonId?)null;
            switch (Attendance.Choice)
            {
                case AttendanceChoice.PresentTitular:
                    meeting.RecordPresent(seat, PresenceCapacity.Titular, person);
                    break;
                case AttendanceChoice.PresentDeputy:
                    meeting.RecordPresent(seat, PresenceCapacity.Deputy, person);
                    break;
                case AttendanceChoice.PresentSubstitute:
                    meeting.RecordPresent(seat, PresenceCapacity.Substitute, person);
                    break;
                case AttendanceChoice.Excused:
                    meeting.RecordExcused(seat);
                    break;
                default:
                    meeting.RecordAbsent(seat);
                    break;
            }
        }, cancellationToken);

    public Task<IActionResult> OnPostGuestAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, nameof(Guest), meeting => meeting.RecordGuest(
            Guest.OrganisationId is { } o ? new OrganisationId(o) : null, Blank(Guest.Description), Guest.Count), cancellationToken);

    public Task<IActionResult> OnPostDecisionAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, nameof(Decision), meeting => meeting.RecordDecision(Decision.Kind!.Value, Decision.Text), cancellationToken);

    public Task<IActionResult> OnPostCommitmentAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, nameof(Commitment), meeting => meeting.RecordCommitment(
            Commitment.What,
            new OrganisationId(Commitment.OwnerId!.Value),
            Commitment.Due is { } due ? LocalDate.FromDateOnly(due) : null), cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, nameof(Approval), meeting => meeting.ApproveMinutes(
            LocalDate.FromDateOnly(Approval.On!.Value), new PersonId(Approval.ByPersonId!.Value)), cancellationToken);

    /// <summary>Reviews a commitment of an earlier meeting at this one: the earlier meeting is what changes.</summary>
    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        KeepOnly(nameof(Review));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var earlier = await meetings.FirstOrDefaultAsync(new MeetingRecordSpec(new MeetingId(Review.MeetingId!.Value)), cancellationToken);
            if (earlier is null || earlier.CommitteeId != Record.Committee.Id)
            {
                return NotFound();
            }

            var version = earlier.Version;
            earlier.ReviewCommitment(new CommitmentId(Review.CommitmentId!.Value), Record.Meeting, Review.Status!.Value, Blank(Review.Note));
            await meetings.UpdateAsync(earlier, version, cancellationToken);
            return RedirectToPage(new { id });
        }
        catch (Exception exception) when (ModelState.TryShow(exception, texts, nameof(Review)))
        {
            return Page();
        }
    }

    private async Task<IActionResult> ChangeAsync(Guid id, string form, Action<Meeting> verb, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        KeepOnly(form);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            verb(Record.Meeting);
            await meetings.UpdateAsync(Record.Meeting, Version, cancellationToken);
            return RedirectToPage(new { id });
        }
        catch (Exception exception) when (ModelState.TryShow(exception, texts, form))
        {
            return Page();
        }
    }

    /// <summary>Drops the validation of the forms that were not posted (every input model is bound on each post).</summary>
    private void KeepOnly(string form)
    {
        foreach (var key in ModelState.Keys.Where(k => k != nameof(Version) && !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await MeetingRecord.LoadAsync(id, current, meetings, organisations, people, cancellationToken) is not { } record)
        {
            return false;
        }

        Record = record;
        Seats = record.Committee.SeatsOn(record.Meeting.Body, record.Meeting.Date);
        EarlierCommitments = (await meetings.ListAsync(new OpenCommitmentsByOwnerSpec(record.Committee.Id, record.Meeting.Date), cancellationToken))
            .Where(c => c.MeetingId != record.Meeting.Id && c.MeetingDate < record.Meeting.Date)
            .ToList();
        return true;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public sealed class AgendaInput
    {
        [Required(ErrorMessage = "Validation.RequiredValue")]
        [StringLength(AgendaItem.MaxTitleLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Title")]
        public string Title { get; set; } = string.Empty;

        [StringLength(AgendaItem.MaxNotesLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Notes")]
        public string? Notes { get; set; }

        public Guid? ParentId { get; set; }
    }

    public sealed class AttendanceInput
    {
        [Required(ErrorMessage = "Validation.RequiredValue")]
        public Guid? SeatId { get; set; }

        [Required(ErrorMessage = "Validation.RequiredValue")]
        public AttendanceChoice? Choice { get; set; }

        public Guid? PersonId { get; set; }
    }

    public sealed class GuestInput
    {
        public Guid? OrganisationId { get; set; }

        [StringLength(Domain.Meetings.Guest.MaxDescriptionLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Description")]
        public string? Description { get; set; }

        [Range(1, 10000, ErrorMessage = "Validation.ValueIsInvalid")]
        public int? Count { get; set; }
    }

    public sealed class DecisionInput
    {
        [Required(ErrorMessage = "Validation.RequiredValue")]
        public DecisionKind? Kind { get; set; } = DecisionKind.Recommendation;

        [Required(ErrorMessage = "Validation.RequiredValue")]
        [StringLength(Domain.Meetings.Decision.MaxTextLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Text")]
        public string Text { get; set; } = string.Empty;
    }

    public sealed class CommitmentInput
    {
        [Required(ErrorMessage = "Validation.RequiredValue")]
        [StringLength(Domain.Meetings.Commitment.MaxWhatLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.What")]
        public string What { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.RequiredValue")]
        public Guid? OwnerId { get; set; }

        public DateOnly? Due { get; set; }
    }

    public sealed class CancelInput
    {
        [StringLength(Meeting.MaxReasonLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Reason")]
        public string? Reason { get; set; }
    }

    public sealed class ApproveInput
    {
        [Required(ErrorMessage = "Validation.RequiredValue")]
        public DateOnly? On { get; set; }

        [Required(ErrorMessage = "Validation.RequiredValue")]
        public Guid? ByPersonId { get; set; }
    }

    public sealed class ReviewInput
    {
        [Required(ErrorMessage = "Validation.RequiredValue")]
        public Guid? MeetingId { get; set; }

        [Required(ErrorMessage = "Validation.RequiredValue")]
        public Guid? CommitmentId { get; set; }

        [Required(ErrorMessage = "Validation.RequiredValue")]
        public CommitmentStatus? Status { get; set; }

        [StringLength(CommitmentReview.MaxNoteLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Note")]
        public string? Note { get; set; }
    }
}
