using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using NodaTime;

namespace Krat.Domain.Tests.Activities;

/// <summary>Builders and a shared data set of activities for the activity and specification tests.</summary>
public static class ActivityTestData
{
    public static readonly CountyCode Durres = CountyCode.From("AL-02");
    public static readonly CountyCode Tirana = CountyCode.From("AL-11");
    public static readonly CommitteeId KratDurres = new(Guid.Parse("00000000-0000-7000-8000-00000000d001"));
    public static readonly CommitteeId KratTirana = new(Guid.Parse("00000000-0000-7000-8000-00000000d002"));
    public static readonly OrganisationId Education = Org(1);
    public static readonly OrganisationId WorldVision = Org(2);
    public static readonly OrganisationId Police = Org(3);
    public static readonly OrganisationId Social = Org(4);
    public static readonly OrganisationId Employment = Org(5);
    public static readonly MeasureId Measure1 = new(Guid.Parse("00000000-0000-7000-8000-00000000e001"));
    public static readonly MeasureId Measure2 = new(Guid.Parse("00000000-0000-7000-8000-00000000e002"));
    public static readonly MeasureId Measure3 = new(Guid.Parse("00000000-0000-7000-8000-00000000e003"));
    public static readonly CampaignId October = new(Guid.Parse("00000000-0000-7000-8000-00000000f001"));
    public static readonly LocalDate Today = new(2023, 10, 31);

    public static ActivityId Id(int n) => new(Guid.Parse($"00000000-0000-7000-8000-{0xa000 + n:x12}"));

    public static Activity Planned(
        int n = 1,
        ActivityKind kind = ActivityKind.SchoolSession,
        string title = "Seancë ndërgjegjësuese",
        LocalDate? on = null,
        string[]? municipalities = null,
        OrganisationId? lead = null,
        TargetGroup[]? groups = null,
        OrganisationId[]? partners = null,
        MeasureId? measure = null,
        CampaignId? campaign = null,
        Visibility visibility = Visibility.Public,
        CommitteeId? committee = null,
        CountyCode? county = null,
        string? description = null,
        string? venue = null) =>
        Activity.Plan(new ActivityPlan
        {
            Id = Id(n),
            CommitteeId = committee ?? KratDurres,
            County = county ?? Durres,
            Kind = kind,
            Title = title,
            PlannedDays = Activity.Days(on ?? new LocalDate(2023, 10, 5)),
            Municipalities = [.. (municipalities ?? ["Durrës"]).Select(Albania.Municipality)],
            LeadOrganisationId = lead ?? Education,
            TargetGroups = groups ?? [TargetGroup.Pupils],
            Description = description,
            Venue = venue,
            PartnerOrganisationIds = partners ?? [],
            MeasureId = measure,
            CampaignId = campaign,
            Visibility = visibility,
        });

    /// <summary>
    /// The shared data set of the specification tests: twelve activities of two committees across municipalities,
    /// target groups, measures, organisations, statuses and visibilities. Numbers 1–12 are their <see cref="Id"/>.
    /// </summary>
    public static List<Activity> Set()
    {
        var list = new List<Activity>
        {
            Planned(1, title: "Seancë në shkollën \"Gjergj Kastrioti\"", on: new(2023, 10, 5), groups: [TargetGroup.Pupils, TargetGroup.Teachers], partners: [WorldVision], measure: Measure1, campaign: October, venue: "Shkolla e Mesme"),
            Planned(2, title: "Seancë në Krujë", on: new(2023, 10, 10), municipalities: ["Krujë"], groups: [TargetGroup.Pupils, TargetGroup.Parents], measure: Measure1, campaign: October),
            Planned(3, kind: ActivityKind.Outreach, title: "Takim me komunitetin rom", on: new(2023, 10, 12), municipalities: ["Shijak"], lead: Social, groups: [TargetGroup.RomaAndEgyptianCommunities], partners: [WorldVision], measure: Measure2, campaign: October),
            Planned(4, kind: ActivityKind.Outreach, title: "Fëmijët në situatë rruge", on: new(2023, 10, 14), lead: Social, groups: [TargetGroup.ChildrenInStreetSituations], partners: [Police], measure: Measure2, campaign: October, visibility: Visibility.Internal),
            Planned(5, kind: ActivityKind.Workshop, title: "Punësim i sigurt", on: new(2023, 10, 17), municipalities: ["Durrës", "Shijak"], lead: Employment, groups: [TargetGroup.JobSeekers], campaign: October),
            Planned(6, kind: ActivityKind.CampaignEvent, title: "Dita Evropiane kundër Trafikimit", on: new(2023, 10, 18), lead: Police, groups: [TargetGroup.GeneralPublic], partners: [WorldVision, Education], campaign: October, description: "Ndërgjegjësim në shesh"),
            Planned(7, kind: ActivityKind.Training, title: "Trajnim për policinë", on: new(2023, 9, 20), lead: Police, groups: [TargetGroup.FrontLineProfessionals], measure: Measure3, visibility: Visibility.Internal),
            Planned(8, title: "Seancë e shtyrë", on: new(2023, 10, 26), municipalities: ["Shijak"], measure: Measure1, campaign: October),
            Planned(9, kind: ActivityKind.SportsEvent, title: "Turne futbolli", on: new(2023, 10, 28), municipalities: ["Krujë"], lead: Social, groups: [TargetGroup.Youth], measure: Measure3, campaign: October),
            Planned(10, title: "Seancë me prindërit", on: new(2023, 11, 15), municipalities: ["Shijak"], groups: [TargetGroup.Parents], measure: Measure2),
            Planned(11, title: "Seancë në Tiranë", on: new(2023, 10, 6), municipalities: ["Tiranë"], committee: KratTirana, county: Tirana, groups: [TargetGroup.Pupils], partners: [WorldVision], campaign: October),
            Planned(12, title: "Seancë e vonuar", on: new(2023, 10, 2), municipalities: ["Durrës"], measure: Measure1),
        };
        list[0].Complete(Activity.Days(new(2023, 10, 5)), Reach.Of(120, 65, 55, 115, 5), Today);
        list[1].Complete(Activity.Days(new(2023, 10, 11)), Reach.Of(80, 42, 38), Today);
        list[2].Complete(Activity.Days(new(2023, 10, 12)), Reach.Of(45), Today);
        list[3].Complete(Activity.Days(new(2023, 10, 14)), Reach.Of(18), Today);
        list[4].Complete(Activity.Days(new(2023, 10, 17)), Reach.Of(60), Today);
        list[5].Complete(Activity.Days(new(2023, 10, 18)), Reach.Of(250, 140, 110), Today);
        list[6].Complete(Activity.Days(new(2023, 9, 21)), Reach.Of(35), Today);
        list[7].Postpone("Provime");
        list[8].Cancel("Moti");
        list[10].Complete(Activity.Days(new(2023, 10, 6)), Reach.Of(30), Today);
        return list;
    }

    public static int Number(Activity activity) => (int)(activity.Id.Value.ToByteArray()[15] | (activity.Id.Value.ToByteArray()[14] << 8)) - 0xa000;

    private static OrganisationId Org(int n) => new(Guid.Parse($"00000000-0000-7000-8000-{0xc000 + n:x12}"));
}
