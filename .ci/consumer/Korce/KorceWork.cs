#region activities
using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using NodaTime;
using ServiceProvider = Krat.Domain.Partnerships.ServiceProvider;   // not Microsoft.Extensions.DependencyInjection's

namespace Prefektura.Korce.Setup;

/// <summary>KRAT Korçë's work: the October awareness month, its activities, and a service provider joining the Technical Table.</summary>
public static class KorceWork
{
    /// <summary>Launches the awareness month of <paramref name="year"/> and records its activities.</summary>
    /// <param name="committee">The committee.</param>
    /// <param name="d">The organisations.</param>
    /// <param name="year">The year of the October campaign.</param>
    /// <param name="today">Today in Albania: a completed activity cannot end after it.</param>
    /// <returns>The campaign and every activity, to save with their repositories.</returns>
    public static (Campaign Campaign, IReadOnlyList<Activity> Activities) RecordOctober(Committee committee, KorceDirectory d, int year, LocalDate today)
    {
        var october = new DateInterval(new LocalDate(year, 10, 1), new LocalDate(year, 10, 31));
        var campaign = Campaign.Launch(
            committee.Id, $"Muaji i ndërgjegjësimit, tetor {year}", october,     // both ends inclusive
            "Bashkë kundër trafikimit të qenieve njerëzore");                     // no id given: Krat makes one

        // Places are typed: municipalities of the committee's county, from the catalogue shipped in Krat.Domain.
        var (korce, pogradec, maliq) = (Albania.Municipality("Korçë"), Albania.Municipality("Pogradec"), Albania.Municipality("Maliq"));

        Activity Plan(ActivityKind kind, string title, int day, Municipality[] places, OrganisationId lead, TargetGroup[] groups, Visibility visibility, bool inCampaign = true) =>
            Activity.Plan(new ActivityPlan
            {
                // Required: leaving one out does not compile.
                CommitteeId = committee.Id,
                County = KorceDirectory.County,
                Kind = kind,
                Title = title,
                PlannedDays = Activity.Days(new LocalDate(year, 10, day)),      // one day; Activity.Days(first, last) for more
                Municipalities = places,
                LeadOrganisationId = lead,
                TargetGroups = groups,
                // Optional, with defaults (no description or venue, internal, no measure).
                PartnerOrganisationIds = [d.Ngo.Id],
                CampaignId = inCampaign ? campaign.Id : null,
                Visibility = visibility,
            });

        var school = Plan(ActivityKind.SchoolSession, "Seancë ndërgjegjësuese në gjimnazin \"Raqi Qirinxhi\"", 6, [korce], d.EducationOffice.Id, [TargetGroup.Pupils, TargetGroup.Teachers], Visibility.Public);
        school.Complete(school.PlannedDays, Reach.Of(140, women: 80, men: 60, children: 132, adults: 8), today);

        var outreach = Plan(ActivityKind.Outreach, "Takim me familjet në Pogradec", 13, [pogradec], d.SocialServices.Id, [TargetGroup.Parents], Visibility.Public);
        outreach.Complete(outreach.PlannedDays, Reach.Of(35, women: 20, men: 15, children: 10, adults: 25), today);

        var training = Plan(ActivityKind.Training, "Identifikimi i hershëm i viktimave", 20, [korce], d.Police.Id, [TargetGroup.FrontLineProfessionals], Visibility.Internal);
        training.Complete(training.PlannedDays, Reach.Of(28, women: 12, men: 16, children: 0, adults: 28), today);

        var euDay = Plan(ActivityKind.CampaignEvent, "18 Tetori, Dita Evropiane kundër Trafikimit", 18, [korce, pogradec], d.Prefecture.Id, [TargetGroup.GeneralPublic], Visibility.Public);
        euDay.Complete(euDay.PlannedDays, Reach.Of(300), today);

        var match = Plan(ActivityKind.SportsEvent, "Turne futbolli për të rinjtë", 25, [pogradec], d.MunicipalityPogradec.Id, [TargetGroup.Youth], Visibility.Public);
        match.Cancel("Kushtet e motit");

        // Planned and not yet completed: counted as an activity, reaching nobody yet.
        var parents = Plan(ActivityKind.AwarenessSession, "Seancë me prindërit në Maliq", 28, [maliq], d.SocialServices.Id, [TargetGroup.Parents], Visibility.Public);

        // In October but outside the campaign: in the month's report, not in the campaign's.
        var workshop = Plan(ActivityKind.Workshop, "Punëtori me inspektorët e punës", 9, [korce], d.Police.Id, [TargetGroup.FrontLineProfessionals], Visibility.Internal, inCampaign: false);
        workshop.Complete(workshop.PlannedDays, Reach.Of(15), today);

        return (campaign, [school, outreach, training, euDay, match, parents, workshop]);
    }
#endregion

#region provider
    /// <summary>A shelter registers as a service provider and joins the Technical Table from <paramref name="from"/>.</summary>
    /// <param name="committee">The committee (its Technical Table gets the seat).</param>
    /// <param name="d">The organisations.</param>
    /// <param name="from">The first day at the Technical Table.</param>
    /// <returns>The provider, to save with <c>IRepository&lt;ServiceProvider&gt;.AddAsync</c>; save the committee too.</returns>
    public static ServiceProvider JoinTechnicalTable(Committee committee, KorceDirectory d, LocalDate from)
    {
        var provider = ServiceProvider.Register(
            "Strehëza \"Drita\" Korçë", d.Shelter.Id,
            [ServiceType.Shelter, ServiceType.PsychosocialSupport, ServiceType.LegalAid],
            [Albania.Municipality("Korçë"), Albania.Municipality("Pogradec")],
            [TargetGroup.VictimsAndPotentialVictims]);
        provider.SetActivePeriod(Term.From(from));

        // One step keeps both records in step: the committee grants the Technical Table seat (carrying the provider's
        // services) and the provider records where it sits. TechnicalTableMembership.Leave ends both, keeping the dates.
        TechnicalTableMembership.Join(committee, provider, from);
        return provider;
    }
}
#endregion
