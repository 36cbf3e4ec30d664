using System.Globalization;
using Krat.Documents.Workbooks;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Reports;
using Krat.Web.Exports;
using Krat.Web.Hosting;
using Krat.Web.Localization;
using Krat.Web.Pages.Activities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Krat.Web.Pages.Reports;

/// <summary>
/// What every report page shares: the committee being viewed (<see cref="CurrentCommittee"/>), the report built for
/// it, and the same four handlers — the page (<c>GET</c>), the printable view (<c>?handler=Print</c>: the same tables,
/// print CSS, no navigation), one table as CSV (<c>?handler=Csv&amp;table=&lt;key&gt;</c>, <c>&amp;sep=semicolon</c> for
/// Excel under Albanian settings), all tables as JSON (<c>?handler=Json</c>) and all tables as one Excel workbook
/// (<c>?handler=Xlsx</c>: a cover sheet, then a sheet per table). The page's own query values (period, campaign…) apply to every handler. A page may name a
/// policy (<see cref="Policy"/>): every handler of that page then answers 403 to a user who does not meet it.
/// No committee for the county asked for, or a record of another committee, answers 404.
/// </summary>
public abstract class ReportPageModel(CurrentCommittee current, IClock clock, IAuthorizationService authorization) : PageModel
{
    /// <summary>The committee being viewed; null when the county has none.</summary>
    public Committee? Committee { get; private set; }

    /// <summary>The report, once built; null when the form asks for an impossible period (see ModelState).</summary>
    public ITabularReport? Report { get; private set; }

    /// <summary>The report's tables.</summary>
    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    /// <summary>
    /// Whose report this is, as the printable view and the workbook's cover name it: the committee viewed, or null for
    /// a report of every committee (the roll-up), whatever county the request names.
    /// </summary>
    public string? CommitteeName => NeedsCommittee ? Committee?.Name : null;

    /// <summary>True for the printable view.</summary>
    public bool Printing { get; private set; }

    /// <summary>Today in Tirana, from the host's clock.</summary>
    public LocalDate Today => Albania.Today(clock);

    /// <summary>
    /// Whom the reports of this request are for (<see cref="ActivityAccess.Audience"/>, the rule the activities list
    /// applies): the public, counting public activities only, without a login; the committee, counting all, when
    /// signed in. Every page passes it to the report service.
    /// </summary>
    public ReportAudience Audience => ActivityAccess.Audience(User);

    /// <summary>What the report counts ("vetëm aktivitetet publike"…), for a report that counts activities; null otherwise.</summary>
    public Label? Counts => Report is IAudienceReport counting ? counting.Audience.Counted() : null;

    /// <summary>The county asked for with ?qark= (administrators and the public), kept on links.</summary>
    public string? Qark => Request.Qark();

    /// <summary>The report's stable name in exports ("period", "attendance"…).</summary>
    public abstract string ReportName { get; }

    /// <summary>The start of the download file names (Albanian, e.g. "raporti-i-periudhes").</summary>
    protected abstract string FileStem { get; }

    /// <summary>The policy every handler of the page requires; null when the folder's rule (signed in, or anonymous) is enough.</summary>
    protected virtual string? Policy => null;

    /// <summary>False for a report that spans every committee (the roll-up): it opens even where the county asked for has no committee.</summary>
    protected virtual bool NeedsCommittee => true;

    /// <summary>What the report is about (period, campaign…), written in the JSON export as ISO strings.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> About => [];

    /// <summary>Extra part of the file names, e.g. the period "2023-10-01_2023-10-31".</summary>
    protected virtual string FileSuffix => Iso(Today);

    public static string Iso(LocalDate date) => Formats.Iso(date);

    public static string FormatPeriod(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"{Formats.Date(period.Start)} – {Formats.Date(period.End)}";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetPrintAsync(CancellationToken cancellationToken)
    {
        Printing = true;
        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string? table, string? sep, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failed)
        {
            return failed;
        }

        if (Report is null)
        {
            return BadRequest();
        }

        var chosen = Tables.FirstOrDefault(t => t.Key == table);
        return chosen is null ? NotFound() : ReportExport.CsvDownload($"{FileStem}-{chosen.Key}-{FileSuffix}.csv", chosen, CultureInfo.CurrentUICulture, CsvTable.Separator(sep));
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failed)
        {
            return failed;
        }

        if (Report is null)
        {
            return BadRequest();
        }

        IReadOnlyList<KeyValuePair<string, string>> about =
        [
            .. NeedsCommittee ? [new("county", Committee!.County.Value), new KeyValuePair<string, string>("countyName", Albania.County(Committee.County).Name)] : Array.Empty<KeyValuePair<string, string>>(),
            new("generatedOn", Iso(Today)),
            .. Report is IAudienceReport counting
                ? [new("audience", counting.Audience.ToString()), new KeyValuePair<string, string>("counts", counting.Audience.Counted().In())]
                : Array.Empty<KeyValuePair<string, string>>(),
            .. About,
        ];
        return JsonReport.Download($"{FileStem}-{FileSuffix}.json", ReportName, about, Tables);
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failed)
        {
            return failed;
        }

        if (Report is null)
        {
            return BadRequest();
        }

        // The page's title from the reports' texts ("Period.Title" for PeriodModel), in the reader's language.
        var texts = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ReportsText>>();
        var title = texts[$"{GetType().Name[..^"Model".Length]}.Title"].Value;
        var about = About.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        DateInterval? period = about.TryGetValue("periodStart", out var start) && about.TryGetValue("periodEnd", out var end)
            ? new DateInterval(LocalDatePattern.Iso.Parse(start).Value, LocalDatePattern.Iso.Parse(end).Value)
            : null;
        // The cover says whom the report was made for: public activities only without a login, all for the committee.
        var cover = new WorkbookCover(new Domain.Common.Label(title, title), CommitteeName ?? texts["Export.AllCommittees"].Value, period, ActivityAccess.Audience(User), Today);
        return File(ReportWorkbook.Write(Tables, cover, CultureInfo.CurrentUICulture), ReportWorkbook.ContentType, $"{FileStem}-{FileSuffix}.xlsx");
    }

    /// <summary>The address of a handler of this page with the page's query values (period, campaign, qark…).</summary>
    public string HandlerUrl(string handler, string? table = null, string? separator = null)
    {
        var values = Request.Query
            .Where(q => q.Key is not "handler" and not "table" and not "sep")
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        values["handler"] = handler;
        if (table is not null)
        {
            values["table"] = table;
        }

        if (separator is not null)
        {
            values["sep"] = separator;
        }

        return QueryHelpers.AddQueryString(Request.Path, values);
    }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Policy is { } policy && !(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            context.Result = User.Identity?.IsAuthenticated == true ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
            return;
        }

        await next();
    }

    /// <summary>Builds the report for the committee; null when a record named in the query is not the committee's (404).
    /// Add model errors and return null for an impossible request: the page then shows the form and its errors.</summary>
    /// <param name="committee">The committee being viewed; null only when <see cref="NeedsCommittee"/> is false.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    protected abstract Task<ITabularReport?> BuildAsync(Committee? committee, CancellationToken cancellationToken);

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Committee = await current.GetAsync(cancellationToken);
        if (Committee is null && NeedsCommittee)
        {
            return NotFound();
        }

        Report = await BuildAsync(Committee, cancellationToken);
        if (Report is null)
        {
            return ModelState.IsValid ? NotFound() : null;
        }

        Tables = Report.ToTables();
        return null;
    }
}
