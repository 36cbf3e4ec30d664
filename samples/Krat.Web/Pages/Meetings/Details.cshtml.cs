using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Meetings;

/// <summary>
/// A meeting: time and place, and its record (agenda, attendance, guests, decisions, commitments with reviews).
/// The public sees planned and cancelled meetings without a record, and the record of approved minutes only;
/// signed-in users see drafts too. Another committee's meeting answers 404.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(
    CurrentCommittee current,
    IReadRepository<Meeting> meetings,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people) : PageModel
{
    public MeetingRecord Record { get; private set; } = null!;

    /// <summary>Whether the visitor sees the record (attendance, decisions…), not only the time and place.</summary>
    public bool ShowRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await MeetingRecord.LoadAsync(id, current, meetings, organisations, people, cancellationToken);
        if (record is null || (!GovernanceFormat.SignedIn(User) && !GovernanceFormat.IsPublished(record.Meeting)))
        {
            return NotFound();
        }

        Record = record;
        ShowRecord = GovernanceFormat.MaySeeRecord(record.Meeting, User);
        return Page();
    }
}
