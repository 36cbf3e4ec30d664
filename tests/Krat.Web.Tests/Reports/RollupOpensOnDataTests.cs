using AngleSharp.Dom;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using NodaTime;

namespace Krat.Web.Tests.Reports;

/// <summary>
/// The national roll-up opens on the latest year with data, and a county with no record reads "no data", apart
/// from a county whose committee counted 0. The site holds the reference scenario only (Durrës, 2023) and its
/// clock says 1 March 2025.
/// </summary>
public sealed class RollupOpensOnDataTests : IAsyncLifetime
{
    private readonly KratWebFactory _site = new();

    public Task InitializeAsync()
    {
        _site.Clock.Reset(Instant.FromUtc(2025, 3, 1, 9, 0));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task WithoutAYear_OpensOn2023_TheLatestYearWithData()
    {
        using var admin = await _site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        var page = await admin.GetDocumentAsync("/Reports/Rollup");

        Assert.Equal("2023", page.QuerySelector("#report-year")!.GetAttribute("value"));
        Assert.Contains("2023", page.Text("[data-testid=report-period]"), StringComparison.Ordinal);
        Assert.DoesNotContain("2025", page.Text("[data-testid=report-period]"), StringComparison.Ordinal);
        Assert.NotEqual("0", Row(page, "national-counties", "Durrës")[1]);
    }

    [Fact]
    public async Task ACountyWithoutARecord_ReadsNoData_ACommitteeWithNothingReadsZero()
    {
        using var admin = await _site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        var year2024 = await admin.GetDocumentAsync("/Reports/Rollup?year=2024");
        var year2023 = await admin.GetDocumentAsync("/Reports/Rollup?year=2023");

        // Berat has no committee in the reference scenario: no record, not zero.
        Assert.All(Row(year2024, "national-counties", "Berat").Skip(1), cell => Assert.Equal("pa të dhëna", cell));
        Assert.All(Row(year2023, "national-victims-by-county-and-sex", "Berat").Skip(1), cell => Assert.Equal("pa të dhëna", cell));

        // Durrës has a committee that held no meeting in 2024: zero, which is data.
        Assert.Equal("0", Row(year2024, "national-counties", "Durrës")[1]);
        Assert.Equal("2024", year2024.QuerySelector("#report-year")!.GetAttribute("value"));
    }

    private static List<string> Row(IDocument page, string table, string county)
    {
        var row = page.QuerySelectorAll($"table[data-table={table}] tbody tr")
            .First(tr => tr.QuerySelector("th")!.TextContent.Trim() == county);
        return [.. row.Children.Select(c => c.TextContent.Trim())];
    }
}
