using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Geography;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Activities.Specifications;

public sealed class ActivitiesFilterSpecTests
{
    private readonly List<Activity> _set = Set();

    private int[] Run(ActivitiesFilter filter, int page = 1, int? pageSize = null) =>
        [.. new ActivitiesFilterSpec(filter, page, pageSize).Evaluate(_set).Select(Number)];

    [Fact]
    public void Committee_Returns_ItsActivities_NewestEffectiveDateFirst()
    {
        Assert.Equal([10, 9, 8, 6, 5, 4, 3, 2, 1, 12, 7], Run(new ActivitiesFilter { CommitteeId = KratDurres }));
    }

    [Fact]
    public void Period_Uses_ActualDateOfCompleted_AndPlannedDateOfOthers()
    {
        Assert.Equal([9, 8, 6, 5, 4, 3, 2, 1, 12], Run(new ActivitiesFilter { CommitteeId = KratDurres, From = new LocalDate(2023, 10, 1), To = new LocalDate(2023, 10, 31) }));
        Assert.Equal([2], Run(new ActivitiesFilter { From = new LocalDate(2023, 10, 11), To = new LocalDate(2023, 10, 11) }));
        Assert.Empty(Run(new ActivitiesFilter { From = new LocalDate(2023, 10, 10), To = new LocalDate(2023, 10, 10) }));
    }

    [Fact]
    public void Municipality_Matches_WithOrWithoutDiacritics()
    {
        Assert.Equal([10, 8, 5, 3], Run(new ActivitiesFilter { Municipality = Albania.Municipality("Shijak") }));
        Assert.Equal([9, 2], Run(new ActivitiesFilter { Municipality = Albania.Municipality("kruje") }));
        Assert.Equal([9, 2], Run(new ActivitiesFilter { Municipality = new Municipality("kruje", Durres) }));
        Assert.Empty(Run(new ActivitiesFilter { Municipality = new Municipality("Atlantis", Durres) }));
    }

    [Fact]
    public void TargetGroup_Matches_AnyOfTheActivitysGroups()
    {
        Assert.Equal([8, 2, 11, 1, 12], Run(new ActivitiesFilter { TargetGroup = TargetGroup.Pupils }));
        Assert.Equal([10, 2], Run(new ActivitiesFilter { TargetGroup = TargetGroup.Parents }));
    }

    [Fact]
    public void Measure_Matches_LinkedActivities()
    {
        Assert.Equal([10, 4, 3], Run(new ActivitiesFilter { MeasureId = Measure2 }));
    }

    [Fact]
    public void Organisation_Matches_LeadOrPartner()
    {
        Assert.Equal([6, 3, 11, 1], Run(new ActivitiesFilter { OrganisationId = WorldVision }));
        Assert.Equal([6, 4, 7], Run(new ActivitiesFilter { OrganisationId = Police }));
    }

    [Fact]
    public void CampaignAndVisibility_Combine()
    {
        Assert.Equal([9, 8, 6, 5, 3, 2, 11, 1], Run(new ActivitiesFilter { CampaignId = October, Visibility = Visibility.Public }));
    }

    [Fact]
    public void Text_IgnoresDiacriticsAndCase_AndSearchesDescriptionAndMunicipalities()
    {
        Assert.Equal([6], Run(new ActivitiesFilter { Text = "ndergjegjesim" }));
        Assert.Equal([10, 8, 2, 1, 12], Run(new ActivitiesFilter { CommitteeId = KratDurres, Text = "SEANCE" }));
        Assert.Equal([9, 2], Run(new ActivitiesFilter { Text = "Krujë" }));
    }

    [Fact]
    public void Status_And_Everything_Combine()
    {
        var filter = new ActivitiesFilter
        {
            CommitteeId = KratDurres,
            From = new LocalDate(2023, 10, 1),
            To = new LocalDate(2023, 10, 31),
            Status = ActivityStatus.Completed,
            TargetGroup = TargetGroup.Pupils,
        };
        Assert.Equal([2, 1], Run(filter));
    }

    [Fact]
    public void Paging_Returns_TheRequestedPage_AndCountSpecCountsAll()
    {
        var filter = new ActivitiesFilter { CommitteeId = KratDurres };
        Assert.Equal([6, 5, 4], Run(filter, page: 2, pageSize: 3));
        Assert.Equal([12, 7], Run(filter, page: 4, pageSize: 3));
        Assert.Equal(11, new ActivitiesFilterCountSpec(filter).Evaluate(_set).Count());
    }

    [Fact]
    public void Paging_Rejects_PageBelowOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivitiesFilterSpec(new ActivitiesFilter(), page: 0, pageSize: 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivitiesFilterSpec(new ActivitiesFilter(), page: 1, pageSize: 0));
    }
}
