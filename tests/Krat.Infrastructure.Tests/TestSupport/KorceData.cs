using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using Krat.Domain.Plans;
using Krat.Domain.Statistics;
using NodaTime;

namespace Krat.Infrastructure.Tests.TestSupport;

/// <summary>
/// A second committee (Korçë, AL-06) with one aggregate of every kind, in the states the Durrës scenario does
/// not reach: ended terms, nested agenda, reviewed commitment, cancelled meeting, closed plan with targets and
/// actuals, postponed and cancelled activities, ended partnership, completed initiative, a municipal table.
/// Fixed ids; Albanian text with diacritics throughout.
/// </summary>
public sealed class KorceData
{
    public static readonly CountyCode County = CountyCode.From("AL-06");
    public static readonly CommitteeId CommitteeId = new(G(0x200));
    public static readonly OrganisationId Prefecture = new(G(0x1));
    public static readonly OrganisationId Municipality = new(G(0x2));
    public static readonly PersonId Prefect = new(G(0x100));
    public static readonly PersonId Deputy = new(G(0x101));
    public static readonly MeetingId QuarterlyMeeting = new(G(0x210));
    public static readonly MeetingId ReviewMeeting = new(G(0x211));
    public static readonly MeetingId CancelledMeeting = new(G(0x212));
    public static readonly DecisionId ApprovePlan = new(G(0x220));
    public static readonly CommitmentId Report = new(G(0x230));
    public static readonly ActionPlanId PlanId = new(G(0x300));
    public static readonly MeasureId MeasureId = new(G(0x301));
    public static readonly CampaignId CampaignId = new(G(0x310));
    public static readonly PartnershipId PartnershipId = new(G(0x320));
    public static readonly ServiceProviderId ProviderId = new(G(0x321));
    public static readonly InitiativeId InitiativeId = new(G(0x330));
    public static readonly VictimStatisticsId StatisticsId = new(G(0x340));

    private static readonly LocalDate From = new(2020, 1, 1);

    private KorceData()
    {
        Organisations =
        [
            Organisation.Register("Prefektura e Qarkut Korçë", OrganisationKind.Prefecture, OrganisationLevel.Regional, County, id: Prefecture),
            Organisation.Register("Bashkia Korçë", OrganisationKind.LocalGovernment, OrganisationLevel.Local, County, id: Municipality),
        ];

        var prefect = Person.Register("Çlirim", "Xhaferri-Ëngjëlli", "Z.", "Prefekt i Qarkut Korçë", id: Prefect);
        prefect.Represent(Prefecture, Term.From(From), "Prefekt");
        prefect.AddWorkContact(WorkContactKind.Email, "prefekti@korce.example.al", Term.From(From));
        var phone = prefect.AddWorkContact(WorkContactKind.Phone, "+355 82 000 000", Term.From(From));
        prefect.EndWorkContact(phone.Id, new LocalDate(2021, 6, 30));
        var deputy = Person.RegisterByFullName("Ëngjëllushe Dardha", "Znj.", "Përgjegjëse e Sektorit të Shërbimeve Sociale", id: Deputy);
        deputy.Represent(Municipality, Term.Between(From, new LocalDate(2022, 12, 31)));
        deputy.Represent(Municipality, Term.From(new LocalDate(2023, 1, 1)), "Drejtore");
        People = [prefect, deputy];

        Committee = Committee.Establish(County, "Komiteti Rajonal Antitrafik Korçë", "Urdhri nr. 139/2006", CommitteeId);
        var chairSeat = Committee.GrantSeat(Prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(From));
        Committee.AssignPost(chairSeat.Id, Post.Chair, Term.From(From));
        Committee.AppointRepresentative(chairSeat.Id, prefect, RepresentationCapacity.Titular, Term.From(From));
        var municipalitySeat = Committee.GrantSeat(Municipality, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(From));
        Committee.AssignPost(municipalitySeat.Id, Post.Secretary, Term.Between(From, new LocalDate(2022, 12, 31)));
        Committee.AppointRepresentative(municipalitySeat.Id, deputy, RepresentationCapacity.Deputy, Term.Between(From, new LocalDate(2021, 12, 31)));
        Committee.AppointRepresentative(municipalitySeat.Id, deputy, RepresentationCapacity.Titular, Term.From(new LocalDate(2022, 1, 1)));
        var tableSeat = Committee.GrantSeat(Municipality, CommitteeBody.TechnicalTable, SeatRole.Observer, false, Term.From(From));
        Committee.EndSeat(tableSeat.Id, new LocalDate(2023, 6, 30));
        Committee.Constitute(From);

        var quarterly = Meeting.Plan(new MeetingPlan { CommitteeId = CommitteeId, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDateTime(2023, 3, 26, 10, 0), End = new LocalDateTime(2023, 3, 26, 12, 30), Place = "Salla e mbledhjeve, Prefektura Korçë", Title = "Mbledhja e tremujorit të parë", Id = QuarterlyMeeting });
        var opening = quarterly.AddAgendaItem("Hapja e mbledhjes", null, PersonForOrganisation.Of(Prefect, Prefecture));
        quarterly.AddAgendaItem("Përshëndetje nga kryetari", "Shkurt.", null, opening.Id);
        quarterly.AddAgendaItem("Plani i veprimit 2023", "Diskutim dhe miratim; çështje të hapura.", PersonForOrganisation.Of(Deputy, Municipality));
        quarterly.SetChair(PersonForOrganisation.Of(Prefect, Prefecture));
        quarterly.MarkHeld(quarterly.EndsAt);
        quarterly.RecordPresent(chairSeat, PresenceCapacity.Titular, Prefect);
        quarterly.RecordExcused(municipalitySeat);
        quarterly.RecordGuest(null, "Përfaqësues të shoqërisë civile", 3);
        quarterly.RecordGuest(Municipality);
        quarterly.RecordDecision(DecisionKind.ApprovePlan, "Miratohet Plani Vendor i Veprimit 2023 për Qarkun e Korçës.", ApprovePlan);
        quarterly.RecordCommitment("Bashkia përgatit raportin e tremujorit për fëmijët në situatë rruge.", Municipality, new LocalDate(2023, 6, 30), Report);
        quarterly.ApproveMinutes(new LocalDate(2023, 3, 30), Prefect);

        var review = Meeting.Plan(new MeetingPlan { CommitteeId = CommitteeId, Body = CommitteeBody.Committee, Kind = MeetingKind.Extraordinary, Start = new LocalDateTime(2023, 7, 4, 9, 0), End = new LocalDateTime(2023, 7, 4, 10, 0), Place = "Bashkia Korçë", Id = ReviewMeeting });
        review.MarkHeld(review.EndsAt);
        quarterly.ReviewCommitment(Report, review, CommitmentStatus.Done, "Raporti u dorëzua më 28 qershor.");

        var cancelled = Meeting.Plan(new MeetingPlan { CommitteeId = CommitteeId, Body = CommitteeBody.TechnicalTable, Kind = MeetingKind.Regular, Start = new LocalDateTime(2023, 12, 12, 14, 0), End = new LocalDateTime(2023, 12, 12, 15, 0), Place = "Zyra e Prefektit", Title = "Tryeza teknike — dhjetor", Id = CancelledMeeting });
        cancelled.Cancel("Mungon kuorumi; shtyhet për janar.");
        Meetings = [quarterly, review, cancelled];

        Plan = ActionPlan.Draft(CommitteeId, "Plani Vendor i Veprimit 2023 — Korçë", new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), "PKV 2021–2023", PlanId);
        var objective = Plan.AddObjective(Pillar.Prevention, "1", "Parandalimi në shkolla dhe komunitet");
        Plan.AddObjective(Pillar.Protection, "2", "Mbrojtja e viktimave");
        Plan.AddMeasure(objective.Id, "1.1", "Seanca ndërgjegjësuese në shkollat e Korçës", Municipality, [Prefecture], new DateInterval(new LocalDate(2023, 2, 1), new LocalDate(2023, 11, 30)), MeasureId);
        var sessions = Plan.AddIndicator(MeasureId, IndicatorKind.Count, "Numri i seancave të zhvilluara", "seanca", 2m);
        var share = Plan.AddIndicator(MeasureId, IndicatorKind.Percentage, "Përqindja e shkollave të mbuluara", "%", 12.5m, higherIsBetter: true);
        var quality = Plan.AddIndicator(MeasureId, IndicatorKind.Qualitative, "Cilësia e bashkëpunimit me shkollat");
        Plan.SetTarget(MeasureId, sessions.Id, new DateInterval(new LocalDate(2023, 7, 1), new LocalDate(2023, 12, 31)), 6m);
        Plan.SetTarget(MeasureId, sessions.Id, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 6, 30)), 4m);
        Plan.SetTarget(MeasureId, share.Id, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), 37.5m);
        Plan.SetTarget(MeasureId, quality.Id, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), null, "Bashkëpunim i rregullt çdo muaj");
        Plan.Approve(ApprovePlan, new LocalDate(2023, 3, 26));
        Plan.RecordActual(MeasureId, sessions.Id, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 6, 30)), 5m);
        Plan.RecordActual(MeasureId, share.Id, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), 33.25m);
        Plan.RecordActual(MeasureId, quality.Id, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), null, "Takime çdo dy muaj");
        Plan.Close(new LocalDate(2024, 1, 15));

        Campaign = Campaign.Launch(CommitteeId, "Java kundër trafikimit — Korçë", new DateInterval(new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 22)), id: CampaignId);

        var held = Activity.Plan(new ActivityPlan
        {
            CommitteeId = CommitteeId,
            County = County,
            Kind = ActivityKind.SchoolSession,
            Title = "Seancë në shkollën \"Raqi Qirinxhi\"",
            PlannedDays = Activity.Days(new LocalDate(2023, 10, 17), new LocalDate(2023, 10, 18)),
            Municipalities = [Albania.Municipality("Korçë")],
            LeadOrganisationId = Municipality,
            TargetGroups = [TargetGroup.Pupils, TargetGroup.Teachers],
            Description = "Si t'i njohim rreziqet; ku kërkohet ndihmë.",
            Venue = "Salla e aktiviteteve",
            PartnerOrganisationIds = [Prefecture],
            MeasureId = MeasureId,
            CampaignId = CampaignId,
            Visibility = Visibility.Public,
        });
        held.Complete(Activity.Days(new LocalDate(2023, 10, 17), new LocalDate(2023, 10, 18)), Reach.Of(120, 70, 50, 110, null), new LocalDate(2023, 10, 31));
        var postponed = Activity.Plan(new ActivityPlan
        {
            CommitteeId = CommitteeId,
            County = County,
            Kind = ActivityKind.Outreach,
            Title = "Punë në terren në Pogradec",
            PlannedDays = Activity.Days(new LocalDate(2023, 11, 4)),
            Municipalities = [Albania.Municipality("Pogradec"), Albania.Municipality("Maliq")],
            LeadOrganisationId = Prefecture,
            TargetGroups = [TargetGroup.RomaAndEgyptianCommunities],
        });
        postponed.Postpone("Moti i keq.");
        var dropped = Activity.Plan(new ActivityPlan
        {
            CommitteeId = CommitteeId,
            County = County,
            Kind = ActivityKind.Workshop,
            Title = "Punëtori me punëdhënësit",
            PlannedDays = Activity.Days(new LocalDate(2023, 12, 5)),
            Municipalities = [Albania.Municipality("Korçë")],
            LeadOrganisationId = Municipality,
            TargetGroups = [TargetGroup.Employers],
        });
        dropped.Cancel("Nuk u gjet financim.");
        Activities = [held, postponed, dropped];

        Partnership = Partnership.Form("Partneriteti për strehimin e sigurt", "Strehim dhe mbështetje psiko-sociale për viktimat në Korçë e Pogradec.", Term.From(new LocalDate(2021, 3, 1)), [new Participant(Prefecture, ParticipantRole.Funding), new Participant(Municipality, ParticipantRole.Implementing)], PartnershipId);
        Partnership.AddParticipant(new Participant(Municipality, ParticipantRole.Accountable));
        Partnership.Establish(ProviderId);
        Partnership.End(new LocalDate(2023, 12, 31));

        Provider = ServiceProvider.Register("Shtëpia e Sigurt Korçë", Municipality, [ServiceType.Shelter, ServiceType.LegalAid], [Albania.Municipality("Korçë"), Albania.Municipality("Pogradec")], [TargetGroup.VictimsAndPotentialVictims], PartnershipId, id: ProviderId);
        // The municipality's own Technical Table seat ended on 2023-06-30; its shelter takes one from the next day.
        TechnicalTableMembership.Join(Committee, Provider, new LocalDate(2023, 7, 1));

        Initiative = Initiative.Propose(new InitiativeProposal { CommitteeId = CommitteeId, Title = "Klubi i nxënësve kundër trafikimit", Beneficiaries = [TargetGroup.Pupils, TargetGroup.Youth], ProposerIds = [Municipality], ProposingGroup = "Nxënës të klasës së 11-të", SupporterIds = [Prefecture], Description = "Takime javore; fushatë në rrjetet sociale.", Id = InitiativeId });
        Initiative.Endorse(Endorsement.By(new LocalDate(2023, 3, 26), Prefecture, Prefect, QuarterlyMeeting, ApprovePlan));
        Initiative.Activate(new LocalDate(2023, 4, 1));
        Initiative.Complete(new LocalDate(2023, 12, 20));

        Statistics = VictimStatistics.Open(CommitteeId, County, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), Albania.Municipality("Korçë"), "Drejtoria Vendore e Policisë Korçë", id: StatisticsId);
        Statistics.Record(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Sexual, 3);
        Statistics.Record(Sex.Male, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Labour, 0);
        Statistics.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Begging, 12);
        Statistics.Record(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Sexual, 4);
    }

    public IReadOnlyList<Organisation> Organisations { get; }

    public IReadOnlyList<Person> People { get; }

    public Committee Committee { get; }

    public IReadOnlyList<Meeting> Meetings { get; }

    public ActionPlan Plan { get; }

    public Campaign Campaign { get; }

    public IReadOnlyList<Activity> Activities { get; }

    public Partnership Partnership { get; }

    public ServiceProvider Provider { get; }

    public Initiative Initiative { get; }

    public VictimStatistics Statistics { get; }

    /// <summary>Every aggregate, in the order they can be saved one kind at a time.</summary>
    public IReadOnlyList<IReadOnlyList<IAggregateRoot>> InSavingOrder =>
    [
        Organisations, People, [Committee], Meetings, [Plan], [Campaign], Activities, [Partnership], [Provider], [Initiative], [Statistics],
    ];

    public static KorceData Build() => new();

    /// <summary>Saves every aggregate, one kind per save.</summary>
    public void Save(KratDbContext context)
    {
        foreach (var kind in InSavingOrder)
        {
            context.AddRange(kind);
            context.SaveChanges();
        }
    }

    private static Guid G(int n) => Guid.Parse($"00000000-0000-7000-9000-{n:x12}");
}
