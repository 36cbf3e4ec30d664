using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.Plans;
using Krat.Domain.Statistics;
using NodaTime;

namespace Krat.Demo.Durres;

/// <summary>
/// The work half of the scenario: the 2023 action plan, the October 2023 awareness month with its activities,
/// the pupils' draft project, the Resilience Centre partnership and provider, and a victim statistics table.
/// Facts from the press release are kept as they are; dates, reach figures and statistics that the release does
/// not give are illustrative, invented for the demo.
/// </summary>
public sealed partial class DurresScenario
{
    /// <summary>The day of the closing meeting, used as "today" when recording the campaign's activities.</summary>
    public static readonly LocalDate ClosingDay = new(2023, 10, 31);

    private readonly List<Activity> _activities = [];

    /// <summary>The 2023 regional action plan of KRAT Durrës, approved on 2023-02-15.</summary>
    public ActionPlan ActionPlan2023 { get; private set; } = null!;

    /// <summary>The October 2023 awareness month.</summary>
    public Campaign October2023 { get; private set; } = null!;

    /// <summary>The activities of the campaign and around it, in the order of <see cref="DemoIds.Activity"/>.</summary>
    public IReadOnlyList<Activity> Activities => _activities;

    /// <summary>The pupils' draft project for children in street situations, endorsed at the closing meeting.</summary>
    public Initiative PupilsProject { get; private set; } = null!;

    /// <summary>The partnership that set up the Resilience Centre.</summary>
    public Partnership ResilienceCentrePartnership { get; private set; } = null!;

    /// <summary>The Resilience Centre as a service provider, at the Technical Table from 2023-10-31.</summary>
    public ServiceProvider ResilienceCentreProvider { get; private set; } = null!;

    /// <summary>Victim figures for Durrës County in 2023 — invented demo counts, not real data.</summary>
    public VictimStatistics VictimStatistics2023 { get; private set; } = null!;

    partial void BuildWork()
    {
        BuildActionPlan();
        October2023 = Campaign.Launch(
            DemoIds.KratDurres,
            "Muaji i ndërgjegjësimit, tetor 2023",
            new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)),
            "Bashkë kundër trafikimit të qenieve njerëzore",
            DemoIds.October2023);
        BuildActivities();
        BuildPupilsProject();
        BuildResilienceCentre();
        BuildStatistics();
    }

    private void BuildActionPlan()
    {
        var year = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
        var plan = ActionPlan.Draft(
            DemoIds.KratDurres,
            "Plani rajonal i veprimit kundër trafikimit 2023",
            year,
            "PKV 2021-2023",
            DemoIds.ActionPlan2023);
        var prevention = plan.AddObjective(Pillar.Prevention, "O1", "Rritja e ndërgjegjësimit të komunitetit dhe grupeve në risk");
        var protection = plan.AddObjective(Pillar.Protection, "O2", "Shërbime të integruara për viktimat dhe viktimat e mundshme");
        var prosecution = plan.AddObjective(Pillar.Prosecution, "O3", "Identifikimi i hershëm dhe ndjekja e rasteve");
        var partnership = plan.AddObjective(Pillar.Partnership, "O4", "Bashkërendimi i institucioneve dhe partnerëve në qark");

        plan.AddMeasure(prevention.Id, "1.1", "Seanca ndërgjegjësuese në shkolla", DemoIds.EducationOffice, [DemoIds.WorldVision, DemoIds.TerreDesHommes], year, DemoIds.Measure(1));
        var sessions = plan.AddIndicator(DemoIds.Measure(1), IndicatorKind.Count, "Seanca të zhvilluara në shkolla", "seanca", baseline: 20);
        plan.SetTarget(DemoIds.Measure(1), sessions.Id, year, 30);

        plan.AddMeasure(prevention.Id, "1.2", "Punë në terren me komunitetet rome dhe egjiptiane dhe fëmijët në situatë rruge", DemoIds.StateSocialServices, [DemoIds.MunicipalityDurres, DemoIds.DifferentAndEqual], year, DemoIds.Measure(2));
        var street = plan.AddIndicator(DemoIds.Measure(2), IndicatorKind.Count, "Fëmijë në situatë rruge të identifikuar dhe të referuar", "fëmijë", baseline: 25, higherIsBetter: true);
        plan.SetTarget(DemoIds.Measure(2), street.Id, year, 40);

        plan.AddMeasure(prevention.Id, "1.3", "Informimi i punëkërkuesve për punësimin e sigurt", DemoIds.EmploymentOffice, [DemoIds.LabourInspectorate], new DateInterval(new LocalDate(2023, 3, 1), new LocalDate(2023, 11, 30)), DemoIds.Measure(3));

        plan.AddMeasure(protection.Id, "2.1", "Referimi i viktimave te shërbimet e specializuara", DemoIds.MunicipalityDurres, [DemoIds.StateSocialServices, DemoIds.LocalHealthUnit], year, DemoIds.Measure(4));
        var referred = plan.AddIndicator(DemoIds.Measure(4), IndicatorKind.Percentage, "Viktima të identifikuara të referuara te shërbimet", "%", baseline: 70);
        plan.SetTarget(DemoIds.Measure(4), referred.Id, year, 90);

        plan.AddMeasure(prosecution.Id, "3.1", "Trajnimi i profesionistëve të vijës së parë për identifikimin", DemoIds.RegionalPolice, [DemoIds.ProsecutionOffice, DemoIds.BorderPolice], new DateInterval(new LocalDate(2023, 4, 1), new LocalDate(2023, 10, 31)), DemoIds.Measure(5));

        plan.AddMeasure(partnership.Id, "4.1", "Mbledhje të rregullta të tryezës teknike", DemoIds.Prefecture, [], year, DemoIds.Measure(6));
        var meetings = plan.AddIndicator(DemoIds.Measure(6), IndicatorKind.Qualitative, "Tryeza teknike mblidhet çdo tremujor");
        plan.SetTarget(DemoIds.Measure(6), meetings.Id, year, null, "Katër mbledhje në vit");

        plan.Approve(DemoIds.ApproveActionPlan, new LocalDate(2023, 2, 15));
        plan.RecordActual(DemoIds.Measure(1), sessions.Id, year, 27);
        plan.RecordActual(DemoIds.Measure(4), referred.Id, year, 85);
        ActionPlan2023 = plan;
    }

    private void BuildActivities()
    {
        var october = DemoIds.October2023;
        Activity Plan(int n, ActivityKind kind, string title, LocalDate on, string[] places, OrganisationId lead, TargetGroup[] groups, OrganisationId[] partners, int? measure, string? venue = null, string? description = null, Visibility visibility = Visibility.Public, bool inCampaign = true)
        {
            var activity = Activity.Plan(new ActivityPlan
            {
                Id = DemoIds.Activity(n),
                CommitteeId = DemoIds.KratDurres,
                County = Durres,
                Kind = kind,
                Title = title,
                PlannedDays = Activity.Days(on),
                Municipalities = [.. places.Select(Albania.Municipality)],
                LeadOrganisationId = lead,
                TargetGroups = groups,
                Description = description,
                Venue = venue,
                PartnerOrganisationIds = partners,
                MeasureId = measure is { } m ? DemoIds.Measure(m) : null,
                CampaignId = inCampaign ? october : null,
                Visibility = visibility,
            });
            _activities.Add(activity);
            return activity;
        }

        Plan(1, ActivityKind.SchoolSession, "Seancë ndërgjegjësuese me nxënësit e shkollës \"Gjergj Kastrioti\"", new LocalDate(2023, 10, 5), ["Durrës"], DemoIds.EducationOffice, [TargetGroup.Pupils, TargetGroup.Teachers], [DemoIds.WorldVision, DemoIds.GjergjKastriotiHighSchool], 1, "Shkolla e Mesme \"Gjergj Kastrioti\"", "Si të njohim rreziqet e trafikimit dhe ku të kërkojmë ndihmë.")
            .Complete(Activity.Days(new LocalDate(2023, 10, 5)), Reach.Of(120, women: 65, men: 55, children: 115, adults: 5), ClosingDay);
        Plan(2, ActivityKind.SchoolSession, "Seancë në shkollat e Krujës për nxënës dhe prindër", new LocalDate(2023, 10, 10), ["Krujë"], DemoIds.EducationOffice, [TargetGroup.Pupils, TargetGroup.Parents], [DemoIds.TerreDesHommes, DemoIds.MunicipalityKruje], 1, "Shkolla 9-vjeçare Krujë")
            .Complete(Activity.Days(new LocalDate(2023, 10, 10)), Reach.Of(80, women: 42, men: 38, children: 70, adults: 10), ClosingDay);
        Plan(3, ActivityKind.Outreach, "Takim në komunitetin rom dhe egjiptian të Shijakut", new LocalDate(2023, 10, 12), ["Shijak"], DemoIds.StateSocialServices, [TargetGroup.RomaAndEgyptianCommunities, TargetGroup.Parents], [DemoIds.MunicipalityShijak, DemoIds.DifferentAndEqual], 2, "Qendra komunitare Shijak")
            .Complete(Activity.Days(new LocalDate(2023, 10, 12)), Reach.Of(45, women: 30, men: 15, children: 20, adults: 25), ClosingDay);
        Plan(4, ActivityKind.Outreach, "Punë në terren me fëmijët në situatë rruge", new LocalDate(2023, 10, 14), ["Durrës"], DemoIds.MunicipalityDurres, [TargetGroup.ChildrenInStreetSituations], [DemoIds.StateSocialServices, DemoIds.RegionalPolice], 2, "Plazhi dhe qendra e qytetit", visibility: Visibility.Internal)
            .Complete(Activity.Days(new LocalDate(2023, 10, 14)), Reach.Of(18, women: 7, men: 11, children: 18, adults: 0), ClosingDay);
        Plan(5, ActivityKind.Workshop, "Punësim i sigurt: takim me punëkërkuesit", new LocalDate(2023, 10, 17), ["Durrës", "Shijak"], DemoIds.EmploymentOffice, [TargetGroup.JobSeekers, TargetGroup.Youth, TargetGroup.Women], [DemoIds.LabourInspectorate], 3, "Zyra Vendore e Punësimit Durrës")
            .Complete(Activity.Days(new LocalDate(2023, 10, 17)), Reach.Of(60, women: 38, men: 22, children: 5, adults: 55), ClosingDay);
        Plan(6, ActivityKind.CampaignEvent, "18 Tetori, Dita Evropiane kundër Trafikimit", new LocalDate(2023, 10, 18), ["Durrës"], DemoIds.Prefecture, [TargetGroup.GeneralPublic, TargetGroup.Youth], [DemoIds.MunicipalityDurres, DemoIds.RegionalPolice, DemoIds.WorldVision, DemoIds.Unicef], 6, "Sheshi \"Liria\"")
            .Complete(Activity.Days(new LocalDate(2023, 10, 18)), Reach.Of(250, women: 140, men: 110), ClosingDay);
        Plan(7, ActivityKind.Training, "Trajnim për identifikimin e hershëm të viktimave", new LocalDate(2023, 10, 20), ["Durrës"], DemoIds.RegionalPolice, [TargetGroup.FrontLineProfessionals], [DemoIds.ProsecutionOffice, DemoIds.BorderPolice], 5, "Drejtoria Vendore e Policisë", visibility: Visibility.Internal)
            .Complete(Activity.Days(new LocalDate(2023, 10, 20)), Reach.Of(35, women: 15, men: 20, children: 0, adults: 35), ClosingDay);
        Plan(8, ActivityKind.Publication, "Fletëpalosje për rreziqet e trafikimit në Krujë dhe Shijak", new LocalDate(2023, 10, 23), ["Krujë", "Shijak"], DemoIds.Prefecture, [TargetGroup.GeneralPublic], [DemoIds.MunicipalityKruje, DemoIds.MunicipalityShijak], 1)
            .Complete(Activity.Days(new LocalDate(2023, 10, 24)), Reach.Of(500), ClosingDay);
        var shijakSchool = Plan(9, ActivityKind.SchoolSession, "Seancë në shkollën e mesme të Shijakut", new LocalDate(2023, 10, 26), ["Shijak"], DemoIds.EducationOffice, [TargetGroup.Pupils], [DemoIds.WorldVision], 1, "Shkolla e mesme Shijak");
        shijakSchool.Postpone("Përputhje me kalendarin e provimeve");
        shijakSchool.Reschedule(Activity.Days(new LocalDate(2023, 11, 8)));
        Plan(10, ActivityKind.SportsEvent, "Turne futbolli për të rinjtë e Krujës", new LocalDate(2023, 10, 28), ["Krujë"], DemoIds.MunicipalityKruje, [TargetGroup.Youth], [DemoIds.TerreDesHommes], null, "Stadiumi i Krujës")
            .Cancel("Kushtet e motit");
        Plan(11, ActivityKind.AwarenessSession, "Seancë me prindërit e Shijakut", new LocalDate(2023, 11, 15), ["Shijak"], DemoIds.StateSocialServices, [TargetGroup.Parents], [DemoIds.MunicipalityShijak], 2, inCampaign: false);
    }

    private void BuildPupilsProject()
    {
        var project = Initiative.Propose(new InitiativeProposal
        {
            CommitteeId = DemoIds.KratDurres,
            Title = "Projekt-ide për ndihmën e fëmijëve në situatë rruge",
            Beneficiaries = [TargetGroup.ChildrenInStreetSituations],
            ProposerIds = [DemoIds.GjergjKastriotiHighSchool],
            ProposingGroup = "Nxënësit e shkollës së mesme \"Gjergj Kastrioti\"",
            SupporterIds = [DemoIds.WorldVision],
            Description = "Nxënësit propozojnë edukimin dhe ndërgjegjësimin e të rinjve në luftën kundër trafikimit të qenieve njerëzore.",
            Id = DemoIds.PupilsProject,
        });
        project.Endorse(Endorsement.By(ClosingDay, DemoIds.Prefecture, DemoIds.EmiljanJani, DemoIds.ClosingMeeting, DemoIds.EndorsePupilsProject));
        PupilsProject = project;
    }

    private void BuildResilienceCentre()
    {
        var partnership = Partnership.Form(
            "Qendra e Resiliencës Durrës",
            "Ngritja e një qendre që përfshin komunitetin në mënyrë proaktive dhe ofron shërbime nëpërmjet bashkërendimit ndërsektorial, në interesin më të lartë të fëmijës dhe familjes.",
            Term.From(ClosingDay),
            [
                new Participant(DemoIds.MunicipalityDurres, ParticipantRole.Accountable),
                new Participant(DemoIds.MinistryOfHealth, ParticipantRole.Partner),
                new Participant(DemoIds.Usaid, ParticipantRole.Funding),
                new Participant(DemoIds.Undp, ParticipantRole.Implementing),
            ],
            DemoIds.ResilienceCentrePartnership);
        var provider = ServiceProvider.Register(
            "Qendra e Resiliencës Durrës",
            DemoIds.ResilienceCentre,
            [ServiceType.PsychosocialSupport, ServiceType.ChildProtection, ServiceType.FamilyReunification, ServiceType.EconomicSupport, ServiceType.CommunityServices],
            [Albania.Municipality("Durrës")],
            [TargetGroup.VictimsAndPotentialVictims, TargetGroup.ChildrenInStreetSituations, TargetGroup.Parents],
            DemoIds.ResilienceCentrePartnership, id: DemoIds.ResilienceCentreProvider);
        partnership.Establish(provider.Id);
        provider.SetActivePeriod(Term.From(ClosingDay));
        // "From today it is part of the technical table, with the services it offers to victims of trafficking."
        TechnicalTableMembership.Join(KratDurres, provider, ClosingDay, seatId: DemoIds.TechnicalTableSeat(DemoIds.ResilienceCentre));
        ResilienceCentrePartnership = partnership;
        ResilienceCentreProvider = provider;
    }

    private void BuildStatistics()
    {
        var table = VictimStatistics.Open(
            DemoIds.KratDurres,
            Durres,
            new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)),
            source: "Shifra demonstruese, të shpikura — jo të dhëna reale",
            id: DemoIds.VictimStatistics2023);
        // Invented demo counts (not real data): sex, age group, status, form, count.
        table.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 9);
        table.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Sexual, 6);
        table.Record(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Sexual, 3);
        table.Record(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 4);
        table.Record(Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 7);
        table.Record(Sex.Male, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Labour, 8);
        table.Record(Sex.Male, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Labour, 2);
        table.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Labour, 5);
        table.Record(Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.ForcedCriminality, 1);
        table.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Other, 0);
        // Published by the secretariat for the closing meeting (the public sees published figures only).
        table.Publish("sekretari", ClosingDay.At(new LocalTime(9, 0)).InZoneStrictly(Meeting.TimeZone).ToInstant());
        VictimStatistics2023 = table;
    }
}
