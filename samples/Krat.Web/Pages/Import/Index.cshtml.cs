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

    /// <summary>The stored upload the save form refers to (its SHA-256), once previewed.</summary>
    public string? Sha256 { get; private set; }

    /// <summary>The uploaded file's name, once previewed.</summary>
    public string? FileName { get; private set; }

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

    /// <summary>Reads the uploaded file (the form's <c>Upload</c>) and shows what would be saved.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(PreviewInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Upload is not { Length: > 0 } upload)
        {
            ModelState.AddModelError(nameof(PreviewInput.Upload), texts["Import.NoFile"]);
            return Page();
        }

        if (await current.GetAsync(cancellationToken) is not { } committee)
        {
            return NotFound();
        }

        byte[] content;
        using (var copy = new MemoryStream())
        {
            await upload.CopyToAsync(copy, cancellationToken);
            content = copy.ToArray();
        }

        FileName = Path.GetFileName(upload.FileName);
        if (!await PreviewAsync(committee.Id, content, cancellationToken))
        {
            return Page();
        }

        await store.SaveAsync(Preview!.Sha256, content, cancellationToken);
        Sha256 = Preview.Sha256;
        return Page();
    }

    /// <summary>Saves the previewed file (named by its SHA-256 in the store), with or without the rows that look like duplicates.</summary>
    public async Task<IActionResult> OnPostSaveAsync(SaveInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        (Sha256, FileName) = (input.Sha256, input.FileName);
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
            var record = await importer.SaveAsync(Preview!, input.IncludeDuplicates, cancellationToken);
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
            ModelState.AddModelError(nameof(PreviewInput.Upload), refused.Text.In(CultureInfo.CurrentUICulture));
            return false;
        }
    }

    /// <summary>The preview form: the file (its fields are not prefixed: <c>Upload</c>).</summary>
    public sealed class PreviewInput
    {
        public IFormFile? Upload { get; set; }
    }

    /// <summary>The save form: the previewed file's SHA-256 and name, and whether rows that look like duplicates are saved too.</summary>
    public sealed class SaveInput
    {
        public string? Sha256 { get; set; }

        public string? FileName { get; set; }

        public bool IncludeDuplicates { get; set; }
    }
}
