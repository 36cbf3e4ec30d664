using System.Globalization;
using Ardalis.Specification;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Campaigns;
using Krat.Domain.Campaigns.Specifications;
using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Initiatives;
using Krat.Domain.Initiatives.Specifications;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.Partnerships;
using Krat.Domain.Partnerships.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Domain.Plans;
using Krat.Domain.Plans.Specifications;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using NodaTime;

namespace Krat.Infrastructure.Tests.Specifications;

// Every specification of the domain, with its criteria switched on, translates and runs on SQLite: on an empty
// database and on the Durrës scenario, where it must also give the same rows, in the same order, as in memory.
public abstract class EverySpecificationRunsTests(TestProvider provider)
{
    protected TestProvider Provider => provider;

    private static readonly LocalDate Closing = DurresScenario.ClosingDay;
    private static readonly CountyCode DurresCounty = CountyCode.From("AL-02");

    private static readonly Dictionary<string, Func<KratDbContext, DurresScenario, Task<(List<string> Sql, List<string> Memory)>>> Cases = new()
    {
        ["OrganisationsMatchingSpec"] = (c, s) => Run(c, new OrganisationsMatchingSpec("durrës", OrganisationKind.LocalGovernment, DurresCounty), s.Organisations),
        ["OrganisationsMatchingSpec.none"] = (c, s) => Run(c, new OrganisationsMatchingSpec(), s.Organisations),
        ["OrganisationNamesSpec"] = (c, s) => Run(c, new OrganisationNamesSpec([DemoIds.Prefecture, DemoIds.WorldVision, DemoIds.MunicipalityDurres]), s.Organisations, OrganisationLine),
        ["OrganisationNamesSpec.none"] = (c, s) => Run(c, new OrganisationNamesSpec(), s.Organisations, OrganisationLine),
        ["OrganisationChoicesSpec"] = (c, s) => Run(c, new OrganisationChoicesSpec(DurresCounty), s.Organisations, OrganisationLine),
        ["OrganisationChoicesSpec.text"] = (c, s) => Run(c, new OrganisationChoicesSpec(DurresCounty, "DURRES", 3), s.Organisations, OrganisationLine),
        ["PeopleMatchingSpec"] = (c, s) => Run(c, new PeopleMatchingSpec("jani", DemoIds.Prefecture), s.People),
        ["PeopleMatchingSpec.none"] = (c, s) => Run(c, new PeopleMatchingSpec(), s.People),
        ["PersonNamesSpec"] = (c, s) => Run(c, new PersonNamesSpec([.. s.KratDurres.Seats.SelectMany(x => x.Representatives).Select(r => r.PersonId)]), s.People, PersonLine),
        ["PersonNamesSpec.none"] = (c, s) => Run(c, new PersonNamesSpec(), s.People, PersonLine),
        ["PeopleOfOrganisationsSpec"] = (c, s) => Run(c, new PeopleOfOrganisationsSpec([.. s.KratDurres.Seats.Select(x => x.OrganisationId)]), s.People, PersonOfOrganisationLine),
        ["PeopleOfOrganisationsSpec.text"] = (c, s) => Run(c, new PeopleOfOrganisationsSpec([DemoIds.Prefecture, DemoIds.WorldVision], "jani"), s.People, PersonOfOrganisationLine),
        ["CommitteeOfCountySpec"] = (c, s) => Run(c, new CommitteeOfCountySpec(DurresCounty), [s.KratDurres]),
        ["CommitteeWithSeatsSpec"] = (c, s) => Run(c, new CommitteeWithSeatsSpec(DemoIds.KratDurres), [s.KratDurres]),
        ["SeatsOnDateSpec"] = (c, s) => Run(c, new SeatsOnDateSpec(DemoIds.KratDurres, CommitteeBody.Committee, Closing), [s.KratDurres], Roster),
        ["SeatsOnDateSpec.technical-table"] = (c, s) => Run(c, new SeatsOnDateSpec(DemoIds.KratDurres, CommitteeBody.TechnicalTable, Closing), [s.KratDurres], Roster),
        ["CommitteeMeetingsInPeriodSpec"] = (c, s) => Run(c, new CommitteeMeetingsInPeriodSpec(DemoIds.KratDurres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), 0, 10, CommitteeBody.Committee, MeetingKind.Regular, MeetingState.Held), s.Meetings),
        ["CommitteeMeetingsInPeriodSpec.page"] = (c, s) => Run(c, new CommitteeMeetingsInPeriodSpec(DemoIds.KratDurres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), 1, 1), s.Meetings),
        ["PublishedMeetingsInPeriodSpec"] = (c, s) => Run(c, new PublishedMeetingsInPeriodSpec(DemoIds.KratDurres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), 0, 10, CommitteeBody.Committee), s.Meetings),
        ["PublishedMeetingsInPeriodSpec.page"] = (c, s) => Run(c, new PublishedMeetingsInPeriodSpec(DemoIds.KratDurres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), 1, 1), s.Meetings),
        ["MeetingRecordSpec"] = (c, s) => Run(c, new MeetingRecordSpec(DemoIds.ClosingMeeting), s.Meetings),
        ["OpenCommitmentsByOwnerSpec"] = (c, s) => Run(c, new OpenCommitmentsByOwnerSpec(DemoIds.KratDurres, Closing.PlusDays(60)), s.Meetings, Commitments),
        ["OpenCommitmentsByOwnerSpec.owner-overdue"] = (c, s) => Run(c, new OpenCommitmentsByOwnerSpec(DemoIds.KratDurres, Closing.PlusDays(400), DemoIds.Prefecture, overdueOnly: true), s.Meetings, Commitments),
        ["CommitmentsToReviewSpec"] = (c, s) => Run(c, new CommitmentsToReviewSpec(s.ClosingMeeting), s.Meetings, ToReview),
        ["CommitmentsToReviewSpec.next-meeting"] = (c, s) => Run(c, new CommitmentsToReviewSpec(DemoIds.KratDurres, CommitteeBody.Committee, MeetingId.New(), s.ClosingMeeting.EndsAt + Duration.FromDays(60)), s.Meetings, ToReview),
        ["PreviousMeetingSpec"] = (c, s) => Run(c, new PreviousMeetingSpec(DemoIds.KratDurres, CommitteeBody.Committee, s.ClosingMeeting.StartsAt), s.Meetings),
        ["PreviousMeetingSpec.after-closing"] = (c, s) => Run(c, new PreviousMeetingSpec(DemoIds.KratDurres, CommitteeBody.Committee, s.ClosingMeeting.EndsAt + Duration.FromDays(30)), s.Meetings),
        ["AttendanceHistorySpec"] = (c, s) => Run(c, new AttendanceHistorySpec(DemoIds.Prefecture, DemoIds.KratDurres, presentOnly: true), s.Meetings, Attendance),
        ["AttendanceHistorySpec.any"] = (c, s) => Run(c, new AttendanceHistorySpec(DemoIds.SotPerTeArdhmen), s.Meetings, Attendance),
        ["ActivitiesFilterSpec"] = (c, s) => Run(c, new ActivitiesFilterSpec(EveryCriterion, 1, 5), s.Activities),
        ["ActivitiesFilterSpec.none"] = (c, s) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter(), 2, 4), s.Activities),
        ["ActivitiesFilterSpec.committee-text"] = (c, s) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { CommitteeId = DemoIds.KratDurres, Text = "shkollë", Municipality = Albania.Municipality("Kruje") }), s.Activities),
        ["ActivitiesFilterCountSpec"] = (c, s) => Run(c, new ActivitiesFilterCountSpec(EveryCriterion), s.Activities, count: true),
        ["ActionPlansForActivitiesSpec"] = (c, s) => Run(c, new ActionPlansForActivitiesSpec(DemoIds.KratDurres), [s.ActionPlan2023]),
        ["MeasuresForActivitiesSpec"] = (c, s) => Run(c, new MeasuresForActivitiesSpec(DemoIds.KratDurres), [s.ActionPlan2023], PlanMeasuresLine),
        ["MeasuresWithActivitiesSpec"] = (c, s) => Run(c, new MeasuresWithActivitiesSpec(DemoIds.KratDurres), s.Activities, m => m.ToString()),
        ["OverdueMeasureActivitiesSpec"] = (c, s) => Run(c, new OverdueMeasureActivitiesSpec(DemoIds.KratDurres, new LocalDate(2023, 12, 1)), s.Activities),
        ["CampaignsOfCommitteeSpec"] = (c, s) => Run(c, new CampaignsOfCommitteeSpec(DemoIds.KratDurres, new LocalDate(2023, 10, 18), "tetor"), [s.October2023]),
        ["CampaignsOfCommitteeSpec.none"] = (c, s) => Run(c, new CampaignsOfCommitteeSpec(DemoIds.KratDurres), [s.October2023]),
        ["CampaignNamesSpec"] = (c, s) => Run(c, new CampaignNamesSpec(DemoIds.KratDurres), [s.October2023], x => $"{x.Id} {x.Name} {x.Period.Start:yyyy-MM-dd} {x.Period.End:yyyy-MM-dd}"),
        ["PartnershipsOfOrganisationSpec"] = (c, s) => Run(c, new PartnershipsOfOrganisationSpec(DemoIds.MunicipalityDurres), [s.ResilienceCentrePartnership]),
        ["ServiceProvidersOfOrganisationSpec"] = (c, s) => Run(c, new ServiceProvidersOfOrganisationSpec(DemoIds.MunicipalityDurres), [s.ResilienceCentreProvider]),
        ["ServiceProvidersCoveringMunicipalitySpec"] = (c, s) => Run(c, new ServiceProvidersCoveringMunicipalitySpec(Krat.Domain.Geography.Albania.Municipality("Durres"), ServiceType.PsychosocialSupport), [s.ResilienceCentreProvider]),
        ["ServiceProvidersCoveringMunicipalitySpec.none"] = (c, s) => Run(c, new ServiceProvidersCoveringMunicipalitySpec(Krat.Domain.Geography.Albania.Municipality("Korçë")), [s.ResilienceCentreProvider]),
        ["InitiativesOfCommitteeSpec"] = (c, s) => Run(c, new InitiativesOfCommitteeSpec(DemoIds.KratDurres, s.PupilsProject.Status), [s.PupilsProject]),
        ["InitiativesOfCommitteeSpec.none"] = (c, s) => Run(c, new InitiativesOfCommitteeSpec(DemoIds.KratDurres), [s.PupilsProject]),
        ["VictimStatisticsOfCountySpec"] = (c, s) => Run(c, new VictimStatisticsOfCountySpec(DurresCounty, new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31), countyWideOnly: true), [s.VictimStatistics2023]),
        ["StatisticsDraftsSpec"] = (c, s) => Run(c, new StatisticsDraftsSpec(DemoIds.KratDurres, 5), [s.VictimStatistics2023]),
        ["OverlappingStatisticsSpec"] = (c, s) => Run(c, new OverlappingStatisticsSpec(DurresCounty, Albania.Municipality("Krujë"), new DateInterval(new LocalDate(2023, 6, 1), new LocalDate(2023, 6, 30))), [s.VictimStatistics2023]),
        ["ActionPlansOfCommitteeSpec"] = (c, s) => Run(c, new ActionPlansOfCommitteeSpec(DemoIds.KratDurres, includeDrafts: false), [s.ActionPlan2023], p => $"{p.Id} {p.Status} {p.Period.Start:yyyy-MM-dd}"),
        ["ActionPlansOfCommitteeSpec.drafts"] = (c, s) => Run(c, new ActionPlansOfCommitteeSpec(DemoIds.KratDurres, includeDrafts: true), [s.ActionPlan2023], p => $"{p.Id} {p.Status} {p.Period.Start:yyyy-MM-dd}"),
        ["ActionPlanDetailsSpec"] = (c, s) => Run(c, new ActionPlanDetailsSpec(DemoIds.ActionPlan2023), [s.ActionPlan2023]),
        ["ActivitiesOfMeasuresSpec"] = (c, s) => Run(c, new ActivitiesOfMeasuresSpec(DemoIds.KratDurres, [DemoIds.Measure(1), DemoIds.Measure(2)]), s.Activities),
        ["PlanApprovalMeetingsSpec"] = (c, s) => Run(c, new PlanApprovalMeetingsSpec(DemoIds.KratDurres), s.Meetings),
        ["ServiceProvidersOfCountySpec"] = (c, s) => Run(c, new ServiceProvidersOfCountySpec(DurresCounty, DemoIds.KratDurres, new LocalDate(2024, 6, 30)), [s.ResilienceCentreProvider]),
        ["ServiceProvidersOfCountySpec.other-county"] = (c, s) => Run(c, new ServiceProvidersOfCountySpec(CountyCode.From("AL-06"), new CommitteeId(Guid.CreateVersion7()), new LocalDate(2024, 6, 30)), [s.ResilienceCentreProvider]),
        ["PartnershipsInvolvingSpec"] = (c, s) => Run(c, new PartnershipsInvolvingSpec([DemoIds.Undp, DemoIds.Prefecture], []), [s.ResilienceCentrePartnership]),
        ["PartnershipsInvolvingSpec.provider"] = (c, s) => Run(c, new PartnershipsInvolvingSpec([DemoIds.Prefecture], [DemoIds.ResilienceCentreProvider]), [s.ResilienceCentrePartnership]),
    };

    private static ActivitiesFilter EveryCriterion => new()
    {
        CommitteeId = DemoIds.KratDurres,
        From = new LocalDate(2023, 10, 1),
        To = new LocalDate(2023, 10, 31),
        Municipality = Albania.Municipality("durres"),
        TargetGroup = TargetGroup.Pupils,
        MeasureId = DemoIds.Measure(1),
        OrganisationId = DemoIds.WorldVision,
        CampaignId = DemoIds.October2023,
        Visibility = Visibility.Public,
        Status = ActivityStatus.Completed,
        Text = "nxënës",
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [SkippableFact]
    public void EverySpecificationOfTheDomain_HasACase()
    {
        var specs = typeof(IAggregateRoot).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Spec", StringComparison.Ordinal))
            .Select(t => t.Name);

        var missing = specs.Where(name => !Cases.Keys.Any(k => k == name || k.StartsWith(name + ".", StringComparison.Ordinal))).ToList();

        Assert.True(missing.Count == 0, $"Add a case for: {string.Join(", ", missing)}");
    }

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public async Task Specification_RunsOnAnEmptyDatabase(string name)
    {
        using var database = TestDatabase.Migrated(provider);
        await using var context = database.KratContext();

        var (sql, _) = await Cases[name](context, DurresScenario.Build());

        Assert.True(sql.Count == 0 || name == "ActivitiesFilterCountSpec", string.Join(", ", sql));
    }

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public async Task Specification_OnTheDurresScenario_GivesTheRowsItGivesInMemory(string name)
    {
        var (database, scenario) = DurresDatabase.Create(provider);
        using (database)
        {
            await using var context = database.KratContext();

            var (sql, memory) = await Cases[name](context, scenario);

            Assert.Equal(memory, sql);
        }
    }

    [SkippableFact]
    public async Task KeySpecifications_FindSomethingInTheDurresScenario()
    {
        var (database, scenario) = DurresDatabase.Create(provider);
        using (database)
        {
            await using var context = database.KratContext();
            foreach (var name in new[] { "PeopleMatchingSpec", "SeatsOnDateSpec", "CommitteeMeetingsInPeriodSpec.page", "OpenCommitmentsByOwnerSpec", "CommitmentsToReviewSpec", "CommitmentsToReviewSpec.next-meeting", "PreviousMeetingSpec", "AttendanceHistorySpec", "ActivitiesFilterSpec.none", "ServiceProvidersCoveringMunicipalitySpec", "VictimStatisticsOfCountySpec", "PartnershipsOfOrganisationSpec", "MeasuresWithActivitiesSpec", "OrganisationNamesSpec", "PersonNamesSpec", "OrganisationChoicesSpec", "PeopleOfOrganisationsSpec", "MeasuresForActivitiesSpec", "CampaignNamesSpec" })
            {
                var (sql, _) = await Cases[name](context, scenario);
                Assert.True(sql.Count > 0, name);
            }
        }
    }

    private static async Task<(List<string> Sql, List<string> Memory)> Run<T>(KratDbContext context, ISpecification<T> spec, IEnumerable<T> memory, bool count = false)
        where T : class, IAggregateRoot
    {
        var repository = new EfRepository<T>(context, SpecificationEvaluator.Default);
        if (count)
        {
            var stored = await repository.CountAsync(spec);
            var expected = spec.Evaluate(memory).Count();
            return ([stored.ToString(CultureInfo.InvariantCulture)], [expected.ToString(CultureInfo.InvariantCulture)]);
        }

        var rows = await repository.ListAsync(spec);
        return ([.. rows.Select(Key)], [.. spec.Evaluate(memory).Select(Key)]);
    }

    private static async Task<(List<string> Sql, List<string> Memory)> Run<T, TResult>(KratDbContext context, ISpecification<T, TResult> spec, IEnumerable<T> memory, Func<TResult, string> key)
        where T : class, IAggregateRoot
    {
        var repository = new EfRepository<T>(context, SpecificationEvaluator.Default);
        var rows = await repository.ListAsync(spec);
        return ([.. rows.Select(key)], [.. spec.Evaluate(memory).Select(key)]);
    }

    private static string Key(object aggregate) => aggregate switch
    {
        Organisation o => o.Id.ToString(),
        Person p => p.Id.ToString(),
        Committee c => $"{c.Id} seats {c.Seats.Count} posts {c.Seats.Sum(s => s.Posts.Count)} reps {c.Seats.Sum(s => s.Representatives.Count)}",
        Meeting m => $"{m.Id} agenda {m.Agenda.Count} attendance {m.Attendance.Count} commitments {m.Commitments.Count}",
        Activity a => a.Id.ToString(),
        Campaign c => c.Id.ToString(),
        Partnership p => p.Id.ToString(),
        ServiceProvider s => s.Id.ToString(),
        Initiative i => i.Id.ToString(),
        VictimStatistics v => $"{v.Id} cells {v.Counts.Count}",
        ActionPlan p => $"{p.Id} objectives {p.Objectives.Count} measures {p.Measures.Count} indicators {p.Measures.Sum(m => m.Indicators.Count)} actuals {p.Measures.Sum(m => m.Indicators.Sum(i => i.Actuals.Count))}",
        _ => throw new ArgumentException("Unknown aggregate.", nameof(aggregate)),
    };

    private static string Roster(CommitteeRoster roster) =>
        string.Join(" | ", roster.Seats.Select(s => $"{s.SeatId} {s.Role} {string.Join("+", s.Posts)} {string.Join("+", s.Representatives.Select(r => $"{r.PersonId}:{r.Capacity}"))}"));

    private static string Commitments(OpenCommitment line) =>
        $"{line.MeetingId} {line.MeetingDate:yyyy-MM-dd} {line.MeetingKind} {line.Number} {line.CommitmentId}:{line.Overdue}";

    private static string ToReview(CommitmentToReview line) =>
        $"{line.MeetingId} {line.MeetingDate:yyyy-MM-dd} {line.MeetingKind} {line.MeetingStartsAt} {line.Number} {line.CommitmentId} {line.What} {line.OwnerId} {line.Due} {line.Status} {line.ReviewedHereStatus} {line.ReviewedHereNote}";

    private static string OrganisationLine(OrganisationNames o) => $"{o.Id} {o.Name} | {o.EnglishName} | {o.Acronym}";

    private static string PersonLine(PersonName p) => $"{p.Id} {p} | {p.PositionTitle}";

    private static string PersonOfOrganisationLine(PersonOfOrganisation p) => $"{p.PersonId} {p} | {p.OrganisationId}";

    private static string PlanMeasuresLine(ActionPlanMeasures p) =>
        $"{p.PlanId} {p.Title} {p.Period.Start:yyyy-MM-dd} {p.Period.End:yyyy-MM-dd} " + string.Join(" | ", p.Measures.Select(m => $"{m.Id} {m.Code} {m.Title}"));

    private static string Attendance(OrganisationAttendance attendance) =>
        $"{attendance.MeetingId} {attendance.Status} {attendance.Capacity} {attendance.PersonId}";

    public sealed class Sqlite() : EverySpecificationRunsTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : EverySpecificationRunsTests(TestProvider.PostgreSql);
}
