using Krat.Domain.Activities;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Reports;

namespace Krat.Domain.Tests.Reports;

public sealed class PeriodPartsTests
{
    private static readonly CountyCode Durres = CountyCode.From("AL-02");

    [Fact]
    public void ReachTotals_AddUpEveryPart_AndShowWhatWasNotBrokenDown()
    {
        Reach[] reaches = [Reach.Of(120, 65, 55, 115, 5), Reach.Of(250, 140, 110), Reach.Of(500)];

        var totals = ReachTotals.Sum(reaches);

        Assert.Equal((3, 870, 205, 165, 115, 5), (totals.Activities, totals.Total, totals.Women, totals.Men, totals.Children, totals.Adults));
        Assert.Equal(870 - 205 - 165, totals.SexNotRecorded);
        Assert.Equal(870 - 115 - 5, totals.AgeNotRecorded);
    }

    [Fact]
    public void Coverage_NamesTheMunicipalitiesNotReached_InCatalogueOrder()
    {
        var coverage = MunicipalityCoverage.Of(Durres, ["Shijak", "durres", "Tiranë"]);

        Assert.Equal(["Durrës", "Shijak"], coverage.Reached);
        Assert.Equal(["Krujë"], coverage.NotReached);
        Assert.Equal(3, coverage.CountyMunicipalities);
        Assert.Equal(2.0 / 3, coverage.Share, 10);
    }

    [Fact]
    public void Coverage_OfNothing_IsZero() =>
        Assert.Equal(0, MunicipalityCoverage.Of(Durres, []).Share);

    [Theory]
    [InlineData(OrganisationKind.CentralStateInstitution, true)]
    [InlineData(OrganisationKind.RegionalStateInstitution, true)]
    [InlineData(OrganisationKind.Prefecture, true)]
    [InlineData(OrganisationKind.LocalGovernment, true)]
    [InlineData(OrganisationKind.School, true)]
    [InlineData(OrganisationKind.PublicServiceCentre, true)]
    [InlineData(OrganisationKind.Ngo, false)]
    [InlineData(OrganisationKind.InternationalNgo, false)]
    [InlineData(OrganisationKind.Multilateral, false)]
    [InlineData(OrganisationKind.DonorAgency, false)]
    [InlineData(OrganisationKind.Business, false)]
    [InlineData(OrganisationKind.Media, false)]
    public void Sector_SeparatesAlbanianStateBodiesFromTheRest(OrganisationKind kind, bool state) =>
        Assert.Equal(state, OrganisationSector.IsState(kind));
}
