using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Initiatives;
using Krat.Domain.Plans;
using Krat.Domain.Statistics;
using Krat.Infrastructure.Repositories;
using Krat.Web.Data;
using Krat.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Web.Tests.Plan;

/// <summary>
/// Data for the plan, partnership and statistics page tests: the Durrës scenario (seeded as demo mode does; a
/// no-op once the site seeds it itself) and records of a second committee (Korçë) for cross-committee checks.
/// </summary>
public static class WorkTestData
{
    /// <summary>The Korçë county.</summary>
    public static readonly CountyCode Korce = CountyCode.From("AL-06");

    /// <summary>"Today" of the test site: the closing day of the scenario.</summary>
    public static LocalDate Today => DurresScenario.ClosingDay;

    /// <summary>Makes sure the Durrës scenario is in the site's database.</summary>
    public static Task SeedAsync(KratWebFactory site) => site.Services.SeedDemoDataAsync(withHistory: false);

    /// <summary>Adds an aggregate through the site's repository (no signed-in user: unscoped).</summary>
    public static async Task<T> AddAsync<T>(KratWebFactory site, T aggregate)
        where T : class, Krat.Domain.Common.IAggregateRoot
    {
        await using var scope = site.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<T>>();
        await repository.AddAsync(aggregate);
        await repository.SaveChangesAsync();
        return aggregate;
    }

    /// <summary>Reads an aggregate back through the site's repository (unscoped).</summary>
    public static async Task<T?> FindAsync<T>(KratWebFactory site, object id)
        where T : class, Krat.Domain.Common.IAggregateRoot
    {
        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        object? found = id switch
        {
            ActionPlanId planId => await services.GetRequiredService<IReadRepository<ActionPlan>>().GetByIdAsync(planId),
            InitiativeId initiativeId => await services.GetRequiredService<IReadRepository<Initiative>>().GetByIdAsync(initiativeId),
            VictimStatisticsId statisticsId => await services.GetRequiredService<IReadRepository<VictimStatistics>>().GetByIdAsync(statisticsId),
            _ => throw new ArgumentException("Unknown id.", nameof(id)),
        };
        return (T?)found;
    }

    /// <summary>A second committee (Korçë) with a draft plan, an initiative and a statistics record.</summary>
    public static async Task<KorceRecords> AddKorceAsync(KratWebFactory site)
    {
        var committee = await AddAsync(site, Committee.Establish(Korce, "Komiteti Rajonal Antitrafik Korçë"));
        var plan = ActionPlan.Draft(committee.Id, "Plani i Korçës 2023", new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)));
        var objective = plan.AddObjective(Pillar.Prevention, "K1", "Ndërgjegjësim në Korçë");
        plan.AddMeasure(objective.Id, "K1.1", "Seanca në shkollat e Korçës", DemoIds.Prefecture, [], new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)));
        await AddAsync(site, plan);
        var initiative = await AddAsync(site, Initiative.Propose(new InitiativeProposal { CommitteeId = committee.Id, Title = "Nisma e Korçës", Beneficiaries = [TargetGroup.Youth], ProposerIds = [DemoIds.Prefecture], ProposingGroup = "Të rinjtë e Korçës" }));
        var statistics = VictimStatistics.Open(committee.Id, Korce, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)));
        statistics.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Sexual, 7);
        statistics.Publish("sekretari.korce", NodaTime.Instant.FromUtc(2024, 1, 20, 9, 0));
        await AddAsync(site, statistics);
        return new KorceRecords(committee.Id, plan.Id, initiative.Id, statistics.Id);
    }

    /// <summary>A Durrës draft plan for 2024 with one measure (approvable), or without measures.</summary>
    public static async Task<ActionPlan> AddDurresDraftAsync(KratWebFactory site, bool withMeasure = true)
    {
        var plan = ActionPlan.Draft(DemoIds.KratDurres, withMeasure ? "Plani rajonal 2024" : "Plani bosh 2024", new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), "PKV 2024-2025");
        if (withMeasure)
        {
            var objective = plan.AddObjective(Pillar.Protection, "O1", "Mbrojtja e viktimave");
            plan.AddMeasure(objective.Id, "1.1", "Referimi i viktimave", DemoIds.StateSocialServices, [DemoIds.LocalHealthUnit], new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30)));
        }

        return await AddAsync(site, plan);
    }

    /// <summary>The ids of the Korçë records.</summary>
    public sealed record KorceRecords(CommitteeId CommitteeId, ActionPlanId PlanId, InitiativeId InitiativeId, VictimStatisticsId StatisticsId);
}
