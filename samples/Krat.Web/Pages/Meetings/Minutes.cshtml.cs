using Krat.Documents;
using Krat.Documents.Minutes;
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
/// The printable minutes of a held meeting (/Meetings/Minutes/{id}): a stand-alone HTML document with print
/// styles and no navigation, or as a Word document. The public gets approved minutes only; signed-in users get
/// drafts, marked as such.
/// </summary>
[AllowAnonymous]
public sealed class MinutesModel(
    CurrentCommittee current,
    IReadRepository<Meeting> meetings,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people) : PageModel
{
    public MeetingRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await MeetingRecord.LoadAsync(id, current, meetings, organisations, people, cancellationToken);
        if (record is null || record.Meeting.State != MeetingState.Held || !GovernanceFormat.MaySeeRecord(record.Meeting, User))
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }

    /// <summary>
    /// The same minutes as a Word document (/Meetings/Minutes/{id}?handler=Docx), in Albanian, or in English with
    /// <c>lang=en</c>; the same visitors as the page (drafts for signed-in users only).
    /// </summary>
    public async Task<IActionResult> OnGetDocxAsync(Guid id, string? lang, CancellationToken cancellationToken)
    {
        var record = await MeetingRecord.LoadAsync(id, current, meetings, organisations, people, cancellationToken);
        if (record is null || record.Meeting.State != MeetingState.Held || !GovernanceFormat.MaySeeRecord(record.Meeting, User))
        {
            return NotFound();
        }

        var culture = lang == "en" ? DocumentCulture.English : DocumentCulture.Albanian;
        var bytes = MinutesDocument.Write(record.Meeting, record.Committee, record.Organisations, record.People, culture);
        return File(bytes, MinutesDocument.ContentType, MinutesDocument.FileName(record.Meeting, culture));
    }
}
