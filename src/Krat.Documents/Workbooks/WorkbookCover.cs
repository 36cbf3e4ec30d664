using Krat.Domain.Common;
using Krat.Domain.Reports;
using NodaTime;

namespace Krat.Documents.Workbooks;

/// <summary>What the cover sheet of a report workbook says about the report.</summary>
/// <param name="Title">The report's title in Albanian and English.</param>
/// <param name="Committee">The committee's name (or "all committees" for a national roll-up).</param>
/// <param name="Period">The period the report covers; <see langword="null"/> for a report as of a day.</param>
/// <param name="Counts">Whom the report was made for, so whether it counts public activities only or all activities (<see cref="ReportAudiences.Counted"/>).</param>
/// <param name="GeneratedOn">The day the workbook was written (Europe/Tirane).</param>
public sealed record WorkbookCover(Label Title, string Committee, DateInterval? Period, ReportAudience Counts, LocalDate GeneratedOn)
{
    /// <summary>The report's title in Albanian and English.</summary>
    public Label Title { get; } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>The committee's name (or "all committees" for a national roll-up).</summary>
    public string Committee { get; } = Committee ?? throw new ArgumentNullException(nameof(Committee));
}
