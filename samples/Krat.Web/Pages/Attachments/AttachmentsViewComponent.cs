using Krat.Documents.Attachments;
using Krat.Domain.Documents;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Krat.Web.Pages.Attachments;

/// <summary>What the attachments box of a record shows.</summary>
public sealed record AttachmentsBox(AttachmentOwner Owner, Guid OwnerId, IReadOnlyList<Attachment> Items, bool CanEdit, string ReturnUrl);

/// <summary>
/// The attachments of a meeting, an activity or a partnership, with an upload form for those who may edit the
/// record. A page renders it only where it shows the record itself, so an attachment is listed where its record is.
/// </summary>
public sealed class AttachmentsViewComponent(AttachmentService attachments, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(AttachmentOwner owner, Guid ownerId)
    {
        var policy = owner == AttachmentOwner.Activity ? KratPolicies.CanRecordActivities : KratPolicies.CanEditCommittee;
        var canEdit = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(UserClaimsPrincipal, policy)).Succeeded;
        var items = await attachments.ListAsync(owner, ownerId, HttpContext.RequestAborted);
        return View(new AttachmentsBox(owner, ownerId, items, canEdit, Request.Path + Request.QueryString));
    }
}
