using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Krat.Demo.Durres;
using Krat.Documents.Minutes;
using Krat.Documents.Workbooks;
using Krat.Documents.Attachments;
using Krat.Domain.Activities;
using Krat.Domain.Documents;
using Krat.Domain.Geography;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Meetings;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Web.Tests.Documents;

/// <summary>The minutes as Word, the report workbook, CSV with ';', and attachments served only where their record is seen.</summary>
public sealed class DocumentsSiteTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    private static byte[] Fixture(string path) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", path));

    [Fact]
    public async Task MinutesAsWord_OfTheApprovedClosingMeeting_IsAValidDocxDownload_ForThePublic()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync($"/Meetings/Minutes/{DemoIds.ClosingMeeting.Value}?handler=Docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MinutesDocument.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("procesverbal-2023-10-31.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains(site.Scenario.ClosingMeeting.Title!, document.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinutesAsWord_InDraft_AreNotFoundForThePublic_AndMarkedDraftForAMember()
    {
        var draft = await site.AddDurresMeetingAsync(new LocalDate(2023, 11, 9), held: true);
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        Assert.Equal(HttpStatusCode.NotFound, await anonymous.StatusOfAsync($"/Meetings/Minutes/{draft.Id.Value}?handler=Docx"));
        using var response = await member.GetAsync($"/Meetings/Minutes/{draft.Id.Value}?handler=Docx&lang=en");
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Equal(MinutesDocument.DraftMark, Assert.Single(document.MainDocumentPart!.HeaderParts).Header!.InnerText);
        Assert.Contains("Attendance", document.MainDocumentPart.Document!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeriodReport_AsExcel_HasACoverAndOneSheetPerTable()
    {
        using var client = site.CreateSiteClient();
        var page = await client.GetDocumentAsync("/Reports/Period?month=2023-10");
        var tables = page.QuerySelectorAll("[data-testid^=semicolon-csv-]").Length;

        using var response = await client.GetAsync(page.QuerySelector("[data-testid=report-xlsx]")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        Assert.True(tables > 0);
        Assert.Equal(tables + 1, workbook.WorkbookPart!.Workbook!.Sheets!.ChildElements.Count);
    }

    [Fact]
    public async Task ReportCsv_WithTheSemicolonChoice_IsSeparatedBySemicolons()
    {
        using var client = site.CreateSiteClient();
        var page = await client.GetDocumentAsync("/Reports/Period?month=2023-10");
        var link = page.QuerySelector("[data-testid^=semicolon-csv-]")!.GetAttribute("href");

        var text = await client.GetStringAsync(link);

        var header = text.TrimStart('\uFEFF').Split("\r\n")[0];
        Assert.Contains(';', header);
        Assert.DoesNotContain(',', header);
    }

    [Fact]
    public async Task Attachment_OfTheApprovedMeeting_IsADownloadWithItsTypeAndNoSniffing_ForThePublic()
    {
        var attachment = await AttachAsync(DemoIds.KratDurres, AttachmentOwner.Meeting, DemoIds.ClosingMeeting.Value, "attachments/signed-minutes.pdf");
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync($"/Attachments/Download/{attachment.Id.Value}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(Fixture("attachments/signed-minutes.pdf"), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Attachments_OfADraftMeeting_AndOfAnInternalActivity_AreNotFoundForThePublic_ButServedToAMember()
    {
        var draft = await site.AddDurresMeetingAsync(new LocalDate(2023, 11, 10), held: true);
        var internalActivity = await site.AddAsync(Activity.Plan(new ActivityPlan
        {
            CommitteeId = DemoIds.KratDurres,
            County = Krat.Domain.Geography.CountyCode.From("AL-02"),
            Kind = ActivityKind.Training,
            Title = "Trajnim i brendshëm",
            PlannedDays = Activity.Days(new LocalDate(2023, 11, 20)),
            Municipalities = [Albania.Municipality("Durrës")],
            LeadOrganisationId = DemoIds.MunicipalityDurres,
            TargetGroups = [TargetGroup.FrontLineProfessionals],
            Visibility = Krat.Domain.Activities.Visibility.Internal,
        }));
        var ofDraft = await AttachAsync(DemoIds.KratDurres, AttachmentOwner.Meeting, draft.Id.Value, "attachments/signed-minutes.pdf");
        var ofInternal = await AttachAsync(DemoIds.KratDurres, AttachmentOwner.Activity, internalActivity.Id.Value, "attachments/photo.png");
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        Assert.Equal(HttpStatusCode.NotFound, await anonymous.StatusOfAsync($"/Attachments/Download/{ofDraft.Id.Value}"));
        Assert.Equal(HttpStatusCode.NotFound, await anonymous.StatusOfAsync($"/Attachments/Download/{ofInternal.Id.Value}"));
        Assert.Equal(HttpStatusCode.OK, await member.StatusOfAsync($"/Attachments/Download/{ofDraft.Id.Value}"));
        Assert.Equal(HttpStatusCode.OK, await member.StatusOfAsync($"/Attachments/Download/{ofInternal.Id.Value}"));
    }

    [Fact]
    public async Task Attachment_OfAnotherCommitteesMeeting_IsNotFoundForAMember()
    {
        var (korce, meeting) = await site.AddKorceAsync();
        var attachment = await AttachAsync(korce.Id, AttachmentOwner.Meeting, meeting.Id.Value, "attachments/signed-minutes.pdf");
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        Assert.Equal(HttpStatusCode.NotFound, await member.StatusOfAsync($"/Attachments/Download/{attachment.Id.Value}"));
    }

    [Fact]
    public async Task Upload_OfAFileNamedPdfThatIsNot_IsRefusedWithAMessage_AndARealPdfIsListed()
    {
        var meeting = await site.AddDurresMeetingAsync(new LocalDate(2023, 11, 14), held: true);
        var path = $"/Meetings/Details/{meeting.Id.Value}";
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using (var refused = await secretary.PostFileAsync(path, "[data-testid=attachment-form]", "file", "fake.pdf", Fixture("attachments/fake.pdf")))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        }

        var after = await secretary.GetDocumentAsync(path);
        Assert.Contains("PDF, JPEG, PNG", after.Text("[data-testid=attachment-message]"), StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("[data-testid=attachment]"));

        using (await secretary.PostFileAsync(path, "[data-testid=attachment-form]", "file", "procesverbali-i-nenshkruar.pdf", Fixture("attachments/signed-minutes.pdf")))
        {
        }

        var listed = await secretary.GetDocumentAsync(path);
        Assert.Equal("procesverbali-i-nenshkruar.pdf", listed.Text("[data-testid=attachment] a"));
    }

    private async Task<Attachment> AttachAsync(Domain.Committees.CommitteeId committeeId, AttachmentOwner owner, Guid ownerId, string fixture)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<AttachmentService>();
        return await service.AddAsync(committeeId, owner, ownerId, AttachmentPurpose.SignedMinutes, Path.GetFileName(fixture), Fixture(fixture));
    }
}

/// <summary>Posts a form with a file, as a browser's multipart upload would.</summary>
internal static class UploadForms
{
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string pagePath, string formSelector, string fileField, string fileName, byte[] content, IReadOnlyDictionary<string, string>? fields = null)
    {
        var document = await client.GetDocumentAsync(pagePath);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {pagePath}.");
        using var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden][name]"))
        {
            body.Add(new StringContent(fields is not null && fields.TryGetValue(input.Name!, out var v) ? v : input.Value ?? string.Empty), input.Name!);
        }

        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
        {
            body.Add(new StringContent(fields is not null && fields.TryGetValue(select.Name!, out var v) ? v : select.Value ?? string.Empty), select.Name!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, fileField, fileName);
        return await client.PostAsync(form.GetAttribute("action") ?? pagePath, body);
    }
}
