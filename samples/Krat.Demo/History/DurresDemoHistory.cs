using Krat.Demo.Durres;
using Krat.Domain.Campaigns;
using Krat.Domain.Geography;
using NodaTime;

namespace Krat.Demo.History;

/// <summary>
/// A year (2023) of extra history for the demo site, on top of <see cref="DurresScenario"/>: more meetings of KRAT
/// Durrës (quarterly committee meetings and Technical Table meetings, never on the scenario's 15.02 and 31.10)
/// and about 150 activities that refer to the scenario's committee, seats, organisations, measures and October
/// campaign (<see cref="DemoIds"/>), plus a June 2023 campaign; optionally the other eleven counties' committees
/// for a national view. "Today" is the scenario's closing day, 31.10.2023. The result holds only NEW aggregates
/// (save the scenario first): identities come from the generator's own scheme and never clash with DemoIds.
/// </summary>
public static class DurresDemoHistory
{
    /// <summary>The number of extra Durrës activities the demo uses.</summary>
    public const int DefaultActivities = 150;

    /// <summary>The seed of the demo's extra history.</summary>
    public const int DefaultSeed = 20231031;

    /// <summary>Builds the extra history for <paramref name="scenario"/> (which it reads, never changes).</summary>
    /// <param name="scenario">The reference scenario the history adds to.</param>
    /// <param name="seed">The seed; the same seed gives the same extra history.</param>
    /// <param name="activities">How many extra activities KRAT Durrës gets in 2023.</param>
    /// <param name="otherCounties">Whether to generate the other eleven counties' committees too.</param>
    /// <param name="activitiesPerOtherCounty">How many 2023 activities each other county gets.</param>
    public static GeneratedHistory Build(DurresScenario scenario, int seed = DefaultSeed, int activities = DefaultActivities, bool otherCounties = false, int activitiesPerOtherCounty = 40)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(activities);
        var durres = CountyCode.From("AL-02");
        var options = new HistoryOptions
        {
            Seed = seed,
            Counties = otherCounties ? [.. Albania.Counties.Select(c => c.Code).Where(c => c != durres)] : [],
            From = new LocalDate(2023, 1, 1),
            To = new LocalDate(2023, 12, 31),
            Today = DurresScenario.ClosingDay,
            ActivitiesPerCommitteePerYear = activitiesPerOtherCounty,
        };
        options.Validate();
        var structure = new GeneratedStructure();
        var national = otherCounties ? NationalOrganisations.ForDurresScenario(options, structure) : null;
        var frames = options.Counties.Select(c => HistoryGenerator.BuildCounty(options, structure, national!, c)).ToList();
        HistoryGenerator.AssignActivityCounts(options, frames);

        var durresFrame = DurresFrame(scenario, options, structure);
        durresFrame.Years[2023].ActivityCount = activities;
        frames.Insert(frames.FindIndex(f => string.CompareOrdinal(f.County.Code.Value, durres.Value) > 0) is var i and >= 0 ? i : frames.Count, durresFrame);
        return HistoryGenerator.Assemble(options, structure, frames);
    }

    private static CommitteeFrame DurresFrame(DurresScenario scenario, HistoryOptions options, GeneratedStructure structure)
    {
        var random = new Random(HistoryIds.Mix(options.Seed, 2, 2023, IdStream.DurresStructure));
        var ids = new HistoryIds(random, 2, IdStream.DurresStructure);
        var june = Campaign.Launch(
            new CampaignId(ids.Next(IdKind.Campaign, new LocalDate(2023, 6, 5))),
            DemoIds.KratDurres,
            "Java kundër shfrytëzimit të fëmijëve, qershor 2023",
            new LocalDate(2023, 6, 5),
            new LocalDate(2023, 6, 16),
            "12 Qershori, Dita Botërore kundër Punës së Fëmijëve");
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
            GeneratesAnnualAndClosing = false,
        };
        var year = new YearFrame { Year = 2023, Start = options.From, End = options.To };
        year.Measures.AddRange(scenario.ActionPlan2023.Measures.Select(m => new MeasureRef(
            m.Id, scenario.ActionPlan2023.Objectives.First(o => o.Id == m.ObjectiveId).Pillar, m.Start, m.End)));
        year.Campaigns.Add(CampaignRef.Of(scenario.October2023));
        year.Campaigns.Add(CampaignRef.Of(june));
        frame.Years.Add(2023, year);
        return frame;
    }
}
