using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Infrastructure.Repositories;
using Krat.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Web.Tests.Reports;

/// <summary>The demo site (Durrës scenario seeded, no generated history) with a second committee (Korçë) and its campaign.</summary>
public sealed class ReportsSite : KratWebFactory
{
    public static readonly CommitteeId KorceCommittee = new(Guid.Parse("00000000-0000-7000-8000-00000000b001"));

    public static readonly CampaignId KorceCampaign = new(Guid.Parse("00000000-0000-7000-8000-00000000b002"));

    public async Task EnsureKorceAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var committees = scope.ServiceProvider.GetRequiredService<IRepository<Committee>>();
        if (await committees.GetByIdAsync(KorceCommittee) is not null)
        {
            return;
        }

        await committees.AddAsync(Committee.Establish(CountyCode.From("AL-06"), "Komiteti Rajonal Antitrafik Korçë", id: KorceCommittee));
        await scope.ServiceProvider.GetRequiredService<IRepository<Campaign>>()
            .AddAsync(Campaign.Launch(KorceCommittee, "Fushata e Korçës", new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)), id: KorceCampaign));
        await scope.ServiceProvider.GetRequiredService<IRepository<Activity>>().AddAsync(Activity.Plan(new ActivityPlan
        {
            CommitteeId = KorceCommittee,
            County = CountyCode.From("AL-06"),
            Kind = ActivityKind.SchoolSession,
            Title = "Seancë në Korçë",
            PlannedDays = Activity.Days(new LocalDate(2023, 10, 9)),
            Municipalities = [Albania.Municipality("Korçë")],
            LeadOrganisationId = DemoIds.EducationOffice,
            TargetGroups = [TargetGroup.Pupils],
            CampaignId = KorceCampaign,
            Visibility = Visibility.Public,
        }));
        await committees.SaveChangesAsync();
    }
}

/// <summary>Figures of the reference scenario, computed here from <see cref="DurresScenario"/> — never read from the site.</summary>
public static class ScenarioFigures
{
    public static DurresScenario Scenario { get; } = DurresScenario.Build();

    public static DateInterval October2023 { get; } = new(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31));

    /// <summary>Every activity of the October 2023 campaign, whatever its day: what the committee's signed-in users see counted.</summary>
    public static IReadOnlyList<Activity> AllCampaignActivities { get; } = [.. Scenario.Activities.Where(a => a.CampaignId == Scenario.October2023.Id)];

    /// <summary>The public activities of the October 2023 campaign, whatever their day: what a reader without a login sees counted.</summary>
    public static IReadOnlyList<Activity> CampaignActivities { get; } = [.. AllCampaignActivities.Where(a => a.Visibility == Visibility.Public)];

    /// <summary>Public activities whose day falls in October 2023 (what a reader without a login sees counted).</summary>
    public static IReadOnlyList<Activity> OctoberActivities { get; } =
        [.. Scenario.Activities.Where(a => October2023.Contains(a.EffectiveDate) && a.Visibility == Visibility.Public)];

    public static int Completed(IEnumerable<Activity> activities) => activities.Count(a => a.Status == ActivityStatus.Completed);

    public static int PeopleReached(IEnumerable<Activity> activities) =>
        activities.Where(a => a.Status == ActivityStatus.Completed).Sum(a => a.Reach?.Total ?? 0);

    /// <summary>Municipalities of Durrës county where no completed activity took place.</summary>
    public static IReadOnlyList<string> NotReached(IEnumerable<Activity> activities)
    {
        var reached = activities.Where(a => a.Status == ActivityStatus.Completed).SelectMany(a => a.Municipalities).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        return [.. Albania.County(CountyCode.From("AL-02")).Municipalities.Select(m => m.Name).Where(m => !reached.Contains(m))];
    }
}
