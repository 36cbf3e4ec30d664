using Krat.Domain.Campaigns;
using Krat.Domain.Common;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Campaigns;

public sealed class CampaignTests
{
    [Fact]
    public void Launch_KeepsNamePeriodAndFoldedSearchText()
    {
        var campaign = Campaign.Launch(October, KratDurres, "Muaji i ndërgjegjësimit, tetor 2023", new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31), "Bashkë kundër trafikimit");
        Assert.Equal("muaji i ndergjegjesimit tetor 2023 bashke kunder trafikimit", CampaignKeys.Search(campaign));
        Assert.Equal("muaji i ndergjegjesimit tetor 2023", CampaignKeys.Sort(campaign));
        Assert.True(campaign.Covers(new LocalDate(2023, 10, 31)));
        Assert.False(campaign.Covers(new LocalDate(2023, 11, 1)));
        Assert.Equal(31, campaign.Period.Length);
    }

    [Fact]
    public void Edit_Rejects_APeriodThatRunsBackwards_AndChangesNothing()
    {
        var campaign = Campaign.Launch(October, KratDurres, "Tetor", new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31));
        var error = Assert.Throws<DomainArgumentException>(() => campaign.Edit("Nëntor", null, new LocalDate(2023, 11, 30), new LocalDate(2023, 11, 1)));
        Assert.StartsWith("A campaign cannot end (2023-11-01) before it starts (2023-11-30).", error.Message);
        Assert.Equal("Tetor", campaign.Name);
        Assert.Equal(new LocalDate(2023, 10, 1), campaign.Start);
    }

    [Fact]
    public void Launch_Rejects_BlankName()
    {
        Assert.Throws<DomainArgumentException>(() => Campaign.Launch(October, KratDurres, "", new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)));
    }
}
