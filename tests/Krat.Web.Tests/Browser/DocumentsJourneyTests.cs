using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Krat.Demo.Durres;
using Krat.Documents;
using Krat.Web.Security;
using Krat.Web.Tests.Harness.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Krat.Web.Tests.Browser;

/// <summary>
/// Journey: the secretary downloads the minutes of 31.10.2023 as Word and the October 2023 report as Excel,
/// imports 50 activities from the template with three bad rows, fixes them and saves, and attaches the signed minutes.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class DocumentsJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly string[] Headers = ["Titulli", "Lloji", "Data", "Bashkitë", "Organizata drejtuese", "Grupet e synuara", "Dukshmëria"];

    [BrowserFact]
    public async Task Secretary_DownloadsMinutesAndReport_ImportsFiftyActivities_AndAttachesTheSignedMinutes()
    {
        var page = await browser.NewPageAsync();
        var folder = Directory.CreateTempSubdirectory("krat-journey-").FullName;
        try
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Emri i përdoruesit").FillAsync(DemoAccounts.Secretary.UserName);
            await page.GetByLabel("Fjalëkalimi").FillAsync(DemoAccounts.Secretary.Password);
            await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Hyr" }).ClickAsync();
            await Expect(page.GetByTestId("user-name")).ToHaveTextAsync(DemoAccounts.Secretary.DisplayName);

            // The minutes of the closing meeting as Word.
            await page.GotoAsync($"/Meetings/Details/{DemoIds.ClosingMeeting.Value}");
            var minutes = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("minutes-docx").ClickAsync());
            Assert.Equal("procesverbal-2023-10-31.docx", minutes.SuggestedFilename);
            var minutesPath = Path.Combine(folder, minutes.SuggestedFilename);
            await minutes.SaveAsAsync(minutesPath);
            Assert.Equal(ContentSniffer.Docx, ContentSniffer.Detect(await File.ReadAllBytesAsync(minutesPath)));
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "documents-1-meeting")}");

            // The October 2023 report as Excel.
            await page.GotoAsync("/Reports/Period?month=2023-10");
            var report = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-xlsx").ClickAsync());
            var reportPath = Path.Combine(folder, report.SuggestedFilename);
            await report.SaveAsAsync(reportPath);
            using (var workbook = SpreadsheetDocument.Open(reportPath, false))
            {
                Assert.True(workbook.WorkbookPart!.Workbook!.Sheets!.ChildElements.Count > 1);
            }

            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "documents-2-report")}");

            // The import: the template, then 50 activities of which three are wrong.
            await page.GotoAsync("/Activities");
            await page.GetByTestId("import-link").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Import nga një fletë");
            var template = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("template-xlsx-Activities").ClickAsync());
            Assert.EndsWith(".xlsx", template.SuggestedFilename, StringComparison.Ordinal);

            var bad = Path.Combine(folder, "aktivitetet-nentor.csv");
            await File.WriteAllTextAsync(bad, Activities(fixedRows: false), new UTF8Encoding(true));
            await page.GetByTestId("import-file").SetInputFilesAsync(bad);
            await page.GetByTestId("import-preview").ClickAsync();
            await Expect(page.GetByTestId("import-error")).ToHaveCountAsync(3);
            await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("50 rreshta, 47 të vlefshëm, 3 me gabime");
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "documents-3-import-errors")}");

            await File.WriteAllTextAsync(bad, Activities(fixedRows: true), new UTF8Encoding(true));
            await page.GetByTestId("import-file").SetInputFilesAsync(bad);
            await page.GetByTestId("import-preview").ClickAsync();
            await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("50 rreshta, 50 të vlefshëm, 0 me gabime");
            await page.GetByTestId("import-save").ClickAsync();
            await Expect(page.GetByTestId("import-saved")).ToContainTextAsync("U ruajtën 50 rreshta");
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "documents-4-import-saved")}");

            // The signed minutes attached to the meeting.
            await page.GotoAsync($"/Meetings/Details/{DemoIds.ClosingMeeting.Value}");
            await page.GetByTestId("attachment-file").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "attachments", "signed-minutes.pdf"));
            await page.GetByTestId("attachment-add").ClickAsync();
            await Expect(page.GetByTestId("attachment")).ToContainTextAsync("signed-minutes.pdf");
            await Expect(page.GetByTestId("attachment-message")).ToContainTextAsync("u bashkëngjit");
        }
        finally
        {
            output.WriteLine($"Screenshot: {await BrowserFixture.SaveScreenshotAsync(page, "documents-5-attached")}");
            await page.Context.CloseAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Fifty planned activities of November 2023; rows 10, 25 and 40 wrong (kind, date, municipality) unless fixed.</summary>
    private static string Activities(bool fixedRows)
    {
        var lines = new List<string> { string.Join(';', Headers) };
        for (var i = 1; i <= 50; i++)
        {
            var kind = !fixedRows && i == 10 ? "Koncert" : "Seancë ndërgjegjësuese";
            var date = !fixedRows && i == 25 ? "31.11.2023" : $"{1 + (i % 28):00}.11.2023";
            var municipality = !fixedRows && i == 40 ? "Korçë" : (i % 3) switch { 0 => "Durrës", 1 => "Krujë", _ => "Shijak" };
            lines.Add(string.Join(';', $"Seancë informuese nr. {i} në shkolla", kind, date, municipality, "ZVA", "\"Nxënës; Prindër\"", "Publike"));
        }

        return string.Join("\r\n", lines) + "\r\n";
    }
}
