using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Reports;

/// <summary>Every printable report says whose it is and for when: the committee (or every committee, for the roll-up) and the period.</summary>
public sealed class PrintableReportsTests(ReportsSite site) : IClassFixture<ReportsSite>
{
    public static TheoryData<string, string> Reports => new()
    {
        { "/Reports/Period?from=2023-10-01&to=2023-10-31", "Komiteti Rajonal Antitrafik Durrës" },
        { "/Reports/Coverage?from=2023-01-01&to=2023-12-31", "Komiteti Rajonal Antitrafik Durrës" },
        { "/Reports/Statistics?year=2023", "Komiteti Rajonal Antitrafik Durrës" },
        { "/Reports/Attendance?from=2023-01-01&to=2023-12-31", "Komiteti Rajonal Antitrafik Durrës" },
        { "/Reports/Commitments", "Komiteti Rajonal Antitrafik Durrës" },
        { "/Reports/National?year=2023", "Komiteti Rajonal Antitrafik Durrës" },
        { "/Reports/Rollup?year=2023", "Të gjitha komitetet" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task PrintView_NamesTheCommitteeAndThePeriod(string path, string committee)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        var page = await client.GetDocumentAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Print");

        Assert.NotNull(page.QuerySelector("body.report-print"));
        Assert.Equal(committee, page.Text("[data-testid=print-committee]"));
        Assert.False(string.IsNullOrWhiteSpace(page.Text("[data-testid=report-period]")), $"{path}: the printable view names no period.");
    }
}
