using System.Globalization;
using Krat.Documents;
using Krat.Documents.Attachments;
using Krat.Documents.Import;
using Krat.Domain.Documents;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Krat.Web.Pages.Import;

/// <summary>
/// Import from a spreadsheet (/Import): download a template, upload a filled-in .xlsx or .csv, see every row as the
/// domain checks it (errors by row and column, likely duplicates), then save the valid rows in one transaction.
/// The uploaded file is kept in the attachment store under its SHA-256 between the preview and the save (and stays
/// there as the audited file). Secretaries and administrators only.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
[RequestSizeLimit(8 * 1024 * 1024)]
public sealed class IndexModel(
    CurrentCommittee current,
    SpreadsheetImporter importer,
    IAttachmentStore store,
    IStringLocalizer<DocumentsText> texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ImportKind Kind { get; set; } = ImportKind.Activities;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Sha256 { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    [BindProperty]
    public bool IncludeDuplicates { get; set; }

    /// <summary>The preview of the uploaded file, once read.</summary>
    public ImportPreview? Preview { get; private set; }

    /// <summary>The message after a save.</summary>
    [TempData]
    public string? Saved { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate(ImportKind kind, string? format)
    {
        var template = ImportTemplate.For(kind);
        var culture = CultureInfo.CurrentUICulture;
        return format == "csv"
            ? File(template.ToCsv(culture, ';'), "text/csv; charset=utf-8", template.FileName(".csv", culture))
            : File(template.ToXlsx(culture), Documents.Workbooks.ReportWorkbook.ContentType, template.FileName(".xlsx", culture));
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), texts["Import.NoFile"]);
            return Page();
        }

        if (await current.GetAsync(cancellationToken) is not { } committee)
        {
            return NotFound();
        }

        byte[] content;
        using (var copy = new MemoryStream())
        {
            await Upload.CopyToAsync(copy, cancellationToken);
            content = copy.ToArray();
        }

        FileName = Path.GetFileName(Upload.FileName);
        if (!await PreviewAsync(committee.Id, content, cancellationToken))
        {
            return Page();
        }

        await store.SaveAsync(Preview!.Sha256, content, cancellationToken);
        Sha256 = Preview.Sha256;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } committee)
        {
            return NotFound();
        }

        var stream = Sha256 is { Length: 64 } sha && sha.All(Uri.IsHexDigit) ? await store.OpenAsync(sha.ToLowerInvariant(), cancellationToken) : null;
        if (stream is null)
        {
            ModelState.AddModelError(string.Empty, texts["Import.Expired"]);
            return Page();
        }

        byte[] content;
        await using (stream)
        using (var copy = new MemoryStream())
        {
            await stream.CopyToAsync(copy, cancellationToken);
            content = copy.ToArray();
        }

        if (!await PreviewAsync(committee.Id, content, cancellationToken))
        {
            return Page();
        }

        try
        {
            var record = await importer.SaveAsync(Preview!, IncludeDuplicates, cancellationToken);
            Saved = texts["Import.Saved", record.RowsSaved, record.FileName];
        }
        catch (FileRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Text.In(CultureInfo.CurrentUICulture));
            return Page();
        }

        return RedirectToPage(new { kind = Kind });
    }

    private async Task<bool> PreviewAsync(Domain.Committees.CommitteeId committeeId, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            Preview = await importer.PreviewAsync(committeeId, Kind, FileName ?? "import", content, cancellationToken);
            return true;
        }
        catch (FileRefusedException refused)
        {
            ModelState.AddModelError(nameof(Upload), refused.Text.In(CultureInfo.CurrentUICulture));
            return false;
        }
    }
}
