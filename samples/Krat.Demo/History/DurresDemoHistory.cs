using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Geography;
using NodaTime;

namespace Krat.Demo.History;

/// <summary>
/// Extra history for the demo site, on top of <see cref="DurresScenario"/>, from 1 January 2023 to the end of
/// "today"'s year: in 2023 more meetings of KRAT Durrës (quarterly committee meetings and Technical Table meetings,
/// never on the scenario's 15.02 and 31.10) and about 150 activities that refer to the scenario's committee, seats,
/// organisations, measures and October campaign (<see cref="DemoIds"/>), plus a June 2023 campaign; in each later
/// year a generated plan, campaigns, statistics, meetings and a leaner set of activities for the same committee;
/// optionally the other eleven counties' committees for a national view. "Today" is the scenario's closing day,
/// 31.10.2023, unless the host passes its own (the site passes today in Albania): what lies before it is held,
/// completed or published, what lies after it stays planned or a draft, so the demo never shows a past still
/// "planned". The same seed and today give the same data. The result holds only NEW aggregates (save the scenario
/// first): identities come from the generator's own scheme and never clash with DemoIds.
/// </summary>
public static class DurresDemoHistory
{
    /// <summary>The number of extra Durrës activities the demo uses.</summary>
    public const int DefaultActivities = 150;

    /// <summary>The seed of the demo's extra history.</summary>
    public const int DefaultSeed = 20231031;

    /// <summary>How many activities each committee gets in each year after 2023 (lean, so the site starts quickly).</summary>
    public const int LaterYearActivities = 24;

    /// <summary>How many days before today an activity may still wait to be recorded, or minutes to be approved.</summary>
    public const int PendingWindowDays = 30;

    private const int ScenarioYear = 2023;

    /// <summary>Builds the extra history for <paramref name="scenario"/> (which it reads, never changes).</summary>
    /// <param name="scenario">The reference scenario the history adds to.</param>
    /// <param name="seed">The seed; the same seed gives the same extra history.</param>
    /// <param name="activities">How many extra activities KRAT Durrës gets in 2023.</param>
    /// <param name="otherCounties">Whether to generate the other eleven counties' committees too.</param>
    /// <param name="activitiesPerOtherCounty">How many 2023 activities each other county gets.</param>
    /// <param name="today">
    /// "Today" for the history (the site passes today in Albania); the scenario's closing day, 31.10.2023, when not
    /// given or earlier. The history runs to the end of this day's year.
    /// </param>
    public static GeneratedHistory Build(DurresScenario scenario, int seed = DefaultSeed, int activities = DefaultActivities, bool otherCounties = false, int activitiesPerOtherCounty = 40, LocalDate? today = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(activities);
        var durres = CountyCode.From("AL-02");
        var day = today is { } given && given > DurresScenario.ClosingDay ? given : DurresScenario.ClosingDay;
        var options = new HistoryOptions
        {
            Seed = seed,
            Counties = otherCounties ? [.. Albania.Counties.Select(c => c.Code).Where(c => c != durres)] : [],
            From = new LocalDate(ScenarioYear, 1, 1),
            To = new LocalDate(day.Year, 12, 31),
            Today = day,
            ActivitiesPerCommitteePerYear = activitiesPerOtherCounty,
            PendingWindowDays = PendingWindowDays,
        };
        options.Validate();
        var structure = new GeneratedStructure();
        var national = otherCounties ? NationalOrganisations.ForDurresScenario(options, structure) : null;
        var frames = options.Counties.Select(c => HistoryGenerator.BuildCounty(options, structure, national!, c)).ToList();
        HistoryGenerator.AssignActivityCounts(options, frames);

        var durresFrame = DurresFrame(scenario, options, structure);
        durresFrame.Years[ScenarioYear].ActivityCount = activities;
        foreach (var year in frames.Append(durresFrame).SelectMany(f => f.Years.Values).Where(y => y.Year > ScenarioYear))
        {
            year.ActivityCount = LaterYearActivities;
        }

        frames.Insert(frames.FindIndex(f => string.CompareOrdinal(f.County.Code.Value, durres.Value) > 0) is var i and >= 0 ? i : frames.Count, durresFrame);
        return HistoryGenerator.Assemble(options, structure, frames);
    }

    /// <summary>
    /// Brings the reference scenario's own pending work up to <paramref name="today"/> before it is saved: its activities
    /// still planned after the closing day (a school session rescheduled to 8.11.2023, a session with parents on
    /// 15.11.2023) are completed once they lie more than <see cref="PendingWindowDays"/> days before today, with a
    /// fixed reach. On the closing day itself (the reference) nothing changes.
    /// </summary>
    /// <param name="scenario">The scenario, freshly built and not yet saved; its activities are changed in place.</param>
    /// <param name="today">Today (the site passes today in Albania).</param>
    public static void CatchUp(DurresScenario scenario, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var stale = today.PlusDays(-PendingWindowDays);
        foreach (var activity in scenario.Activities.Where(a => a.Status == ActivityStatus.Planned && a.PlannedDays.End < stale))
        {
            activity.Complete(activity.PlannedDays, Reach.Of(40), today);
        }
    }

    private static CommitteeFrame DurresFrame(DurresScenario scenario, HistoryOptions options, GeneratedStructure structure)
    {
        var random = new Random(HistoryIds.Mix(options.Seed, 2, 2023, IdStream.DurresStructure));
        var ids = new HistoryIds(random, 2, IdStream.DurresStructure);
        var june = Campaign.Launch(
            DemoIds.KratDurres,
            "Java kundër shfrytëzimit të fëmijëve, qershor 2023",
            new DateInterval(new LocalDate(2023, 6, 5), new LocalDate(2023, 6, 16)),
            "12 Qershori, Dita Botërore kundër Punës së Fëmijëve",
            new CampaignId(ids.Next(IdKind.Campaign, new LocalDate(2023, 6, 5))));
        structure.Campaigns.Add(june);

        var frame = new CommitteeFrame
        {
            Committee = scenario.KratDurres,
            County = Albania.County(CountyCode.From("AL-02")),
            CountyIndex = 2,
            MeetingStream = IdStream.DurresMeetings,
            ActivityStream = IdStream.DurresActivities,
            Place = "Prefektura e Qarkut Durrës",
            Prefecture = DemoIds.Prefecture,
            CentralMunicipality = DemoIds.MunicipalityDurres,
            Police = DemoIds.RegionalPolice,
            SocialServices = DemoIds.StateSocialServices,
            Employment = DemoIds.EmploymentOffice,
            Education = DemoIds.EducationOffice,
            Members =
            [
                DemoIds.Prefecture, DemoIds.MunicipalityDurres, DemoIds.MunicipalityKruje, DemoIds.MunicipalityShijak, DemoIds.RegionalPolice,
                DemoIds.BorderPolice, DemoIds.StateSocialServices, DemoIds.EmploymentOffice, DemoIds.EducationOffice, DemoIds.LocalHealthUnit,
                DemoIds.LabourInspectorate, DemoIds.WorldVision, DemoIds.SotPerTeArdhmen,
            ],
            Partners = [DemoIds.ProsecutionOffice, DemoIds.TerreDesHommes, DemoIds.DifferentAndEqual, DemoIds.Unicef, DemoIds.GjergjKastriotiHighSchool],
            Schools = [(DemoIds.GjergjKastriotiHighSchool, scenario.Organisation(DemoIds.GjergjKastriotiHighSchool).Name)],
        };
        var year = new YearFrame { Year = ScenarioYear, Start = options.From, End = new LocalDate(ScenarioYear, 12, 31), GeneratesAnnualAndClosing = false };
        year.Measures.AddRange(scenario.ActionPlan2023.Measures.Select(m => new MeasureRef(
            m.Id, scenario.ActionPlan2023.Objectives.First(o => o.Id == m.ObjectiveId).Pillar, m.Period.Start, m.Period.End)));
        year.Campaigns.Add(CampaignRef.Of(scenario.October2023));
        year.Campaigns.Add(CampaignRef.Of(june));
        frame.Years.Add(ScenarioYear, year);

        // The years after the scenario: each from its own seed, so a later "today" never changes an earlier year's plan.
        var organisations = new ContinuingOrganisations(
            DemoIds.BorderPolice,
            DemoIds.LocalHealthUnit,
            DemoIds.LabourInspectorate,
            DemoIds.ProsecutionOffice,
            [(DemoIds.MunicipalityDurres, "Durrës"), (DemoIds.MunicipalityKruje, "Krujë"), (DemoIds.MunicipalityShijak, "Shijak")]);
        foreach (var (later, start, end) in HistoryGenerator.Years(new LocalDate(ScenarioYear + 1, 1, 1), options.To))
        {
            var laterRandom = new Random(HistoryIds.Mix(options.Seed, 2, later, IdStream.DurresYears));
            var cast = CountyCast.Continuing(
                scenario.KratDurres, frame.County, 2, laterRandom, new HistoryIds(laterRandom, 2, IdStream.DurresYears), options, structure, frame, organisations);
            frame.Years.Add(later, cast.BuildYear(later, start, end));
        }

        return frame;
    }
}
