using System.ComponentModel.DataAnnotations;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Krat.Web.Pages.Meetings;

/// <summary>Plans a meeting of the committee being viewed: body, kind, day, start and end in Tirana, place, title.</summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class CreateModel(
    CurrentCommittee current,
    IRepository<Meeting> meetings,
    FormErrors errors,
    IClock clock) : PageModel
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public Domain.Committees.Committee Committee { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } committee)
        {
            return NotFound();
        }

        Committee = committee;
        Input = new InputModel { Date = Albania.Today(clock).ToDateOnly() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
        if (await current.GetAsync(cancellationToken) is not { } committee)
        {
            return NotFound();
        }

        Committee = committee;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var day = LocalDate.FromDateOnly(Input.Date!.Value);
            var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = committee.Id, Body = Input.Body!.Value, Kind = Input.Kind!.Value, Start = day.At(LocalTime.FromTimeOnly(Input.Start!.Value)), End = day.At(LocalTime.FromTimeOnly(Input.End!.Value)), Place = Input.Place, Title = string.IsNullOrWhiteSpace(Input.Title) ? null : Input.Title });
            await meetings.AddAsync(meeting, cancellationToken);
            await meetings.SaveChangesAsync(cancellationToken);
            return RedirectToPage("/Meetings/Record", new { id = meeting.Id.Value });
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception))
        {
            return Page();
        }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Body")]
        public CommitteeBody? Body { get; set; } = CommitteeBody.Committee;

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Kind")]
        public MeetingKind? Kind { get; set; } = MeetingKind.Regular;

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Date")]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Start")]
        public TimeOnly? Start { get; set; } = new(10, 0);

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.End")]
        public TimeOnly? End { get; set; } = new(12, 0);

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(Meeting.MaxPlaceLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Place")]
        public string Place { get; set; } = string.Empty;

        [StringLength(Meeting.MaxTitleLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Title")]
        public string? Title { get; set; }
    }
}
