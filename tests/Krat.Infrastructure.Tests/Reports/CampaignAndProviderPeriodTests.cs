using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Partnerships;
using Krat.Domain.Partnerships.Specifications;
using Krat.Domain.Reports;
using Krat.Infrastructure.Specifications;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Reports;

/// <summary>The campaign report keeps activities moved out of the campaign's days; coverage counts only providers active in the period.</summary>
public sealed class CampaignAndProviderPeriodTests
{
    private static readonly CountyCode Durres = CountyCode.From("AL-02");

    [Fact]
    public async Task CampaignReport_KeepsPostponedAndRescheduledActivities_InItsStatusBreakdown_ButNotInReach()
    {
        using var data = ReportData.Durres();
        // A second activity of the campaign, planned for after it and postponed (its day stays after the campaign).
        var postponed = Activity.Plan(new ActivityPlan
        {
            CommitteeId = DemoIds.KratDurres,
            County = Durres,
            Kind = ActivityKind.AwarenessSession,
            Title = "Seancë e shtyrë në Krujë",
            PlannedDays = Activity.Days(new LocalDate(2023, 11, 20)),
            Municipalities = [Albania.Municipality("Krujë")],
            LeadOrganisationId = DemoIds.EducationOffice,
            TargetGroups = [TargetGroup.Parents],
            CampaignId = DemoIds.October2023,
            Visibility = Visibility.Public,
        });
        postponed.Postpone("Mungon salla");
        await using (var context = data.Context())
        {
            context.Add(postponed);
            await context.SaveChangesAsync();
        }

        data.Activities.Add(postponed);
        var campaign = data.Activities.Where(a => a.CampaignId == DemoIds.October2023).ToList();
        var outside = campaign.Where(a => (a.EffectiveDate < data.Scenario.October2023.Start || a.EffectiveDate > data.Scenario.October2023.End)).ToList();

        var report = await data.RunAsync(r => r.CampaignAsync(DemoIds.KratDurres, DemoIds.October2023, ReportAudience.Committee));

        Assert.NotNull(report);
        // The Shijak school session (postponed, then rescheduled to 8 November) and the new one fall after the campaign's days.
        Assert.Equal(2, outside.Count);
        Assert.Equal(campaign.Count, report.Totals.Activities);
        Assert.Equal(
            campaign.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())),
            report.ByStatus.Select(r => (r.Key, r.Activities)));
        Assert.Contains(report.ByStatus, r => r.Key == ActivityStatus.Postponed && r.Activities == 1 && r.PeopleReached == 0);
        Assert.Contains(report.ByStatus, r => r.Key == ActivityStatus.Cancelled && r.Activities > 0 && r.PeopleReached == 0);
        Assert.Equal(campaign.Where(a => a.Status == ActivityStatus.Completed).Sum(a => a.Reach!.Total), report.Reach.Total);
        Assert.Equal(report.Total, ActivityTally.Sum(report.ByStatus));
    }

    [Fact]
    public async Task Coverage_OfAPeriod_CountsOnlyProvidersActiveInIt()
    {
        using var data = ReportData.Durres();
        // The Resilience Centre is set up on the closing day, 31 October 2023; a shelter closed before October.
        var closed = ServiceProvider.Register("Strehëza e mbyllur", DemoIds.DifferentAndEqual, [ServiceType.Shelter], [Albania.Municipality("Krujë")], [TargetGroup.Women]);
        closed.SetActivePeriod(Term.Between(new LocalDate(2021, 1, 1), new LocalDate(2023, 9, 30)));
        await using (var context = data.Context())
        {
            context.Add(closed);
            await context.SaveChangesAsync();
        }

        var september = await data.RunAsync(r => r.CoverageAsync(DemoIds.KratDurres, new DateInterval(new LocalDate(2023, 9, 1), new LocalDate(2023, 9, 30)), ReportAudience.Public));
        var october = await data.RunAsync(r => r.CoverageAsync(DemoIds.KratDurres, new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)), ReportAudience.Public));

        var centre = data.Scenario.ResilienceCentreProvider.Name;
        Assert.Equal(new LocalDate(2023, 10, 31), data.Scenario.ResilienceCentreProvider.ActiveFrom);
        Assert.DoesNotContain(september.Services, c => c.Providers.Contains(centre));
        Assert.Contains(september.Services, c => c.Municipality == "Krujë" && c.ServiceType == ServiceType.Shelter && c.Providers.Contains(closed.Name));
        Assert.Contains(october.Services, c => c.Municipality == "Durrës" && c.ServiceType == ServiceType.PsychosocialSupport && c.Providers.Contains(centre));
        Assert.DoesNotContain(october.Services, c => c.Providers.Contains(closed.Name));
        Assert.True(october.Services.Single(c => c.Municipality == "Krujë" && c.ServiceType == ServiceType.Shelter).IsGap);
    }

    [Fact]
    public async Task ServiceProvidersOfCounty_OnADay_InSql_LeavesOutProvidersThatStopped_OrLeftTheTableAndCoverNoMunicipalityOfIt()
    {
        using var data = ReportData.Durres();
        var closed = ServiceProvider.Register("Strehëza e mbyllur", DemoIds.DifferentAndEqual, [ServiceType.Shelter], [Albania.Municipality("Krujë")], [TargetGroup.Women]);
        closed.SetActivePeriod(Term.Between(new LocalDate(2021, 1, 1), new LocalDate(2023, 9, 30)));
        var visiting = ServiceProvider.Register("Linja e ndihmës Tiranë", DemoIds.Unicef, [ServiceType.LegalAid], [Albania.Municipality("Tiranë")], []);
        await using (var context = data.Context())
        {
            var committee = await context.Set<Committee>().SingleAsync(c => c.Id == DemoIds.KratDurres);
            TechnicalTableMembership.Join(committee, visiting, new LocalDate(2022, 1, 1));
            TechnicalTableMembership.Leave(committee, visiting, new LocalDate(2023, 6, 30));
            context.AddRange(closed, visiting);
            await context.SaveChangesAsync();
        }

        async Task<List<string>> On(LocalDate day)
        {
            await using var context = data.Context();
            var spec = new ServiceProvidersOfCountySpec(Durres, DemoIds.KratDurres, day);
            return await SpecificationEvaluator.Default.GetQuery(context.Set<ServiceProvider>().AsNoTracking(), spec).Select(p => p.Name).ToListAsync();
        }

        var summer2023 = await On(new LocalDate(2023, 6, 30));
        var autumn2023 = await On(new LocalDate(2023, 10, 1));
        var november2023 = await On(new LocalDate(2023, 11, 1));

        Assert.Equal(["Linja e ndihmës Tiranë", "Strehëza e mbyllur"], summer2023.Order(StringComparer.Ordinal));
        Assert.Empty(autumn2023);
        Assert.Equal([data.Scenario.ResilienceCentreProvider.Name], november2023);
    }
}
