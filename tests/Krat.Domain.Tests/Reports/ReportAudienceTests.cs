using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Reports;

namespace Krat.Domain.Tests.Reports;

public sealed class ReportAudienceTests
{
    private static readonly IReadOnlyList<Activity> Activities = DurresScenario.Build().Activities;

    [Fact]
    public void ThePublic_CountsPublicActivitiesOnly_TheCommitteeCountsAll_InMemoryAndAsAQuery()
    {
        Assert.Contains(Activities, a => a.Visibility == Visibility.Internal);

        Assert.Equal(Activities.Where(a => a.Visibility == Visibility.Public), Activities.Where(a => ReportAudience.Public.Sees(a)));
        Assert.Equal(Activities.Where(a => ReportAudience.Public.Sees(a)), Activities.AsQueryable().Where(ReportAudiences.Counts(ReportAudience.Public)));
        Assert.Equal(Activities, Activities.AsQueryable().Where(ReportAudiences.Counts(ReportAudience.Committee)));
    }

    [Fact]
    public void TheActivitiesFilter_WithAnAudience_AppliesTheSameRule()
    {
        var forPublic = new ActivitiesFilterSpec(new ActivitiesFilter { Audience = ReportAudience.Public }).Evaluate(Activities);

        Assert.Equal(Activities.Where(a => ReportAudience.Public.Sees(a)).Select(a => a.Id).Order(), forPublic.Select(a => a.Id).Order());
    }

    [Fact]
    public void AnUndefinedAudience_IsRefused_NotTreatedAsEitherOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportAudiences.Counts(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => default(ReportAudience).Sees(Activities[0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanProgressReport.Of(DurresScenario.Build().ActionPlan2023, Activities, DurresScenario.ClosingDay, (ReportAudience)7));
    }

    [Fact]
    public void EachAudience_SaysWhatItCounts_InBothLanguages()
    {
        Assert.Equal(("vetëm aktivitetet publike", "public activities only"), (ReportAudience.Public.Counted().Albanian, ReportAudience.Public.Counted().English));
        Assert.Equal(("të gjitha aktivitetet, përfshirë të brendshmet", "all activities, internal included"), (ReportAudience.Committee.Counted().Albanian, ReportAudience.Committee.Counted().English));
        Assert.Equal("Numëron: vetëm aktivitetet publike.", ReportAudience.Public.Note().Albanian);
    }
}
