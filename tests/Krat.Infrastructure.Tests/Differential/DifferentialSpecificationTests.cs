using System.Globalization;
using Ardalis.Specification;
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
using Krat.Domain.Plans;
using Krat.Domain.Plans.Specifications;
using Krat.Domain.Partnerships.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using NodaTime;

namespace Krat.Infrastructure.Tests.Differential;

// Every specification of the domain, evaluated in memory (spec.Evaluate on the generated aggregates) and through
// the repository on SQLite (the same aggregates, saved), must return the same rows in the same order. Rows are
// compared as full projections (every persisted field, children sorted by identity), so a mapping that loses or
// changes data fails as well as one that filters or orders differently.
public abstract class DifferentialSpecificationTests(GeneratedDatabase data)
{
    private static readonly LocalDate Today = GeneratedDatabase.Options.Today!.Value;
    private static readonly LocalDate Year2023 = new(2023, 1, 1);
    private static readonly LocalDate End2023 = new(2023, 12, 31);

    /// <summary>Cases that differ because of the mapping, not the specification; they are left out of the theory and reported as skipped facts below.</summary>
    private static readonly Dictionary<string, string> KnownMappingDifferences = [];

    private static readonly Dictionary<string, Func<GeneratedDatabase, KratDbContext, Task<(List<string> Sql, List<string> Memory)>>> Cases = new()
    {
        // Organisations
        ["OrganisationsMatchingSpec.all"] = (d, c) => Run(c, new OrganisationsMatchingSpec(), d.Organisations, Project),
        ["OrganisationsMatchingSpec.korce-folded"] = (d, c) => Run(c, new OrganisationsMatchingSpec("korce"), d.Organisations, Project),
        ["OrganisationsMatchingSpec.korce-diacritics"] = (d, c) => Run(c, new OrganisationsMatchingSpec("Korçë"), d.Organisations, Project),
        ["OrganisationsMatchingSpec.kruje-folded"] = (d, c) => Run(c, new OrganisationsMatchingSpec("Kruje"), d.Organisations, Project),
        ["OrganisationsMatchingSpec.kruje-diacritics"] = (d, c) => Run(c, new OrganisationsMatchingSpec("KRUJË"), d.Organisations, Project),
        ["OrganisationsMatchingSpec.schools"] = (d, c) => Run(c, new OrganisationsMatchingSpec("shkolla", OrganisationKind.School), d.Organisations, Project),
        ["OrganisationsMatchingSpec.kind-county"] = (d, c) => Run(c, new OrganisationsMatchingSpec(null, OrganisationKind.LocalGovernment, CountyCode.From("AL-06")), d.Organisations, Project),
        ["OrganisationsMatchingSpec.empty"] = (d, c) => Run(c, new OrganisationsMatchingSpec("asnjë organizatë e tillë"), d.Organisations, Project),

        ["OrganisationNamesSpec.all"] = (d, c) => Run(c, new OrganisationNamesSpec(), d.Organisations, OrganisationLine),
        ["OrganisationNamesSpec.some"] = (d, c) => Run(c, new OrganisationNamesSpec([.. d.Organisations.Where((_, i) => i % 3 == 0).Select(o => o.Id)]), d.Organisations, OrganisationLine),
        ["OrganisationNamesSpec.seats-of-korce"] = (d, c) => Run(c, new OrganisationNamesSpec([.. d.Committee("AL-06").Seats.Select(s => s.OrganisationId)]), d.Organisations, OrganisationLine),
        ["OrganisationNamesSpec.empty"] = (d, c) => Run(c, new OrganisationNamesSpec([]), d.Organisations, OrganisationLine),
        ["OrganisationChoicesSpec.korce"] = (d, c) => Run(c, new OrganisationChoicesSpec(CountyCode.From("AL-06")), d.Organisations, OrganisationLine),
        ["OrganisationChoicesSpec.korce-folded-first-five"] = (d, c) => Run(c, new OrganisationChoicesSpec(CountyCode.From("AL-06"), "KORCE", 5), d.Organisations, OrganisationLine),

        // People
        ["PeopleMatchingSpec.all"] = (d, c) => Run(c, new PeopleMatchingSpec(), d.People, Project),
        ["PeopleMatchingSpec.family-diacritics"] = (d, c) => Run(c, new PeopleMatchingSpec(DiacriticFamily(d)), d.People, Project),
        ["PeopleMatchingSpec.family-folded"] = (d, c) => Run(c, new PeopleMatchingSpec(AlbanianText.Fold(DiacriticFamily(d)).ToUpperInvariant()), d.People, Project),
        ["PeopleMatchingSpec.organisation"] = (d, c) => Run(c, new PeopleMatchingSpec(null, d.Organisation("Prefektura e Qarkut Korçë").Id), d.People, Project),
        ["PeopleMatchingSpec.text-organisation"] = (d, c) => Run(c, new PeopleMatchingSpec("prefekt", d.Organisation("Prefektura e Qarkut Durrës").Id), d.People, Project),
        ["PeopleMatchingSpec.empty"] = (d, c) => Run(c, new PeopleMatchingSpec("xyzw"), d.People, Project),

        ["PersonNamesSpec.all"] = (d, c) => Run(c, new PersonNamesSpec(), d.People, PersonLine),
        ["PersonNamesSpec.representatives-of-durres"] = (d, c) => Run(c, new PersonNamesSpec([.. d.Committee("AL-02").Seats.SelectMany(s => s.Representatives).Select(r => r.PersonId)]), d.People, PersonLine),
        ["PersonNamesSpec.unknown-and-known"] = (d, c) => Run(c, new PersonNamesSpec([new PersonId(Guid.Parse("00000000-0000-7000-8000-00000000dead")), d.People[^1].Id]), d.People, PersonLine),
        ["PersonNamesSpec.empty"] = (d, c) => Run(c, new PersonNamesSpec([]), d.People, PersonLine),
        ["PeopleOfOrganisationsSpec.seats-of-korce"] = (d, c) => Run(c, new PeopleOfOrganisationsSpec([.. d.Committee("AL-06").Seats.Select(s => s.OrganisationId)]), d.People, PersonOfOrganisationLine),
        ["PeopleOfOrganisationsSpec.diacritics"] = (d, c) => Run(c, new PeopleOfOrganisationsSpec([.. d.Organisations.Select(o => o.Id)], DiacriticFamily(d)), d.People, PersonOfOrganisationLine),
        ["PeopleOfOrganisationsSpec.empty"] = (d, c) => Run(c, new PeopleOfOrganisationsSpec([]), d.People, PersonOfOrganisationLine),

        // Committees
        ["CommitteeOfCountySpec.durres"] = (d, c) => Run(c, new CommitteeOfCountySpec(CountyCode.From("AL-02")), d.Committees, Project),
        ["CommitteeOfCountySpec.korce"] = (d, c) => Run(c, new CommitteeOfCountySpec(CountyCode.From("AL-06")), d.Committees, Project),
        ["CommitteeOfCountySpec.empty"] = (d, c) => Run(c, new CommitteeOfCountySpec(CountyCode.From("AL-12")), d.Committees, Project),
        ["CommitteeWithSeatsSpec.kukes"] = (d, c) => Run(c, new CommitteeWithSeatsSpec(d.Committee("AL-07").Id), d.Committees, Project),
        ["CommitteeWithSeatsSpec.durres"] = (d, c) => Run(c, new CommitteeWithSeatsSpec(d.Committee("AL-02").Id), d.Committees, Project),
        ["CommitteeWithSeatsSpec.empty"] = (d, c) => Run(c, new CommitteeWithSeatsSpec(new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead"))), d.Committees, Project),
        ["SeatsOnDateSpec.committee-today"] = (d, c) => Run(c, new SeatsOnDateSpec(d.Committee("AL-02").Id, CommitteeBody.Committee, Today), d.Committees, Roster),
        ["SeatsOnDateSpec.committee-start"] = (d, c) => Run(c, new SeatsOnDateSpec(d.Committee("AL-06").Id, CommitteeBody.Committee, GeneratedDatabase.Options.From), d.Committees, Roster),
        ["SeatsOnDateSpec.technical-table-end"] = (d, c) => Run(c, new SeatsOnDateSpec(d.Committee("AL-07").Id, CommitteeBody.TechnicalTable, End2023), d.Committees, Roster),
        ["SeatsOnDateSpec.before-constitution"] = (d, c) => Run(c, new SeatsOnDateSpec(d.Committee("AL-02").Id, CommitteeBody.TechnicalTable, new LocalDate(2000, 1, 1)), d.Committees, Roster),
        ["SeatsOnDateSpec.last-day-of-a-representative"] = (d, c) => Run(c, new SeatsOnDateSpec(d.Committee("AL-06").Id, CommitteeBody.Committee, EndingRepresentative(d, "AL-06")), d.Committees, Roster),
        ["SeatsOnDateSpec.day-after-a-representative"] = (d, c) => Run(c, new SeatsOnDateSpec(d.Committee("AL-06").Id, CommitteeBody.Committee, EndingRepresentative(d, "AL-06").PlusDays(1)), d.Committees, Roster),
        ["SeatsOnDateSpec.empty"] = (d, c) => Run(c, new SeatsOnDateSpec(new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead")), CommitteeBody.Committee, Today), d.Committees, Roster),

        // Meetings
        ["CommitteeMeetingsInPeriodSpec.year"] = (d, c) => Run(c, new CommitteeMeetingsInPeriodSpec(d.Committee("AL-02").Id, new DateInterval(Year2023, End2023)), d.Meetings, Project),
        ["CommitteeMeetingsInPeriodSpec.page"] = (d, c) => Run(c, new CommitteeMeetingsInPeriodSpec(d.Committee("AL-06").Id, new DateInterval(GeneratedDatabase.Options.From, End2023), 3, 4), d.Meetings, Project),
        ["CommitteeMeetingsInPeriodSpec.technical-table"] = (d, c) => Run(c, new CommitteeMeetingsInPeriodSpec(d.Committee("AL-07").Id, new DateInterval(GeneratedDatabase.Options.From, End2023), body: CommitteeBody.TechnicalTable), d.Meetings, Project),
        ["CommitteeMeetingsInPeriodSpec.annual-held"] = (d, c) => Run(c, new CommitteeMeetingsInPeriodSpec(d.Committee("AL-02").Id, new DateInterval(GeneratedDatabase.Options.From, End2023), kind: MeetingKind.AnnualAnalysis, state: MeetingState.Held), d.Meetings, Project),
        ["CommitteeMeetingsInPeriodSpec.planned"] = (d, c) => Run(c, new CommitteeMeetingsInPeriodSpec(d.Committee("AL-06").Id, new DateInterval(GeneratedDatabase.Options.From, End2023), state: MeetingState.Planned), d.Meetings, Project),
        ["CommitteeMeetingsInPeriodSpec.one-day"] = (d, c) => Run(c, new CommitteeMeetingsInPeriodSpec(d.Committee("AL-07").Id, new DateInterval(d.Meetings.First(m => m.CommitteeId == d.Committee("AL-07").Id).Date, d.Meetings.First(m => m.CommitteeId == d.Committee("AL-07").Id).Date)), d.Meetings, Project),
        ["CommitteeMeetingsInPeriodSpec.empty"] = (d, c) => Run(c, new CommitteeMeetingsInPeriodSpec(d.Committee("AL-02").Id, new DateInterval(new LocalDate(2030, 1, 1), new LocalDate(2030, 12, 31))), d.Meetings, Project),
        ["PublishedMeetingsInPeriodSpec.year"] = (d, c) => Run(c, new PublishedMeetingsInPeriodSpec(d.Committee("AL-02").Id, new DateInterval(Year2023, End2023)), d.Meetings, Project),
        ["PublishedMeetingsInPeriodSpec.page"] = (d, c) => Run(c, new PublishedMeetingsInPeriodSpec(d.Committee("AL-06").Id, new DateInterval(GeneratedDatabase.Options.From, End2023), 2, 3), d.Meetings, Project),
        ["PublishedMeetingsInPeriodSpec.technical-table"] = (d, c) => Run(c, new PublishedMeetingsInPeriodSpec(d.Committee("AL-07").Id, new DateInterval(GeneratedDatabase.Options.From, End2023), body: CommitteeBody.TechnicalTable), d.Meetings, Project),
        ["PublishedMeetingsInPeriodSpec.empty"] = (d, c) => Run(c, new PublishedMeetingsInPeriodSpec(d.Committee("AL-02").Id, new DateInterval(new LocalDate(2030, 1, 1), new LocalDate(2030, 12, 31))), d.Meetings, Project),
        ["MeetingRecordSpec.reviewed"] = (d, c) => Run(c, new MeetingRecordSpec(d.Meetings.First(m => m.Commitments.Any(x => x.Reviews.Count > 1)).Id), d.Meetings, Project),
        ["MeetingRecordSpec.cancelled"] = (d, c) => Run(c, new MeetingRecordSpec(d.Meetings.First(m => m.State == MeetingState.Cancelled).Id), d.Meetings, Project),
        ["MeetingRecordSpec.guests"] = (d, c) => Run(c, new MeetingRecordSpec(d.Meetings.First(m => m.Guests.Count > 0).Id), d.Meetings, Project),
        ["MeetingRecordSpec.empty"] = (d, c) => Run(c, new MeetingRecordSpec(new MeetingId(Guid.Parse("00000000-0000-7000-8000-00000000dead"))), d.Meetings, Project),
        ["CommitmentsToReviewSpec.last-held"] = (d, c) => Run(c, new CommitmentsToReviewSpec(d.Meetings.Where(m => m.CommitteeId == d.Committee("AL-02").Id && m.Body == CommitteeBody.Committee && m.State == MeetingState.Held).MaxBy(m => m.StartsAt)!), d.Meetings, ToReview),
        ["CommitmentsToReviewSpec.next-technical-table"] = (d, c) => Run(c, new CommitmentsToReviewSpec(d.Committee("AL-06").Id, CommitteeBody.TechnicalTable, MeetingId.New(), Today.PlusDays(1).AtStartOfDayInZone(Meeting.TimeZone).ToInstant()), d.Meetings, ToReview),
        ["CommitmentsToReviewSpec.first"] = (d, c) => Run(c, new CommitmentsToReviewSpec(d.Meetings.Where(m => m.CommitteeId == d.Committee("AL-07").Id).MinBy(m => m.StartsAt)!), d.Meetings, ToReview),
        ["PreviousMeetingSpec.committee"] = (d, c) => Run(c, new PreviousMeetingSpec(d.Committee("AL-02").Id, CommitteeBody.Committee, Today.AtStartOfDayInZone(Meeting.TimeZone).ToInstant()), d.Meetings, Project),
        ["PreviousMeetingSpec.technical-table"] = (d, c) => Run(c, new PreviousMeetingSpec(d.Committee("AL-06").Id, CommitteeBody.TechnicalTable, End2023.AtStartOfDayInZone(Meeting.TimeZone).ToInstant()), d.Meetings, Project),
        ["PreviousMeetingSpec.none"] = (d, c) => Run(c, new PreviousMeetingSpec(d.Committee("AL-07").Id, CommitteeBody.Committee, GeneratedDatabase.Options.From.AtStartOfDayInZone(Meeting.TimeZone).ToInstant()), d.Meetings, Project),
        ["OpenCommitmentsByOwnerSpec.today"] = (d, c) => Run(c, new OpenCommitmentsByOwnerSpec(d.Committee("AL-02").Id, Today), d.Meetings, Commitments),
        ["OpenCommitmentsByOwnerSpec.overdue"] = (d, c) => Run(c, new OpenCommitmentsByOwnerSpec(d.Committee("AL-06").Id, Today, overdueOnly: true), d.Meetings, Commitments),
        ["OpenCommitmentsByOwnerSpec.owner"] = (d, c) => Run(c, new OpenCommitmentsByOwnerSpec(d.Committee("AL-07").Id, End2023, OpenOwner(d, "AL-07")), d.Meetings, Commitments),
        ["OpenCommitmentsByOwnerSpec.mid-2022"] = (d, c) => Run(c, new OpenCommitmentsByOwnerSpec(d.Committee("AL-02").Id, new LocalDate(2022, 7, 1)), d.Meetings, Commitments),
        ["OpenCommitmentsByOwnerSpec.owner-without-commitments"] = (d, c) => Run(c, new OpenCommitmentsByOwnerSpec(d.Committee("AL-02").Id, Today, d.Organisation("Ministria e Brendshme").Id), d.Meetings, Commitments),
        ["OpenCommitmentsByOwnerSpec.empty"] = (d, c) => Run(c, new OpenCommitmentsByOwnerSpec(d.Committee("AL-02").Id, new LocalDate(2000, 1, 1)), d.Meetings, Commitments),
        ["AttendanceHistorySpec.prefecture"] = (d, c) => Run(c, new AttendanceHistorySpec(d.Organisation("Prefektura e Qarkut Durrës").Id, d.Committee("AL-02").Id), d.Meetings, Attendance),
        ["AttendanceHistorySpec.present-only"] = (d, c) => Run(c, new AttendanceHistorySpec(d.Organisation("Bashkia Korçë").Id, presentOnly: true), d.Meetings, Attendance),
        ["AttendanceHistorySpec.national-organisation"] = (d, c) => Run(c, new AttendanceHistorySpec(d.Organisation("UNICEF Shqipëri").Id), d.Meetings, Attendance),
        ["AttendanceHistorySpec.other-committee"] = (d, c) => Run(c, new AttendanceHistorySpec(d.Organisation("Bashkia Korçë").Id, d.Committee("AL-02").Id), d.Meetings, Attendance),

        // Activities
        ["ActivitiesFilterSpec.all"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter()), d.Activities, Project),
        ["ActivitiesFilterSpec.page-1"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter(), 1, 25), d.Activities, Project),
        ["ActivitiesFilterSpec.page-4"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { CommitteeId = d.Committee("AL-06").Id }, 4, 7), d.Activities, Project),
        ["ActivitiesFilterSpec.page-beyond"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter(), 100, 25), d.Activities, Project),
        ["ActivitiesFilterSpec.period"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { From = new LocalDate(2023, 10, 1), To = new LocalDate(2023, 10, 31) }), d.Activities, Project),
        ["ActivitiesFilterSpec.kruje-folded"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Municipality = new Municipality("Kruje", CountyCode.From("AL-02")) }), d.Activities, Project),
        ["ActivitiesFilterSpec.kruje-diacritics"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Municipality = Albania.Municipality("Krujë") }), d.Activities, Project),
        ["ActivitiesFilterSpec.text-kruje-folded"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Text = "kruje" }), d.Activities, Project),
        ["ActivitiesFilterSpec.text-kruje-diacritics"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Text = "KRUJË" }), d.Activities, Project),
        ["ActivitiesFilterSpec.text-ndergjegjesim"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Text = "ndergjegjesim" }), d.Activities, Project),
        ["ActivitiesFilterSpec.text-ndërgjegjësim"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Text = "ndërgjegjësim" }), d.Activities, Project),
        ["ActivitiesFilterSpec.text-korce-quoted"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Text = "\"Korçë\"" }), d.Activities, Project),
        ["ActivitiesFilterSpec.target-group"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { TargetGroup = TargetGroup.RomaAndEgyptianCommunities }), d.Activities, Project),
        ["ActivitiesFilterSpec.measure"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { MeasureId = d.Activities.First(a => a.MeasureId is not null).MeasureId }), d.Activities, Project),
        ["ActivitiesFilterSpec.organisation"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { OrganisationId = d.Organisation("World Vision Shqipëri").Id }), d.Activities, Project),
        ["ActivitiesFilterSpec.campaign"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { CampaignId = October2023(d, "AL-02") }), d.Activities, Project),
        ["ActivitiesFilterSpec.public-completed"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Visibility = Visibility.Public, Status = ActivityStatus.Completed, CommitteeId = d.Committee("AL-07").Id }, 2, 10), d.Activities, Project),
        ["ActivitiesFilterSpec.postponed"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Status = ActivityStatus.Postponed }), d.Activities, Project),
        ["ActivitiesFilterSpec.every-criterion"] = (d, c) => Run(c, new ActivitiesFilterSpec(EveryCriterion(d)), d.Activities, Project),
        ["ActivitiesFilterSpec.one-day"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { From = d.Activities[10].EffectiveDate, To = d.Activities[10].EffectiveDate }), d.Activities, Project),
        ["ActivitiesFilterSpec.municipality-padded"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Municipality = new Municipality("korce", CountyCode.From("AL-06")) }), d.Activities, Project),
        ["ActivitiesFilterSpec.municipality-unknown"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Municipality = new Municipality("Atlantis", CountyCode.From("AL-06")) }), d.Activities, Project),
        ["ActivitiesFilterSpec.text-punctuation-only"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { Text = " ,.;\"% " }, 1, 5), d.Activities, Project),
        ["ActivitiesFilterSpec.empty"] = (d, c) => Run(c, new ActivitiesFilterSpec(new ActivitiesFilter { CommitteeId = d.Committee("AL-02").Id, Municipality = Albania.Municipality("Korçë") }), d.Activities, Project),
        ["ActivitiesFilterCountSpec.all"] = (d, c) => Count(c, new ActivitiesFilterCountSpec(new ActivitiesFilter()), d.Activities),
        ["ActivitiesFilterCountSpec.text-ndergjegjesim"] = (d, c) => Count(c, new ActivitiesFilterCountSpec(new ActivitiesFilter { Text = "ndergjegjesim" }), d.Activities),
        ["ActivitiesFilterCountSpec.text-ndërgjegjësim"] = (d, c) => Count(c, new ActivitiesFilterCountSpec(new ActivitiesFilter { Text = "ndërgjegjësim" }), d.Activities),
        ["ActivitiesFilterCountSpec.kruje"] = (d, c) => Count(c, new ActivitiesFilterCountSpec(new ActivitiesFilter { Municipality = Albania.Municipality("kruje"), TargetGroup = TargetGroup.Pupils }), d.Activities),
        ["ActivitiesFilterCountSpec.every-criterion"] = (d, c) => Count(c, new ActivitiesFilterCountSpec(EveryCriterion(d)), d.Activities),
        ["ActivitiesFilterCountSpec.empty"] = (d, c) => Count(c, new ActivitiesFilterCountSpec(new ActivitiesFilter { From = new LocalDate(2030, 1, 1) }), d.Activities),
        ["ActionPlansForActivitiesSpec.durres"] = (d, c) => Run(c, new ActionPlansForActivitiesSpec(d.Committee("AL-02").Id), d.ActionPlans, Project),
        ["ActionPlansForActivitiesSpec.kukes"] = (d, c) => Run(c, new ActionPlansForActivitiesSpec(d.Committee("AL-07").Id), d.ActionPlans, Project),
        ["ActionPlansForActivitiesSpec.empty"] = (d, c) => Run(c, new ActionPlansForActivitiesSpec(new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead"))), d.ActionPlans, Project),
        ["MeasuresForActivitiesSpec.durres"] = (d, c) => Run(c, new MeasuresForActivitiesSpec(d.Committee("AL-02").Id), d.ActionPlans, PlanMeasuresLine),
        ["MeasuresForActivitiesSpec.kukes"] = (d, c) => Run(c, new MeasuresForActivitiesSpec(d.Committee("AL-07").Id), d.ActionPlans, PlanMeasuresLine),
        ["MeasuresForActivitiesSpec.empty"] = (d, c) => Run(c, new MeasuresForActivitiesSpec(new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead"))), d.ActionPlans, PlanMeasuresLine),
        ["MeasuresWithActivitiesSpec.durres"] = (d, c) => Run(c, new MeasuresWithActivitiesSpec(d.Committee("AL-02").Id), d.Activities, m => m.ToString()),
        ["MeasuresWithActivitiesSpec.kukes"] = (d, c) => Run(c, new MeasuresWithActivitiesSpec(d.Committee("AL-07").Id), d.Activities, m => m.ToString()),
        ["MeasuresWithActivitiesSpec.empty"] = (d, c) => Run(c, new MeasuresWithActivitiesSpec(new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead"))), d.Activities, m => m.ToString()),
        ["OverdueMeasureActivitiesSpec.today"] = (d, c) => Run(c, new OverdueMeasureActivitiesSpec(d.Committee("AL-02").Id, Today), d.Activities, Project),
        ["OverdueMeasureActivitiesSpec.year-end"] = (d, c) => Run(c, new OverdueMeasureActivitiesSpec(d.Committee("AL-06").Id, End2023.PlusDays(1)), d.Activities, Project),
        ["OverdueMeasureActivitiesSpec.empty"] = (d, c) => Run(c, new OverdueMeasureActivitiesSpec(d.Committee("AL-02").Id, new LocalDate(2000, 1, 1)), d.Activities, Project),

        // Campaigns
        ["CampaignsOfCommitteeSpec.all"] = (d, c) => Run(c, new CampaignsOfCommitteeSpec(d.Committee("AL-02").Id), d.Campaigns, Project),
        ["CampaignsOfCommitteeSpec.running"] = (d, c) => Run(c, new CampaignsOfCommitteeSpec(d.Committee("AL-06").Id, new LocalDate(2023, 10, 18)), d.Campaigns, Project),
        ["CampaignsOfCommitteeSpec.text-folded"] = (d, c) => Run(c, new CampaignsOfCommitteeSpec(d.Committee("AL-07").Id, null, "ndergjegjesimit"), d.Campaigns, Project),
        ["CampaignsOfCommitteeSpec.text-diacritics"] = (d, c) => Run(c, new CampaignsOfCommitteeSpec(d.Committee("AL-07").Id, null, "Ndërgjegjësimit"), d.Campaigns, Project),
        ["CampaignsOfCommitteeSpec.last-day"] = (d, c) => Run(c, new CampaignsOfCommitteeSpec(d.Committee("AL-02").Id, new LocalDate(2023, 10, 31)), d.Campaigns, Project),
        ["CampaignsOfCommitteeSpec.day-after"] = (d, c) => Run(c, new CampaignsOfCommitteeSpec(d.Committee("AL-02").Id, new LocalDate(2023, 11, 1)), d.Campaigns, Project),
        ["CampaignsOfCommitteeSpec.empty"] = (d, c) => Run(c, new CampaignsOfCommitteeSpec(d.Committee("AL-02").Id, new LocalDate(2023, 3, 1)), d.Campaigns, Project),

        ["CampaignNamesSpec.durres"] = (d, c) => Run(c, new CampaignNamesSpec(d.Committee("AL-02").Id), d.Campaigns, CampaignLine),
        ["CampaignNamesSpec.korce"] = (d, c) => Run(c, new CampaignNamesSpec(d.Committee("AL-06").Id), d.Campaigns, CampaignLine),
        ["CampaignNamesSpec.empty"] = (d, c) => Run(c, new CampaignNamesSpec(new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead"))), d.Campaigns, CampaignLine),

        // Partnerships and providers
        ["PartnershipsOfOrganisationSpec.municipality"] = (d, c) => Run(c, new PartnershipsOfOrganisationSpec(d.Organisation("Bashkia Korçë").Id), d.Partnerships, Project),
        ["PartnershipsOfOrganisationSpec.world-vision"] = (d, c) => Run(c, new PartnershipsOfOrganisationSpec(d.Organisation("World Vision Shqipëri").Id), d.Partnerships, Project),
        ["PartnershipsOfOrganisationSpec.empty"] = (d, c) => Run(c, new PartnershipsOfOrganisationSpec(d.Organisation("Ministria e Brendshme").Id), d.Partnerships, Project),
        ["ServiceProvidersOfOrganisationSpec.different-and-equal"] = (d, c) => Run(c, new ServiceProvidersOfOrganisationSpec(d.Organisation("Të Ndryshëm dhe të Barabartë").Id), d.ServiceProviders, Project),
        ["ServiceProvidersOfOrganisationSpec.centre"] = (d, c) => Run(c, new ServiceProvidersOfOrganisationSpec(d.ServiceProviders[0].OperatorId), d.ServiceProviders, Project),
        ["ServiceProvidersOfOrganisationSpec.empty"] = (d, c) => Run(c, new ServiceProvidersOfOrganisationSpec(d.Organisation("Ministria e Brendshme").Id), d.ServiceProviders, Project),
        ["ServiceProvidersCoveringMunicipalitySpec.kruje-folded"] = (d, c) => Run(c, new ServiceProvidersCoveringMunicipalitySpec(Albania.Municipality("Kruje")), d.ServiceProviders, Project),
        ["ServiceProvidersCoveringMunicipalitySpec.kruje-diacritics"] = (d, c) => Run(c, new ServiceProvidersCoveringMunicipalitySpec(Albania.Municipality("Krujë")), d.ServiceProviders, Project),
        ["ServiceProvidersCoveringMunicipalitySpec.korce-shelter"] = (d, c) => Run(c, new ServiceProvidersCoveringMunicipalitySpec(Albania.Municipality("korce"), ServiceType.Shelter), d.ServiceProviders, Project),
        ["ServiceProvidersCoveringMunicipalitySpec.first-covered"] = (d, c) => Run(c, new ServiceProvidersCoveringMunicipalitySpec(d.ServiceProviders[0].Municipalities[0], d.ServiceProviders[0].ServiceTypes[0]), d.ServiceProviders, Project),
        ["ServiceProvidersCoveringMunicipalitySpec.empty"] = (d, c) => Run(c, new ServiceProvidersCoveringMunicipalitySpec(Albania.Municipality("Konispol"), ServiceType.FamilyReunification), d.ServiceProviders, Project),

        // Initiatives
        ["InitiativesOfCommitteeSpec.all"] = (d, c) => Run(c, new InitiativesOfCommitteeSpec(d.Committee("AL-02").Id), d.Initiatives, Project),
        ["InitiativesOfCommitteeSpec.endorsed"] = (d, c) => Run(c, new InitiativesOfCommitteeSpec(d.Committee("AL-06").Id, InitiativeStatus.Endorsed), d.Initiatives, Project),
        ["InitiativesOfCommitteeSpec.draft"] = (d, c) => Run(c, new InitiativesOfCommitteeSpec(d.Committee("AL-07").Id, InitiativeStatus.Draft), d.Initiatives, Project),
        ["InitiativesOfCommitteeSpec.empty"] = (d, c) => Run(c, new InitiativesOfCommitteeSpec(new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead"))), d.Initiatives, Project),

        // Plan, partnership and provider pages (web-plans)
        ["ActionPlansOfCommitteeSpec.durres-approved"] = (d, c) => Run(c, new ActionPlansOfCommitteeSpec(d.Committee("AL-02").Id, includeDrafts: false), d.ActionPlans, PlanLine),
        ["ActionPlansOfCommitteeSpec.korce-with-drafts"] = (d, c) => Run(c, new ActionPlansOfCommitteeSpec(d.Committee("AL-06").Id, includeDrafts: true), d.ActionPlans, PlanLine),
        ["ActionPlansOfCommitteeSpec.empty"] = (d, c) => Run(c, new ActionPlansOfCommitteeSpec(new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead")), includeDrafts: true), d.ActionPlans, PlanLine),
        ["ActionPlanDetailsSpec.first"] = (d, c) => Run(c, new ActionPlanDetailsSpec(d.ActionPlans[0].Id), d.ActionPlans, Project),
        ["ActionPlanDetailsSpec.last"] = (d, c) => Run(c, new ActionPlanDetailsSpec(d.ActionPlans[^1].Id), d.ActionPlans, Project),
        ["ActionPlanDetailsSpec.empty"] = (d, c) => Run(c, new ActionPlanDetailsSpec(new ActionPlanId(Guid.Parse("00000000-0000-7000-8000-00000000dead"))), d.ActionPlans, Project),
        ["ActivitiesOfMeasuresSpec.durres-plans"] = (d, c) => Run(c, new ActivitiesOfMeasuresSpec(d.Committee("AL-02").Id, MeasuresOf(d, "AL-02")), d.Activities, Project),
        ["ActivitiesOfMeasuresSpec.kukes-one-measure"] = (d, c) => Run(c, new ActivitiesOfMeasuresSpec(d.Committee("AL-07").Id, [.. MeasuresOf(d, "AL-07").Take(1)]), d.Activities, Project),
        ["ActivitiesOfMeasuresSpec.empty"] = (d, c) => Run(c, new ActivitiesOfMeasuresSpec(d.Committee("AL-02").Id, MeasuresOf(d, "AL-06")), d.Activities, Project),
        ["PlanApprovalMeetingsSpec.durres"] = (d, c) => Run(c, new PlanApprovalMeetingsSpec(d.Committee("AL-02").Id), d.Meetings, Project),
        ["PlanApprovalMeetingsSpec.korce"] = (d, c) => Run(c, new PlanApprovalMeetingsSpec(d.Committee("AL-06").Id), d.Meetings, Project),
        ["PlanApprovalMeetingsSpec.empty"] = (d, c) => Run(c, new PlanApprovalMeetingsSpec(new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead"))), d.Meetings, Project),
        ["ServiceProvidersOfCountySpec.durres"] = (d, c) => Run(c, new ServiceProvidersOfCountySpec(CountyCode.From("AL-02"), d.Committee("AL-02").Id, new LocalDate(2025, 6, 30)), d.ServiceProviders, Project),
        ["ServiceProvidersOfCountySpec.durres-before-any"] = (d, c) => Run(c, new ServiceProvidersOfCountySpec(CountyCode.From("AL-02"), d.Committee("AL-02").Id, new LocalDate(2000, 1, 1)), d.ServiceProviders, Project),
        ["ServiceProvidersOfCountySpec.korce"] = (d, c) => Run(c, new ServiceProvidersOfCountySpec(CountyCode.From("AL-06"), d.Committee("AL-06").Id, new LocalDate(2025, 6, 30)), d.ServiceProviders, Project),
        ["ServiceProvidersOfCountySpec.empty"] = (d, c) => Run(c, new ServiceProvidersOfCountySpec(CountyCode.From("AL-12"), new CommitteeId(Guid.Parse("00000000-0000-7000-8000-00000000dead")), new LocalDate(2025, 6, 30)), d.ServiceProviders, Project),
        ["PartnershipsInvolvingSpec.world-vision"] = (d, c) => Run(c, new PartnershipsInvolvingSpec([d.Organisation("World Vision Shqipëri").Id], []), d.Partnerships, Project),
        ["PartnershipsInvolvingSpec.providers"] = (d, c) => Run(c, new PartnershipsInvolvingSpec([], [.. d.ServiceProviders.Select(s => s.Id)]), d.Partnerships, Project),
        ["PartnershipsInvolvingSpec.empty"] = (d, c) => Run(c, new PartnershipsInvolvingSpec([], []), d.Partnerships, Project),

        // Statistics
        ["VictimStatisticsOfCountySpec.all"] = (d, c) => Run(c, new VictimStatisticsOfCountySpec(CountyCode.From("AL-02")), d.VictimStatistics, Project),
        ["VictimStatisticsOfCountySpec.period"] = (d, c) => Run(c, new VictimStatisticsOfCountySpec(CountyCode.From("AL-06"), Year2023, End2023), d.VictimStatistics, Project),
        ["VictimStatisticsOfCountySpec.county-wide"] = (d, c) => Run(c, new VictimStatisticsOfCountySpec(CountyCode.From("AL-07"), countyWideOnly: true), d.VictimStatistics, Project),
        ["VictimStatisticsOfCountySpec.touching-bounds"] = (d, c) => Run(c, new VictimStatisticsOfCountySpec(CountyCode.From("AL-02"), new LocalDate(2022, 12, 31), new LocalDate(2023, 1, 1)), d.VictimStatistics, Project),
        ["VictimStatisticsOfCountySpec.empty"] = (d, c) => Run(c, new VictimStatisticsOfCountySpec(CountyCode.From("AL-12")), d.VictimStatistics, Project),
        ["VictimStatisticsOfCountySpec.published"] = (d, c) => Run(c, new VictimStatisticsOfCountySpec(CountyCode.From("AL-02"), publishedOnly: true), d.VictimStatistics, Project),
        ["StatisticsDraftsSpec.durres"] = (d, c) => Run(c, new StatisticsDraftsSpec(d.Committee("AL-02").Id, 20), d.VictimStatistics, Project),
        ["StatisticsDraftsSpec.korce-first"] = (d, c) => Run(c, new StatisticsDraftsSpec(d.Committee("AL-06").Id, 1), d.VictimStatistics, Project),
        ["StatisticsDraftsSpec.kukes"] = (d, c) => Run(c, new StatisticsDraftsSpec(d.Committee("AL-07").Id, 3), d.VictimStatistics, Project),
        ["OverlappingStatisticsSpec.county-wide"] = (d, c) => Run(c, new OverlappingStatisticsSpec(CountyCode.From("AL-02"), null, new DateInterval(new LocalDate(2022, 6, 1), new LocalDate(2023, 3, 31))), d.VictimStatistics, Project),
        ["OverlappingStatisticsSpec.municipality"] = (d, c) => Run(c, new OverlappingStatisticsSpec(CountyCode.From("AL-06"), Albania.Municipality("Korçë"), new DateInterval(End2023, End2023)), d.VictimStatistics, Project),
        ["OverlappingStatisticsSpec.touching-bounds"] = (d, c) => Run(c, new OverlappingStatisticsSpec(CountyCode.From("AL-07"), Albania.Municipality("Kukës"), new DateInterval(new LocalDate(2022, 12, 31), new LocalDate(2023, 1, 1))), d.VictimStatistics, Project),
        ["OverlappingStatisticsSpec.except"] = (d, c) => Run(c, new OverlappingStatisticsSpec(d.VictimStatistics[0].County, d.VictimStatistics[0].Municipality, d.VictimStatistics[0].Period, d.VictimStatistics[0].Id), d.VictimStatistics, Project),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys.Where(k => !KnownMappingDifferences.ContainsKey(k))];

    [SkippableFact]
    public void EverySpecificationOfTheDomain_HasSeveralDifferentialCases()
    {
        var specs = SpecificationTypes().Select(t => t.Name).ToList();

        var missing = specs.Where(name => Cases.Keys.Count(k => k.StartsWith(name + ".", StringComparison.Ordinal)) < 2).ToList();
        var stale = Cases.Keys.Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).Distinct().Except(specs).ToList();

        Assert.True(specs.Count >= 19, $"only {specs.Count} specifications found by reflection");
        Assert.True(missing.Count == 0, $"Add differential cases (at least two) for: {string.Join(", ", missing)}");
        Assert.True(stale.Count == 0, $"Cases name no specification: {string.Join(", ", stale)}");
    }

    [SkippableFact]
    public void TheDataSet_HasHundredsOfRecordsAcrossThreeCounties()
    {
        Assert.InRange(data.RecordCount, 300, 5000);
        Assert.Equal(3, data.Committees.Count);
        Assert.Equal(data.Activities.Count, (long)data.Database.Scalar("SELECT COUNT(*) FROM Activities")!);
    }

    [SkippableFact]
    public async Task EverySpecification_FindsRowsInSomeCase()
    {
        var found = new HashSet<string>();
        foreach (var (name, run) in Cases.Where(c => !KnownMappingDifferences.ContainsKey(c.Key)))
        {
            await using var context = data.Database.KratContext();
            var (_, memory) = await run(data, context);
            if (memory.Count > 0 && memory[0] != "0")
            {
                found.Add(name[..name.IndexOf('.', StringComparison.Ordinal)]);
            }
        }

        Assert.Empty(SpecificationTypes().Select(t => t.Name).Except(found));
    }

    [SkippableTheory]
    [InlineData("OrganisationsMatchingSpec.korce-folded", "OrganisationsMatchingSpec.korce-diacritics")]
    [InlineData("OrganisationsMatchingSpec.kruje-folded", "OrganisationsMatchingSpec.kruje-diacritics")]
    [InlineData("PeopleMatchingSpec.family-folded", "PeopleMatchingSpec.family-diacritics")]
    [InlineData("ActivitiesFilterSpec.kruje-folded", "ActivitiesFilterSpec.kruje-diacritics")]
    [InlineData("ActivitiesFilterSpec.text-kruje-folded", "ActivitiesFilterSpec.text-kruje-diacritics")]
    [InlineData("ActivitiesFilterSpec.text-ndergjegjesim", "ActivitiesFilterSpec.text-ndërgjegjësim")]
    [InlineData("ActivitiesFilterCountSpec.text-ndergjegjesim", "ActivitiesFilterCountSpec.text-ndërgjegjësim")]
    [InlineData("CampaignsOfCommitteeSpec.text-folded", "CampaignsOfCommitteeSpec.text-diacritics")]
    [InlineData("ServiceProvidersCoveringMunicipalitySpec.kruje-folded", "ServiceProvidersCoveringMunicipalitySpec.kruje-diacritics")]
    public async Task TextWithAndWithoutDiacritics_FindsTheSameRows_InSql(string folded, string withDiacritics)
    {
        await using var context = data.Database.KratContext();

        var (plain, _) = await Cases[folded](data, context);
        var (marked, _) = await Cases[withDiacritics](data, context);

        Assert.NotEmpty(plain);
        Assert.NotEqual("0", plain[0]);
        Assert.Equal(plain, marked);
    }

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public async Task Specification_GivesTheSameRowsInTheSameOrder_InMemoryAndOnSqlite(string name)
    {
        await using var context = data.Database.KratContext();

        var (sql, memory) = await Cases[name](data, context);

        Assert.Equal(memory, sql);
    }

    private static IEnumerable<Type> SpecificationTypes() =>
        typeof(IAggregateRoot).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }
            && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpecification<>)));

    private static ActivitiesFilter EveryCriterion(GeneratedDatabase d)
    {
        var sample = d.Activities.First(a => a.Status == ActivityStatus.Completed && a.MeasureId is not null && a.CampaignId is not null && a.Visibility == Visibility.Public);
        return new ActivitiesFilter
        {
            CommitteeId = sample.CommitteeId,
            From = sample.EffectiveDate.PlusDays(-30),
            To = sample.EffectiveDate,
            Municipality = sample.Municipalities[0],
            TargetGroup = sample.TargetGroups[0],
            MeasureId = sample.MeasureId,
            OrganisationId = sample.LeadOrganisationId,
            CampaignId = sample.CampaignId,
            Visibility = Visibility.Public,
            Status = ActivityStatus.Completed,
            Text = sample.Title.Split(' ')[0],
        };
    }

    private static LocalDate EndingRepresentative(GeneratedDatabase d, string county) =>
        d.Committee(county).Seats.Where(s => s.Body == CommitteeBody.Committee).SelectMany(s => s.Representatives)
            .Where(r => r.Term.End is not null).Select(r => r.Term.End!.Value).Min();

    private static string DiacriticFamily(GeneratedDatabase d) =>
        d.People.Select(p => p.FamilyName!).First(f => f.Any(ch => "ëçËÇ".Contains(ch)));

    private static OrganisationId OpenOwner(GeneratedDatabase d, string county) =>
        d.Meetings.Where(m => m.CommitteeId == d.Committee(county).Id).SelectMany(m => m.Commitments).First(c => c.Status == CommitmentStatus.Open).OwnerId;

    private static CampaignId October2023(GeneratedDatabase d, string county) =>
        d.Campaigns.First(c => c.CommitteeId == d.Committee(county).Id && c.Start == new LocalDate(2023, 10, 1)).Id;

    private static async Task<(List<string> Sql, List<string> Memory)> Run<T>(KratDbContext context, ISpecification<T> spec, IEnumerable<T> memory, Func<T, string> project)
        where T : class, IAggregateRoot
    {
        var repository = new EfRepository<T>(context, SpecificationEvaluator.Default);
        var rows = await repository.ListAsync(spec);
        return ([.. rows.Select(project)], [.. spec.Evaluate(memory).Select(project)]);
    }

    private static async Task<(List<string> Sql, List<string> Memory)> Run<T, TResult>(KratDbContext context, ISpecification<T, TResult> spec, IEnumerable<T> memory, Func<TResult, string> project)
        where T : class, IAggregateRoot
    {
        var repository = new EfRepository<T>(context, SpecificationEvaluator.Default);
        var rows = await repository.ListAsync(spec);
        return ([.. rows.Select(project)], [.. spec.Evaluate(memory).Select(project)]);
    }

    private static async Task<(List<string> Sql, List<string> Memory)> Count(KratDbContext context, ActivitiesFilterCountSpec spec, IEnumerable<Activity> memory)
    {
        var repository = new EfRepository<Activity>(context, SpecificationEvaluator.Default);
        var stored = await repository.CountAsync(spec);
        return ([stored.ToString(CultureInfo.InvariantCulture)], [spec.Evaluate(memory).Count().ToString(CultureInfo.InvariantCulture)]);
    }

    private static string PlanLine(ActionPlanSummary p) =>
        $"{p.Id} {p.Title} {p.NationalPlan} {D(p.Period.Start)} {D(p.Period.End)} {p.Status} {D(p.ApprovedOn)} {D(p.ClosedOn)}";

    private static List<MeasureId> MeasuresOf(GeneratedDatabase d, string county) =>
        [.. d.ActionPlans.Where(p => p.CommitteeId == d.Committee(county).Id).SelectMany(p => p.Measures).Select(m => m.Id)];

    private static string D(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Project(Organisation o) =>
        $"{o.Id} {o.Name} | {o.EnglishName} | {o.Acronym} {o.Kind} {o.Level} {o.County?.Value} {OrganisationKeys.Sort(o)} [{string.Join(",", o.Identifiers.Select(i => i.ToString()).Order(StringComparer.Ordinal))}]";

    private static string Project(Person p) =>
        $"{p.Id} {p.Honorific} {p.FullName} | {p.PositionTitle} {PersonKeys.Sort(p)} reps [{string.Join(",", p.Representations.Select(r => $"{r.OrganisationId}:{r.Term}").Order(StringComparer.Ordinal))}] contacts [{string.Join(",", p.WorkContacts.Select(w => $"{w.Kind}:{w.Value}:{w.Validity}").Order(StringComparer.Ordinal))}]";

    private static string Project(Committee c) =>
        $"{c.Id} {c.County.Value} {c.Name} {D(c.ConstitutedOn)} seats [{string.Join(" ; ", c.Seats.OrderBy(s => s.Id).Select(s =>
            $"{s.Id} {s.OrganisationId} {s.Body} {s.Role} {s.Votes} {s.Term} posts {string.Join(",", s.Posts.Select(p => $"{p.Post}:{p.Term}").Order(StringComparer.Ordinal))} reps {string.Join(",", s.Representatives.Select(r => $"{r.PersonId}:{r.Capacity}:{r.Term}").Order(StringComparer.Ordinal))}"))}]";

    private static string Project(Meeting m) =>
        $"{m.Id} {m.CommitteeId} {m.Body} {m.Kind} {m.State} {m.StartsAt} {m.EndsAt} {D(m.Date)} {m.Place} | {m.Title} | chair {m.Chair?.PersonId}/{m.Chair?.OrganisationId} {m.CancellationReason} {m.Minutes} {D(m.MinutesApprovedOn)} {m.MinutesApprovedBy}"
        + $" agenda [{string.Join(" ; ", m.AgendaInOrder().Select(a => $"{a.Key} {a.Value.Title} {a.Value.Presenter?.PersonId}"))}]"
        + $" attendance [{string.Join(",", m.Attendance.OrderBy(a => a.SeatId).Select(a => $"{a.SeatId}:{a.OrganisationId}:{a.Status}:{a.Capacity}:{a.PersonId}"))}]"
        + $" guests [{string.Join(",", m.Guests.Select(g => $"{g.OrganisationId}:{g.Description}:{g.Count}").Order(StringComparer.Ordinal))}]"
        + $" decisions [{string.Join(",", m.Decisions.OrderBy(x => x.Number).Select(x => $"{x.Number}:{x.Id}:{x.Kind}"))}]"
        + $" commitments [{string.Join(",", m.Commitments.OrderBy(x => x.Number).Select(x => $"{x.Number}:{x.Id}:{x.OwnerId}:{D(x.Due)}:{x.Status}:{string.Join("/", x.Reviews.OrderBy(r => r.Date).Select(r => $"{r.MeetingId}:{r.Status}"))}"))}]";

    private static string Project(Activity a) =>
        $"{a.Id} {a.CommitteeId} {a.County.Value} {a.Kind} {a.Status} {a.Title} | {a.Description} | {a.Venue} {D(a.PlannedStart)} {D(a.PlannedEnd)} {D(a.ActualStart)} {D(a.ActualEnd)} {D(a.EffectiveDate)}"
        + $" [{string.Join(",", a.Municipalities)}] {a.LeadOrganisationId} [{string.Join(",", a.PartnerOrganisationIds)}] [{string.Join(",", a.TargetGroups)}] {a.Reach} {a.MeasureId} {a.CampaignId} {a.Visibility} {a.StatusReason}";

    private static string Project(ActionPlan p) =>
        $"{p.Id} {p.CommitteeId} {p.Title} {D(p.Period.Start)} {D(p.Period.End)} | {string.Join(", ", p.Measures.OrderBy(m => m.Id).Select(m => $"{m.Id} {m.Code}"))}";

    private static string Project(Campaign c) => $"{c.Id} {c.CommitteeId} {c.Name} | {c.Theme} {D(c.Start)} {D(c.End)} {CampaignKeys.Sort(c)}";

    private static string Project(Partnership p) =>
        $"{p.Id} {p.Name} {p.Period} [{string.Join(",", p.Participants.Select(x => $"{x.OrganisationId}:{x.Role}"))}] [{string.Join(",", PartnershipKeys.ParticipantIds(p))}] [{string.Join(",", p.EstablishedProviderIds)}]";

    private static string Project(ServiceProvider s) =>
        $"{s.Id} {s.Name} {s.OperatorId} {s.EstablishedBy} [{string.Join(",", s.ServiceTypes)}] [{string.Join(",", s.Municipalities)}] [{string.Join(",", s.TargetGroups)}] {s.TechnicalTableCommitteeId} {D(s.TechnicalTableFrom)}";

    private static string Project(Initiative i) =>
        $"{i.Id} {i.CommitteeId} {i.Title} {i.Status} {i.ProposingGroup} [{string.Join(",", i.ProposerIds)}] [{string.Join(",", i.SupporterIds)}] [{string.Join(",", i.Beneficiaries)}] {D(i.Endorsement?.On)} {i.Endorsement?.OrganisationId} {i.Endorsement?.PersonId} {D(i.ActiveFrom)} {D(i.CompletedOn)}";

    private static string Project(VictimStatistics v) =>
        $"{v.Id} {v.CommitteeId} {v.County.Value} {v.Municipality} {D(v.PeriodStart)} {D(v.PeriodEnd)} {v.Source} [{string.Join(",", v.Counts.Select(x => $"{x.Sex}{x.AgeGroup}{x.Status}{x.Form}={x.Count}").Order(StringComparer.Ordinal))}]";

    private static string OrganisationLine(OrganisationNames o) => $"{o.Id} {o.Name} | {o.EnglishName} | {o.Acronym} | {o.DisplayName(CultureInfo.InvariantCulture)} | {o}";

    private static string PersonLine(PersonName p) => $"{p.Id} {p.Honorific} {p.FullName} | {p.PositionTitle} | {p}";

    private static string PersonOfOrganisationLine(PersonOfOrganisation p) => $"{p.PersonId} {p.OrganisationId} {p.SortKey} | {p}";

    private static string PlanMeasuresLine(ActionPlanMeasures p) =>
        $"{p.PlanId} {p.Title} {D(p.Period.Start)} {D(p.Period.End)} [{string.Join(" ; ", p.Measures.Select(m => $"{m.Id} {m.Code} {m.Title}"))}]";

    private static string CampaignLine(CampaignName c) => $"{c.Id} {c.Name} {D(c.Period.Start)} {D(c.Period.End)}";

    private static string Roster(CommitteeRoster roster) =>
        $"{roster.CommitteeId} {roster.CommitteeName} {roster.Body} {D(roster.Date)} " + string.Join(" | ", roster.Seats.Select(s =>
            $"{s.SeatId} {s.OrganisationId} {s.Role} {s.Votes} {D(s.Term.Start)} {D(s.Term.End)} {string.Join("+", s.Posts)} {string.Join("+", s.Representatives.Select(r => $"{r.PersonId}:{r.Capacity}:{D(r.Term.Start)}:{D(r.Term.End)}"))}"));

    private static string ToReview(CommitmentToReview line) =>
        $"{line.MeetingId} {line.MeetingDate:yyyy-MM-dd} {line.MeetingKind} {line.MeetingStartsAt} {line.Number} {line.CommitmentId} {line.What} {line.OwnerId} {line.Due} {line.Status} {line.ReviewedHereStatus} {line.ReviewedHereNote}";

    private static string Commitments(OpenCommitment line) =>
        $"{line.MeetingId} {D(line.MeetingDate)} {line.MeetingKind} {line.MeetingStartsAt} {line.Number}:{line.CommitmentId}:{line.What}:{line.OwnerId}:{D(line.Due)}:{line.Overdue}";

    private static string Attendance(OrganisationAttendance a) =>
        $"{a.MeetingId} {a.CommitteeId} {a.Body} {a.Kind} {D(a.Date)} {a.Status} {a.Capacity} {a.PersonId}";

    public sealed class Sqlite(GeneratedDatabase.OnSqlite data) : DifferentialSpecificationTests(data), IClassFixture<GeneratedDatabase.OnSqlite>;

    public sealed class PostgreSql(GeneratedDatabase.OnPostgreSql data) : DifferentialSpecificationTests(data), IClassFixture<GeneratedDatabase.OnPostgreSql>;
}
