using Krat.Domain.Campaigns;
using Krat.Domain.Common;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Campaigns;

public sealed class CampaignTests
{
    private static readonly DateInterval Tetor = new(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31));

    [Fact]
    public void Launch_KeepsNamePeriodAndFoldedSearchText()
    {
        var campaign = Campaign.Launch(KratDurres, "Muaji i ndërgjegjësimit, tetor 2023", Tetor, "Bashkë kundër trafikimit", October);
        Assert.Equal(October, campaign.Id);
        Assert.Equal("muaji i ndergjegjesimit tetor 2023 bashke kunder trafikimit", CampaignKeys.Search(campaign));
        Assert.Equal("muaji i ndergjegjesimit tetor 2023", CampaignKeys.Sort(campaign));
        Assert.True(campaign.Covers(new LocalDate(2023, 10, 1)));
        Assert.True(campaign.Covers(new LocalDate(2023, 10, 31)));
        Assert.False(campaign.Covers(new LocalDate(2023, 11, 1)));
        Assert.False(campaign.Covers(new LocalDate(2023, 9, 30)));
        Assert.Equal(Tetor, campaign.Period);
        Assert.Equal(31, campaign.Period.Length);
    }

    [Fact]
    public void Launch_MakesAnIdentity_WhenNoneIsGiven()
    {
        var first = Campaign.Launch(KratDurres, "Tetor", Tetor);
        var second = Campaign.Launch(KratDurres, "Tetor", Tetor);
        Assert.NotEqual(Guid.Empty, first.Id.Value);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Edit_ChangesThePeriod_AndRejects_AnImplausibleDay_ChangingNothing()
    {
        var campaign = Campaign.Launch(KratDurres, "Tetor", Tetor, id: October);
        var november = new DateInterval(new LocalDate(2023, 11, 1), new LocalDate(2023, 11, 30));
        var error = Assert.Throws<DomainArgumentException>(() => campaign.Edit("Nëntor", null, new DateInterval(new LocalDate(1800, 11, 1), new LocalDate(2023, 11, 30))));
        Assert.Equal("period", error.ParamName);
        Assert.Equal(("Tetor", Tetor), (campaign.Name, campaign.Period));
        campaign.Edit("Nëntor", null, november);
        Assert.Equal(("Nëntor", november), (campaign.Name, campaign.Period));
    }

    [Fact]
    public void Launch_Rejects_BlankName()
    {
        Assert.Equal("name", Assert.Throws<DomainArgumentException>(() => Campaign.Launch(KratDurres, "", Tetor)).ParamName);
    }
}
