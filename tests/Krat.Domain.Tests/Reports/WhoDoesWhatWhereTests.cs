using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Partnerships;
using Krat.Domain.Reports;
using NodaTime;

namespace Krat.Domain.Tests.Reports;

public sealed class WhoDoesWhatWhereTests
{
    private static readonly CountyCode Durres = CountyCode.From("AL-02");
    private static readonly DateInterval October = ReportMath.Month(new YearMonth(2023, 10));

    private static readonly ProviderCoverage Shelter = new(
        ServiceProviderId.New(), "Strehëza", [ServiceType.Shelter, ServiceType.LegalAid], ["Durrës", "Krujë", "Tiranë"], [TargetGroup.Women]);

    private static readonly ProviderCoverage Centre = new(
        ServiceProviderId.New(), "Qendra", [ServiceType.Shelter], ["Durrës"], []);

    [Fact]
    public void Grids_HaveEveryCellOfTheCounty()
    {
        var report = WhoDoesWhatWhere.Build(Durres, October, ReportAudience.Committee, [Shelter], []);

        Assert.Equal(3 * CodeList.All<ServiceType>().Count, report.Services.Count);
        Assert.Equal(3 * CodeList.All<TargetGroup>().Count, report.TargetGroups.Count);
        Assert.DoesNotContain(report.Services, c => c.Municipality == "Tiranë");
    }

    [Fact]
    public void ServiceCells_NameTheProviders_InFoldedOrder_AndTheRestAreGaps()
    {
        var report = WhoDoesWhatWhere.Build(Durres, October, ReportAudience.Committee, [Shelter, Centre], []);

        Assert.Equal(["Qendra", "Strehëza"], report.Services.Single(c => c.Municipality == "Durrës" && c.ServiceType == ServiceType.Shelter).Providers);
        Assert.Equal(["Strehëza"], report.Services.Single(c => c.Municipality == "Krujë" && c.ServiceType == ServiceType.LegalAid).Providers);
        Assert.True(report.Services.Single(c => c.Municipality == "Shijak" && c.ServiceType == ServiceType.Shelter).IsGap);
        // Durrës and Krujë each have shelter and legal aid; everything else is a gap.
        Assert.Equal((3 * CodeList.All<ServiceType>().Count) - 4, report.Services.Count(c => c.IsGap));
    }

    [Fact]
    public void TargetGroupCells_CombineProvidersAndActivities()
    {
        var report = WhoDoesWhatWhere.Build(
            Durres,
            October,
            ReportAudience.Committee,
            [Shelter],
            [new("Shijak", TargetGroup.Pupils, 2), new("Shijak", TargetGroup.Pupils, 1), new("Tiranë", TargetGroup.Pupils, 9)]);

        var pupils = report.TargetGroups.Single(c => c.Municipality == "Shijak" && c.TargetGroup == TargetGroup.Pupils);
        var women = report.TargetGroups.Single(c => c.Municipality == "Krujë" && c.TargetGroup == TargetGroup.Women);
        Assert.Equal((0, 3, false), (pupils.Providers.Count, pupils.Activities, pupils.IsGap));
        Assert.Equal((1, 0, false), (women.Providers.Count, women.Activities, women.IsGap));
        Assert.True(report.TargetGroups.Single(c => c.Municipality == "Durrës" && c.TargetGroup == TargetGroup.Pupils).IsGap);
    }

    [Fact]
    public void Offers_ListOnlyTheNonEmptyThreeWayCells()
    {
        var report = WhoDoesWhatWhere.Build(Durres, October, ReportAudience.Committee, [Shelter, Centre], []);

        // Strehëza: 2 service types × 2 municipalities of the county × 1 group; Qendra serves no group.
        Assert.Equal(4, report.Offers.Count);
        Assert.All(report.Offers, o => Assert.Equal(["Strehëza"], o.Providers));
    }
}
