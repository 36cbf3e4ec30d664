#region report
using System.Globalization;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Reports;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Repositories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Prefektura.Korce.Setup;

namespace Prefektura.Korce.Pages;
/// <summary>The month's report for the public: activities, completed, people reached, by kind and municipality.</summary>
public sealed class ReportModel(IReadRepository<Committee> committees, IReportService reports, IClock clock) : PageModel
{
    /// <summary>The report (its figures count public activities only: the page needs no sign-in).</summary>
    public PeriodReport Report { get; private set; } = null!;

    /// <summary>Shows the report of a month (this month unless <paramref name="year"/> and <paramref name="month"/> are given).</summary>
    public async Task<IActionResult> OnGetAsync(int? year, int? month, CancellationToken cancellationToken)
    {
        var today = Albania.Today(clock);
        var yearMonth = year is { } y && month is >= 1 and <= 12 ? new YearMonth(y, month.Value) : today.ToYearMonth();
        var committee = await committees.GetCommitteeOfCountyAsync(KorceDirectory.County, cancellationToken);
        if (committee is null)
        {
            return NotFound();
        }

        // Every report that counts activities says for whom: Public counts public activities only,
        // Committee (signed-in members) counts internal ones too.
        Report = await reports.MonthAsync(committee.Id, yearMonth, ReportAudience.Public, cancellationToken);
        return Page();
    }

    /// <summary>A label in the request's language.</summary>
    public static string Text(Krat.Domain.Common.Label label) => label.In(CultureInfo.CurrentUICulture);
}
#endregion
