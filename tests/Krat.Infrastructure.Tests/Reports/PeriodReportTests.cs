using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Reports;
using NodaTime;

using Krat.Infrastructure.Tests.TestSupport;

namespace Krat.Infrastructure.Tests.Reports;

public abstract class PeriodReportTests(TestProvider provider)
{
    protected TestProvider Provider => provider;

    private static readonly DateInterval October2023 = new(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31));

    [SkippableFact]
    public async Task CampaignReport_OnTheDurresScenario_MatchesTheScenariosOwnFigures()
    {
        using var data = ReportData.Durres(provider);

        var report = await data.RunAsync(r => r.CampaignAsync(DemoIds.KratDurres, DemoIds.October2023, ReportAudience.Committee));

        Assert.NotNull(report);
        Assert.Equal(October2023, report.Period);
        AssertMatches(data, report, DemoIds.KratDurres, October2023, DemoIds.October2023);
        Assert.Null(report.YearBefore);
    }

    [SkippableFact]
    public async Task CampaignReport_OfAnUnknownCampaign_IsNull()
    {
        using var data = ReportData.Durres(provider);

        Assert.Null(await data.RunAsync(r => r.CampaignAsync(DemoIds.KratDurres, CampaignId.New(), ReportAudience.Committee)));
    }

    [SkippableTheory]
    [InlineData(2023, 1, 2023, 12)]
    [InlineData(2023, 10, 2023, 11)]
    public async Task PeriodReport_OnTheDurresScenario_MatchesTheScenariosOwnFigures(int fromYear, int fromMonth, int toYear, int toMonth)
    {
        using var data = ReportData.Durres(provider);
        var period = new DateInterval(new LocalDate(fromYear, fromMonth, 1), new YearMonth(toYear, toMonth).OnDayOfMonth(new YearMonth(toYear, toMonth).Calendar.GetDaysInMonth(toYear, toMonth)));

        var report = await data.RunAsync(r => r.PeriodAsync(DemoIds.KratDurres, period, ReportAudience.Committee));

        AssertMatches(data, report, DemoIds.KratDurres, period, null);
    }

    [SkippableFact]
    public async Task PeriodReport_OnTheDurresScenario_DrawsTheClosingMeetingsPicture()
    {
        using var data = ReportData.Durres(provider);

        var report = await data.RunAsync(r => r.MonthAsync(DemoIds.KratDurres, new YearMonth(2023, 10), ReportAudience.Committee));

        // Every municipality of Durrës County was reached in October 2023 ("all the territory of the county").
        Assert.Equal(Albania.County(CountyCode.From("AL-02")).Municipalities.Select(m => m.Name), report.Coverage.Reached);
        Assert.Empty(report.Coverage.NotReached);
        Assert.Equal(1.0, report.Coverage.Share);
        Assert.True(report.StateOrganisations > 0 && report.NonStateOrganisations > 0);
    }

    [SkippableTheory]
    [InlineData(2023)]
    [InlineData(2024)]
    public async Task PeriodReport_OnAGeneratedHistory_MatchesItsFigures_AndComparesWithTheYearBefore(int year)
    {
        using var data = ReportData.WithHistory(provider);
        var period = ReportMath.Year(year);

        var report = await data.RunAsync(r => r.PeriodAsync(DemoIds.KratDurres, period, ReportAudience.Committee));

        AssertMatches(data, report, DemoIds.KratDurres, period, null);
        var before = ReportMath.YearBefore(period);
        var previous = In(data, DemoIds.KratDurres, before, null);
        Assert.NotNull(report.YearBefore);
        Assert.Equal(before, report.YearBeforePeriod);
        Assert.Equal(previous.Count, report.YearBefore.Activities);
        Assert.Equal(previous.Count(a => a.Status == ActivityStatus.Completed), report.YearBefore.Completed);
        Assert.Equal(previous.Where(a => a.Reach is not null).Sum(a => a.Reach!.Total), report.YearBefore.PeopleReached);
        Assert.Equal(previous.Where(a => a.Status == ActivityStatus.Completed).SelectMany(a => a.Municipalities).Distinct().Count(), report.YearBefore.MunicipalitiesReached);
    }

    [SkippableFact]
    public async Task PeriodReport_OfAnotherCommittee_SeesOnlyItsOwnActivities()
    {
        using var data = ReportData.WithHistory(provider);

        var report = await data.RunAsync(r => r.PeriodAsync(ReportData.KratKorce, ReportMath.Year(2023), ReportAudience.Committee));

        AssertMatches(data, report, ReportData.KratKorce, ReportMath.Year(2023), null);
        Assert.Equal(CountyCode.From("AL-06"), report.Coverage.County);
    }

    [SkippableFact]
    public async Task PeriodReport_ForACommitteeOutsideTheScope_IsRefused()
    {
        using var data = ReportData.WithHistory(provider);

        await Assert.ThrowsAsync<ArgumentException>(() => data.RunAsync(r => r.PeriodAsync(DemoIds.KratDurres, ReportMath.Year(2023), ReportAudience.Committee), Scoping.CommitteeScope.For(ReportData.KratKorce)));
    }

    // A campaign report holds every activity of the campaign, whatever its day; a period report those whose day falls in the period.
    internal static List<Activity> In(ReportData data, CommitteeId committee, DateInterval period, CampaignId? campaign) =>
        [.. data.Activities.Where(a => a.CommitteeId == committee && (campaign is null ? period.Contains(a.EffectiveDate) : a.CampaignId == campaign))];

    private static void AssertMatches(ReportData data, PeriodReport report, CommitteeId committee, DateInterval period, CampaignId? campaign)
    {
        var activities = In(data, committee, period, campaign);
        var completed = activities.Where(a => a.Status == ActivityStatus.Completed).ToList();
        Assert.NotEmpty(activities);

        Assert.Equal(activities.Count, report.Totals.Activities);
        Assert.Equal(completed.Count, report.Totals.Completed);
        Assert.Equal(activities.Count(a => a.Status == ActivityStatus.Cancelled), report.Totals.Cancelled);
        Assert.Equal(completed.Sum(a => a.Reach!.Total), report.Totals.PeopleReached);

        Assert.Equal(
            activities.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count(), g.Count(a => a.Status == ActivityStatus.Completed), g.Sum(a => a.Reach?.Total ?? 0))),
            report.ByKind.Select(r => (r.Key, r.Activities, r.Completed, r.PeopleReached)));
        Assert.Equal(
            activities.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())),
            report.ByStatus.Select(r => (r.Key, r.Activities)));
        Assert.Equal(
            activities.SelectMany(a => a.TargetGroups, (a, g) => (a, g)).GroupBy(x => x.g).OrderBy(g => g.Key).Select(g => (g.Key, g.Count(), g.Count(x => x.a.Status == ActivityStatus.Completed), g.Sum(x => x.a.Reach?.Total ?? 0))),
            report.ByTargetGroup.Select(r => (r.Key, r.Activities, r.Completed, r.PeopleReached)));
        var catalogue = Albania.County(report.County).Municipalities.Select(m => m.Name).ToList();
        Assert.Equal(
            activities.SelectMany(a => a.Municipalities, (a, m) => (a, m: m.Name)).GroupBy(x => x.m).OrderBy(g => catalogue.IndexOf(g.Key)).Select(g => (g.Key, g.Count(), g.Count(x => x.a.Status == ActivityStatus.Completed), g.Sum(x => x.a.Reach?.Total ?? 0))),
            report.ByMunicipality.Select(r => (r.Key, r.Activities, r.Completed, r.PeopleReached)));

        Assert.Equal(
            (completed.Count, completed.Sum(a => a.Reach!.Total), completed.Sum(a => a.Reach!.Women ?? 0), completed.Sum(a => a.Reach!.Men ?? 0), completed.Sum(a => a.Reach!.Children ?? 0), completed.Sum(a => a.Reach!.Adults ?? 0)),
            (report.Reach.Activities, report.Reach.Total, report.Reach.Women, report.Reach.Men, report.Reach.Children, report.Reach.Adults));

        var reached = completed.SelectMany(a => a.Municipalities).Select(m => m.Name).ToHashSet();
        Assert.Equal(catalogue.Where(reached.Contains), report.Coverage.Reached);
        Assert.Equal(catalogue.Where(m => !reached.Contains(m)), report.Coverage.NotReached);
        Assert.Equal(reached.Count, report.Totals.MunicipalitiesReached);

        var involving = activities.Where(a => a.Status != ActivityStatus.Cancelled).ToList();
        var expectedOrganisations = involving.SelectMany(a => a.PartnerOrganisationIds.Append(a.LeadOrganisationId)).Distinct()
            .Select(id => data.Organisation(id))
            .OrderByDescending(o => OrganisationSector.IsState(o.Kind)).ThenBy(OrganisationKeys.Sort, StringComparer.Ordinal)
            .Select(o => (o.Id, o.Name, involving.Count(a => a.LeadOrganisationId == o.Id), involving.Count(a => a.PartnerOrganisationIds.Contains(o.Id))));
        Assert.Equal(expectedOrganisations, report.Organisations.Select(o => (o.OrganisationId, o.Name, o.Led, o.Partnered)));
        Assert.Equal(report.Organisations.Count(o => o.Kind is OrganisationKind.Ngo or OrganisationKind.InternationalNgo or OrganisationKind.Multilateral or OrganisationKind.DonorAgency or OrganisationKind.Business or OrganisationKind.Media), report.NonStateOrganisations);
    }

    public sealed class Sqlite() : PeriodReportTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : PeriodReportTests(TestProvider.PostgreSql);
}
