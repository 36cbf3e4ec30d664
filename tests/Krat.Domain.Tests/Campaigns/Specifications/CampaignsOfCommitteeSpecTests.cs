using Krat.Domain.Campaigns;
using Krat.Domain.Campaigns.Specifications;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Campaigns.Specifications;

public sealed class CampaignsOfCommitteeSpecTests
{
    private static CampaignId C(int n) => new(Guid.Parse($"00000000-0000-7000-8000-{0xf100 + n:x12}"));

    private static readonly List<Campaign> Campaigns =
    [
        Campaign.Launch(KratDurres, "Muaji i ndërgjegjësimit, tetor 2023", new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)), id: C(1)),
        Campaign.Launch(KratDurres, "Vera e sigurt 2023", new DateInterval(new LocalDate(2023, 6, 1), new LocalDate(2023, 8, 31)), "Punësim i sigurt", C(2)),
        Campaign.Launch(KratDurres, "Muaji i ndërgjegjësimit, tetor 2022", new DateInterval(new LocalDate(2022, 10, 1), new LocalDate(2022, 10, 31)), id: C(3)),
        Campaign.Launch(KratTirana, "Tetori në Tiranë", new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)), id: C(4)),
    ];

    [Fact]
    public void Lists_TheCommitteesCampaigns_LatestFirst()
    {
        Assert.Equal([C(1), C(2), C(3)], new CampaignsOfCommitteeSpec(KratDurres).Evaluate(Campaigns).Select(c => c.Id));
    }

    [Fact]
    public void RunningOn_IncludesBothEnds()
    {
        Assert.Equal([C(1)], new CampaignsOfCommitteeSpec(KratDurres, new LocalDate(2023, 10, 31)).Evaluate(Campaigns).Select(c => c.Id));
        Assert.Empty(new CampaignsOfCommitteeSpec(KratDurres, new LocalDate(2023, 9, 15)).Evaluate(Campaigns));
    }

    [Fact]
    public void Text_SearchesNameAndTheme_WithoutDiacritics()
    {
        Assert.Equal([C(1), C(3)], new CampaignsOfCommitteeSpec(KratDurres, text: "ndergjegjesimit").Evaluate(Campaigns).Select(c => c.Id));
        Assert.Equal([C(2)], new CampaignsOfCommitteeSpec(KratDurres, text: "PUNËSIM").Evaluate(Campaigns).Select(c => c.Id));
    }
}
