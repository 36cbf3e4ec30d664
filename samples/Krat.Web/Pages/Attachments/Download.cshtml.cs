using Krat.Documents.Attachments;
using Krat.Domain.Activities;
using Krat.Domain.Documents;
using Krat.Domain.Meetings;
using Krat.Domain.Partnerships;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Pages.Activities;
using Krat.Web.Pages.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Attachments;

/// <summary>
/// Serves an attached file (/Attachments/Download/{id}) as a download: its stored media type,
/// <c>Content-Disposition: attachment</c> and <c>X-Content-Type-Options: nosniff</c>. Whoever cannot see the record
/// the file belongs to gets 404, as for a file that does not exist: a meeting's files go with its record (the public
/// sees approved minutes only, never a draft's files), an activity's with the activity (internal ones never public),
/// a partnership's with the partnerships page.
/// </summary>
[AllowAnonymous]
public sealed class DownloadModel(
    CurrentCommittee current,
    AttachmentService attachments,
    IReadRepository<Meeting> meetings,
    IReadRepository<Activity> activities,
    IReadRepository<Partnership> partnerships) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var attachment = await attachments.FindAsync(new AttachmentId(id), cancellationToken);
        if (attachment is null || !await MaySeeOwnerAsync(attachment, cancellationToken)
            || await attachments.OpenAsync(attachment, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(content, attachment.ContentType, attachment.FileName);
    }

    private async Task<bool> MaySeeOwnerAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        switch (attachment.Owner)
        {
            case AttachmentOwner.Meeting:
                var meeting = await meetings.GetByIdAsync(new MeetingId(attachment.OwnerId), cancellationToken);
                return meeting is not null && committee is not null && meeting.CommitteeId == committee.Id
                    && GovernanceFormat.MaySeeRecord(meeting, User);
            case AttachmentOwner.Activity:
                var activity = await activities.GetByIdAsync(new ActivityId(attachment.OwnerId), cancellationToken);
                return activity is not null && ActivityAccess.CanSee(User, activity, committee);
            case AttachmentOwner.Partnership:
                return await partnerships.GetByIdAsync(new PartnershipId(attachment.OwnerId), cancellationToken) is not null;
            default:
                return false;
        }
    }
}
