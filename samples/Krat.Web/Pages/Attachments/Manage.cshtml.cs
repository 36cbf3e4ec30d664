using System.Globalization;
using Krat.Documents;
using Krat.Documents.Attachments;
using Krat.Domain.Documents;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Krat.Web.Pages.Attachments;

/// <summary>
/// Adds a file to a meeting, an activity or a partnership, or removes one (soft delete), then goes back to the
/// record's page with a message. Meetings and partnerships need the committee editors' policy, activities the
/// policy of those who record activities. A refused file (type, name, size) comes back as the message.
/// </summary>
[Authorize]
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class ManageModel(
    CurrentCommittee current,
    AttachmentService attachments,
    IAuthorizationService authorization,
    IStringLocalizer<DocumentsText> texts) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAddAsync(AttachmentOwner owner, Guid ownerId, AttachmentPurpose purpose, IFormFile? file, string? returnUrl, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(owner))
        {
            return Forbid();
        }

        if (await current.GetAsync(cancellationToken) is not { } committee || !Enum.IsDefined(owner) || !Enum.IsDefined(purpose))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            return Back(returnUrl, texts["Import.NoFile"]);
        }

        byte[] content;
        using (var copy = new MemoryStream())
        {
            await file.CopyToAsync(copy, cancellationToken);
            content = copy.ToArray();
        }

        try
        {
            var added = await attachments.AddAsync(committee.Id, owner, ownerId, purpose, file.FileName, content, cancellationToken);
            return Back(returnUrl, texts["Attachments.Added", added.FileName]);
        }
        catch (FileRefusedException refused)
        {
            return Back(returnUrl, refused.Text.In(CultureInfo.CurrentUICulture));
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, string? returnUrl, CancellationToken cancellationToken)
    {
        var attachment = await attachments.FindAsync(new AttachmentId(id), cancellationToken);
        if (attachment is null)
        {
            return NotFound();
        }

        if (!await MayEditAsync(attachment.Owner))
        {
            return Forbid();
        }

        await attachments.RemoveAsync(attachment.Id, User.Identity?.Name ?? "?", cancellationToken);
        return Back(returnUrl, texts["Attachments.Removed", attachment.FileName]);
    }

    private async Task<bool> MayEditAsync(AttachmentOwner owner) =>
        (await authorization.AuthorizeAsync(User, owner == AttachmentOwner.Activity ? KratPolicies.CanRecordActivities : KratPolicies.CanEditCommittee)).Succeeded;

    private LocalRedirectResult Back(string? returnUrl, string message)
    {
        TempData["AttachmentMessage"] = message;
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
