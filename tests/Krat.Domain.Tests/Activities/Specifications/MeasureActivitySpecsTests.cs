using Krat.Domain.Activities.Specifications;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Activities.Specifications;

public sealed class MeasureActivitySpecsTests
{
    [Fact]
    public void MeasuresWithActivities_Lists_MeasuresOfNonCancelledActivities()
    {
        var set = Set();
        Assert.Equal(
            new[] { Measure1, Measure2, Measure3 }.ToHashSet(),
            new MeasuresWithActivitiesSpec(KratDurres).Evaluate(set).ToHashSet());
    }

    [Fact]
    public void MeasuresWithActivities_Ignores_CancelledActivities()
    {
        // Without the completed training (7), measure 3 only has the cancelled tournament (9).
        var set = Set().Where(a => Number(a) != 7).ToList();
        Assert.Equal(new[] { Measure1, Measure2 }.ToHashSet(), new MeasuresWithActivitiesSpec(KratDurres).Evaluate(set).ToHashSet());
    }

    [Fact]
    public void MeasuresWithActivities_Ignores_OtherCommittees()
    {
        Assert.Empty(new MeasuresWithActivitiesSpec(KratTirana).Evaluate(Set()));
    }

    [Fact]
    public void OverdueMeasureActivities_Lists_PlannedOrPostponedBeforeTheDay_ByPlannedDate()
    {
        var result = new OverdueMeasureActivitiesSpec(KratDurres, new LocalDate(2023, 10, 31)).Evaluate(Set()).Select(Number);
        Assert.Equal([12, 8], result);
    }

    [Fact]
    public void OverdueMeasureActivities_Lists_NothingBeforeThePlannedDates()
    {
        Assert.Empty(new OverdueMeasureActivitiesSpec(KratDurres, new LocalDate(2023, 10, 2)).Evaluate(Set()));
    }
}
