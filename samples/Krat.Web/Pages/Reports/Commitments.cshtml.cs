using Krat.Domain.Committees;
using Krat.Domain.Reports;
using Krat.Infrastructure.Reports;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using NodaTime;

namespace Krat.Web.Pages.Reports;

/// <summary>
/// The commitments tracker: per institution, what it promised at which meeting, by when, whether done, and whether
/// overdue as of today (the host's clock, Tirana). Signed-in users only: it is the committee's working record.
/// </summary>
public sealed class CommitmentsModel(
    IReportService reports,
    CurrentCommittee current,
    IClock clock,
    IAuthorizationService authorization) : ReportPageModel(current, clock, authorization)
{
    public CommitmentTracker? Tracker => Report as CommitmentTracker;

    public override string ReportName => "commitments";

    protected override string FileStem => "angazhimet";

    protected override IEnumerable<KeyValuePair<string, string>> About => [new("asOf", Iso(Today))];

    protected override async Task<ITabularReport?> BuildAsync(Committee? committee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(committee);
        return await reports.CommitmentsAsync(committee.Id, Today, cancellationToken);
    }
}
