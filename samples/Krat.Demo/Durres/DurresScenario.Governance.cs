using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Demo.Durres;

/// <summary>
/// The governance half of the scenario: the people, KRAT Durrës with its committee and Technical Table
/// seats, the annual analysis meeting of 15.02.2023 (illustrative: it approves the 2023 action plan) and the
/// closing meeting of 31.10.2023 from the press release. Dates before 31.10.2023 other than the 2006 order
/// are illustrative.
/// </summary>
public sealed partial class DurresScenario
{
    private static readonly LocalDate OrderDate = new(2006, 6, 19);
    private static readonly LocalDate MembershipFrom = new(2023, 1, 1);

    private readonly Dictionary<PersonId, Person> _people = [];
    private readonly List<Meeting> _meetings = [];

    /// <summary>
    /// The people of the scenario named by the press release: the Prefect and Fabiola Egro. The Secretary General,
    /// who chairs the Technical Table for the Prefecture, is a position the release does not name, so no person
    /// stands for it.
    /// </summary>
    public IReadOnlyCollection<Person> People => _people.Values;

    /// <summary>KRAT Durrës with its seats on the committee and on the Technical Table.</summary>
    public Committee KratDurres { get; private set; } = null!;

    /// <summary>The annual analysis meeting of 15.02.2023, which approved the 2023 action plan.</summary>
    public Meeting AnnualAnalysisMeeting { get; private set; } = null!;

    /// <summary>The meeting of 31.10.2023 that closed the October 2023 awareness month.</summary>
    public Meeting ClosingMeeting { get; private set; } = null!;

    /// <summary>Every meeting of the scenario, in date order.</summary>
    public IReadOnlyList<Meeting> Meetings => _meetings;

    /// <summary>The person with one of the scenario's fixed identities.</summary>
    public Person Person(PersonId id) => _people[id];

    partial void BuildGovernance()
    {
        BuildPeople();
        BuildCommittee();
        BuildAnnualAnalysisMeeting();
        BuildClosingMeeting();
    }

    private void BuildPeople()
    {
        var prefect = Domain.People.Person.Register("Emiljan", "Jani", "Z.", "Prefekt i Qarkut Durrës", "Prefect of Durrës County", DemoIds.EmiljanJani);
        prefect.Represent(DemoIds.Prefecture, Term.From(MembershipFrom), "Prefekt");
        prefect.AddWorkContact(WorkContactKind.Email, "prefektura.durres@example.al", Term.From(MembershipFrom));

        var egro = Domain.People.Person.Register("Fabiola", "Egro", "Znj.", "Drejtuese e Rrjetit të Qendrave për Zhvillim Komunitar \"Sot për të Ardhmen\"", "Head of the Network of Community Development Centres \"Sot për të Ardhmen\"", DemoIds.FabiolaEgro);
        egro.Represent(DemoIds.SotPerTeArdhmen, Term.From(MembershipFrom), "Drejtuese");

        foreach (var person in new[] { prefect, egro })
        {
            _people.Add(person.Id, person);
        }
    }

    private void BuildCommittee()
    {
        var committee = Committee.Establish(
            Durres,
            "Komiteti Rajonal Antitrafik Durrës",
            "Urdhri i Kryeministrit nr. 139, datë 19.06.2006, dhe urdhrat e mëvonshëm për ngritjen e komiteteve rajonale antitrafik",
            DemoIds.KratDurres);

        // The committee body: the Prefecture chairs since the order of 2006; the others sit from 2023.
        var prefectureSeat = committee.GrantSeat(DemoIds.Prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(OrderDate), id: DemoIds.CommitteeSeat(DemoIds.Prefecture));
        committee.AssignPost(prefectureSeat.Id, Post.Chair, Term.From(OrderDate));
        committee.AppointRepresentative(prefectureSeat.Id, _people[DemoIds.EmiljanJani], RepresentationCapacity.Titular, Term.From(MembershipFrom));
        committee.Constitute(OrderDate);

        OrganisationId[] standing =
        [
            DemoIds.MunicipalityDurres, DemoIds.MunicipalityKruje, DemoIds.MunicipalityShijak, DemoIds.RegionalPolice,
            DemoIds.BorderPolice, DemoIds.StateSocialServices, DemoIds.EmploymentOffice, DemoIds.EducationOffice,
            DemoIds.LocalHealthUnit, DemoIds.LabourInspectorate, DemoIds.WorldVision, DemoIds.SotPerTeArdhmen,
        ];
        foreach (var organisation in standing)
        {
            committee.GrantSeat(organisation, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(MembershipFrom), id: DemoIds.CommitteeSeat(organisation));
        }

        committee.GrantSeat(DemoIds.ProsecutionOffice, CommitteeBody.Committee, SeatRole.Invited, false, Term.From(MembershipFrom), id: DemoIds.CommitteeSeat(DemoIds.ProsecutionOffice));
        committee.GrantSeat(DemoIds.TerreDesHommes, CommitteeBody.Committee, SeatRole.Invited, false, Term.From(MembershipFrom), id: DemoIds.CommitteeSeat(DemoIds.TerreDesHommes));
        committee.GrantSeat(DemoIds.DifferentAndEqual, CommitteeBody.Committee, SeatRole.Invited, false, Term.From(MembershipFrom), id: DemoIds.CommitteeSeat(DemoIds.DifferentAndEqual));
        committee.GrantSeat(DemoIds.Unicef, CommitteeBody.Committee, SeatRole.Observer, false, Term.From(MembershipFrom), id: DemoIds.CommitteeSeat(DemoIds.Unicef));
        committee.AppointRepresentative(DemoIds.CommitteeSeat(DemoIds.SotPerTeArdhmen), _people[DemoIds.FabiolaEgro], RepresentationCapacity.Titular, Term.From(MembershipFrom));

        // The Technical Table: chaired by the Prefecture through its Secretary General, a position whose holder the
        // press release does not name, so the seat holds the post without a recorded representative.
        var technicalChair = committee.GrantSeat(DemoIds.Prefecture, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(MembershipFrom), id: DemoIds.TechnicalTableSeat(DemoIds.Prefecture));
        committee.AssignPost(technicalChair.Id, Post.Chair, Term.From(MembershipFrom));
        OrganisationId[] technical =
        [
            DemoIds.MunicipalityDurres, DemoIds.MunicipalityKruje, DemoIds.MunicipalityShijak, DemoIds.RegionalPolice,
            DemoIds.BorderPolice, DemoIds.StateSocialServices, DemoIds.EducationOffice, DemoIds.LocalHealthUnit,
            DemoIds.WorldVision, DemoIds.SotPerTeArdhmen,
        ];
        foreach (var organisation in technical)
        {
            committee.GrantSeat(organisation, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(MembershipFrom), id: DemoIds.TechnicalTableSeat(organisation));
        }

        // The Resilience Centre joins the Technical Table on 31.10.2023 together with its provider (DurresScenario.Work.cs).

        KratDurres = committee;
    }

    private void BuildAnnualAnalysisMeeting()
    {
        var day = new LocalDate(2023, 2, 15);
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = DemoIds.KratDurres, Body = CommitteeBody.Committee, Kind = MeetingKind.AnnualAnalysis, Start = day.At(new LocalTime(10, 0)), End = day.At(new LocalTime(12, 0)), Place = "Prefektura e Qarkut Durrës", Title = "Mbledhja vjetore e analizës së KRAT Durrës", Id = DemoIds.AnnualAnalysisMeeting });
        var prefect = PersonForOrganisation.Of(DemoIds.EmiljanJani, DemoIds.Prefecture);
        meeting.SetChair(prefect);
        meeting.AddAgendaItem("Analiza e punës së vitit 2022", presenter: prefect);
        meeting.AddAgendaItem("Miratimi i planit rajonal të veprimit kundër trafikimit për vitin 2023");
        meeting.MarkHeld(meeting.EndsAt);
        RecordAllPresent(meeting, day);
        meeting.RecordDecision(DecisionKind.ApprovePlan, "Miratohet plani rajonal i veprimit kundër trafikimit të qenieve njerëzore për vitin 2023.", DemoIds.ApproveActionPlan);
        meeting.RecordCommitment("Organizimi i sesioneve ndërgjegjësuese në shkolla gjatë muajit tetor.", DemoIds.EducationOffice, ClosingDay, DemoIds.SchoolSessionsInOctober);
        meeting.ApproveMinutes(day, DemoIds.EmiljanJani);
        AnnualAnalysisMeeting = meeting;
        _meetings.Add(meeting);
    }

    private void BuildClosingMeeting()
    {
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = DemoIds.KratDurres, Body = CommitteeBody.Committee, Kind = MeetingKind.CampaignClosing, Start = ClosingDay.At(new LocalTime(10, 0)), End = ClosingDay.At(new LocalTime(12, 0)), Place = "Prefektura e Qarkut Durrës", Title = "Takim në kuadër të mbylljes së aktiviteteve ndërgjegjësuese antitrafik të realizuara gjatë muajit tetor", Id = DemoIds.ClosingMeeting });
        var prefect = PersonForOrganisation.Of(DemoIds.EmiljanJani, DemoIds.Prefecture);
        meeting.SetChair(prefect);
        meeting.AddAgendaItem(
            "Hapja e takimit nga Prefekti",
            "Prefekti i Qarkut Durrës hapi takimin duke falenderuar të gjithë strukturat për angazhimin dhe përkushtimin e treguar gjatë aktiviteteve të këtij muaji, duke nënvizuar që KRAT Durrës dallohet për veprimtarinë dhe performancën e saj falë bashkëpunimit në koordinimin e veprimeve sipas planit të veprimit.",
            prefect);
        meeting.AddAgendaItem("Tabloja e situatës antitrafik në qark", "Të pranishmit krijuan një tablo të situatës antitrafik në qark.");
        meeting.AddAgendaItem("Analiza e problematikave të hasura", "Të pranishmit analizuan problematikat e hasura.");
        meeting.AddAgendaItem(
            "Informim mbi aktivitetet e muajit tetor",
            "Aktivitetet e organizuara gjatë muajit kanë përfshirë grupe të shumta interesi dhe janë shtrirë në të gjithë territorin e qarkut Durrës.");
        meeting.AddAgendaItem(
            "Prezantimi i draft projektit të nxënësve për fëmijët në situatë rruge",
            "Nxënësit e gjimnazit \"Gjergj Kastrioti\", që ju bashkuan fushatës me mbështetjen e World Vision, prezantuan një draft projekt për fëmijët në situatë rruge. Projekti u përkrah nga Prefekti i Qarkut.");
        var resilience = meeting.AddAgendaItem(
            "Prezantimi i Qendrës së Resiliencës",
            "Prezantim dhe përshkrim i detajuar mbi startimin dhe funksionin e \"Qendrës së Resiliencës\", e cila ngrihet si rezultat i partneritetit ndërmjet Bashkisë Durrës, Ministrisë së Shëndetësisë dhe Mbrojtjes Sociale, USAID dhe UNDP.",
            PersonForOrganisation.Of(DemoIds.FabiolaEgro, DemoIds.SotPerTeArdhmen));
        meeting.AddAgendaItem(
            "Qendra e Resiliencës bëhet pjesë e tryezës teknike",
            "Nga sot qendra do të jetë pjesë e tryezës teknike me shërbimet që ofron në shërbim të viktimave të trafikimit.",
            parentId: resilience.Id);
        meeting.MarkHeld(meeting.EndsAt);
        RecordAllPresent(meeting, ClosingDay);
        meeting.RecordGuest(DemoIds.GjergjKastriotiHighSchool, "Një grup nxënësish nga gjimnazi \"Gjergj Kastrioti\"");
        meeting.RecordDecision(
            DecisionKind.Recommendation,
            "Përkrahet draft projekti i nxënësve të gjimnazit \"Gjergj Kastrioti\" për fëmijët në situatë rruge; Prefekti shprehu gatishmëri të plotë për të mbështetur idetë e tyre.",
            DemoIds.EndorsePupilsProject);
        meeting.RecordDecision(
            DecisionKind.ApproveMembershipOrder,
            "Qendra e Resiliencës Durrës bëhet pjesë e tryezës teknike nga 31.10.2023.",
            DemoIds.ResilienceCentreJoinsTechnicalTable);
        // A promise of all members, owned by the chair's organisation on their behalf.
        meeting.RecordCommitment(
            "Të punohet në partneritet dhe të bëhet e mundur mbarëvajtja e punës së përbashkët.",
            DemoIds.Prefecture,
            id: DemoIds.KeepWorkingInPartnership);
        // Reviewed at the closing meeting, so recorded before its minutes are approved (approved minutes freeze it).
        AnnualAnalysisMeeting.ReviewCommitment(
            DemoIds.SchoolSessionsInOctober, meeting, CommitmentStatus.Done, "Sesionet në shkolla u raportuan në takimin mbyllës të fushatës.");
        meeting.ApproveMinutes(ClosingDay, DemoIds.EmiljanJani);
        ClosingMeeting = meeting;
        _meetings.Add(meeting);
    }

    private void RecordAllPresent(Meeting meeting, LocalDate day)
    {
        foreach (var seat in KratDurres.SeatsOn(CommitteeBody.Committee, day))
        {
            var titular = seat.RepresentativesOn(day).FirstOrDefault(r => r.Capacity == RepresentationCapacity.Titular);
            meeting.RecordPresent(seat, PresenceCapacity.Titular, titular?.PersonId);
        }
    }
}
