using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Common;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.Plans;
using Krat.Domain.Statistics;
using NodaTime;

namespace Krat.Demo.History;

/// <summary>The work of one generated county: plans, campaigns, partnerships, providers, initiatives, statistics.</summary>
internal sealed partial class CountyCast
{
    private static readonly string[] Themes =
    [
        "Bashkë kundër trafikimit të qenieve njerëzore", "Mos u bëj pre e premtimeve të rreme", "Njih rrezikun, kërko ndihmë",
        "Çdo fëmijë meriton një fëmijëri të sigurt", "Punësim i sigurt, jo shfrytëzim",
    ];

    private static readonly Dictionary<Pillar, (string Objective, string[] Measures)> PlanText = new()
    {
        [Pillar.Prevention] = ("Rritja e ndërgjegjësimit të komunitetit dhe grupeve në risk", [
            "Seanca ndërgjegjësuese në shkolla", "Punë në terren me komunitetet rome dhe egjiptiane", "Informimi i punëkërkuesve për punësimin e sigurt", "Fushata ndërgjegjësimi në media lokale"]),
        [Pillar.Protection] = ("Shërbime të integruara për viktimat dhe viktimat e mundshme", [
            "Referimi i viktimave te shërbimet e specializuara", "Mbështetja psiko-sociale e fëmijëve në situatë rruge", "Riintegrimi ekonomik i viktimave të trafikimit"]),
        [Pillar.Prosecution] = ("Identifikimi i hershëm dhe ndjekja e rasteve", [
            "Trajnimi i profesionistëve të vijës së parë për identifikimin", "Kontrolle të përbashkëta në vendet e punës me risk"]),
        [Pillar.Partnership] = ("Bashkërendimi i institucioneve dhe partnerëve në qark", [
            "Mbledhje të rregullta të tryezës teknike", "Raportimi periodik te Koordinatori Kombëtar"]),
    };

    private static readonly string[] InitiativeTitles =
    [
        "Projekt-ide për ndihmën e fëmijëve në situatë rruge", "Klub antitrafik në shkollë", "Linjë informimi për punësimin e sigurt",
        "Rrjet vullnetarësh të rinj kundër trafikimit", "Program mentorimi për vajzat e komuniteteve rome dhe egjiptiane",
    ];

    public void BuildWork(CommitteeFrame frame)
    {
        foreach (var (year, start, end) in HistoryGenerator.Years(From, To))
        {
            frame.Years.Add(year, BuildYear(year, start, end));
        }

        BuildProviders();
        BuildInitiatives(_options.EffectiveToday);
    }

    /// <summary>
    /// One year of the committee's work: the annual analysis day, the action plan (approved there, closed after
    /// the year), the campaigns and, once the year has begun, its victim statistics.
    /// </summary>
    public YearFrame BuildYear(int year, LocalDate start, LocalDate end)
    {
        var today = _options.EffectiveToday;
        var first = RandomExtensions.Max(start, new LocalDate(year, 1, 20));
        var last = RandomExtensions.Min(end, new LocalDate(year, 2, 25));
        var annualDay = first <= last ? _random.Day(first, last) : start;
        annualDay = RandomExtensions.Weekday(annualDay) is var weekday && weekday <= end ? weekday : annualDay;
        var yearFrame = new YearFrame
        {
            Year = year,
            Start = start,
            End = end,
            Annual = (new MeetingId(_ids.Next(IdKind.Meeting, annualDay)), annualDay, new DecisionId(_ids.Next(IdKind.Decision, annualDay))),
        };
        BuildPlan(yearFrame, today);
        BuildCampaigns(yearFrame);
        if (start <= today)
        {
            BuildStatistics(yearFrame, today);
        }

        return yearFrame;
    }

    private void BuildPlan(YearFrame year, LocalDate today)
    {
        var planId = new ActionPlanId(_ids.Next(IdKind.ActionPlan, year.Start));
        var period = new DateInterval(year.Start, year.End);
        var plan = ActionPlan.Draft(
            _committee.Id,
            $"Plani rajonal i veprimit kundër trafikimit {year.Year}",
            period,
            year.Year switch { <= 2017 => "SKV 2014-2017", <= 2020 => "PKV 2018-2020", <= 2023 => "PKV 2021-2023", <= 2025 => "PKV 2024-2025", _ => null },
            planId);
        var indicators = new List<(MeasureId Measure, Indicator Indicator)>();
        var objective = 0;
        foreach (var (pillar, (title, measures)) in PlanText)
        {
            objective++;
            var added = plan.AddObjective(pillar, $"O{objective}", title);
            var count = 0;
            foreach (var measureTitle in _random.Sample(measures, 2))
            {
                count++;
                var lead = LeadFor(pillar);
                var supporting = _random.Sample(Members.Where(m => m != lead).ToList(), _random.Next(0, 3));
                var (from, to) = _random.Chance(0.7) ? (year.Start, year.End) : SubPeriod(year.Start, year.End);
                var id = new MeasureId(_ids.Next(IdKind.Measure, year.Start));
                plan.AddMeasure(added.Id, $"{objective}.{count}", measureTitle, lead, supporting, new DateInterval(from, to), id);
                year.Measures.Add(new MeasureRef(id, pillar, from, to));
                var kind = (IndicatorKind)(1 + _random.Next(3));
                var indicator = kind switch
                {
                    IndicatorKind.Count => plan.AddIndicator(id, kind, "Numri i veprimtarive: " + measureTitle.ToLowerInvariant(), "veprimtari", _random.Next(5, 40)),
                    IndicatorKind.Percentage => plan.AddIndicator(id, kind, "Përqindja e rasteve të trajtuara në afat", "%", _random.Next(40, 80)),
                    _ => plan.AddIndicator(id, kind, "Cilësia e bashkërendimit sipas vlerësimit të tryezës teknike"),
                };
                var target = indicator.Baseline is { } baseline ? Math.Min(kind == IndicatorKind.Percentage ? 100 : 1000, baseline + _random.Next(5, 20)) : (decimal?)null;
                plan.SetTarget(id, indicator.Id, period, target, target is null ? "Mbledhje çdo tremujor me procesverbal të miratuar" : null);
                indicators.Add((id, indicator));
            }
        }

        if (year.Annual is { } annual && annual.Date <= today)
        {
            plan.Approve(annual.ApprovePlan, annual.Date);
            if (year.End < today)
            {
                foreach (var (measure, indicator) in indicators)
                {
                    var actual = indicator.Kind switch
                    {
                        IndicatorKind.Count => _random.Next(0, 50),
                        IndicatorKind.Percentage => _random.Next(30, 101),
                        _ => (decimal?)null,
                    };
                    plan.RecordActual(measure, indicator.Id, period, actual, actual is null ? "Tryeza teknike u mblodh rregullisht" : null);
                }

                plan.Close(RandomExtensions.Min(today, year.End.PlusDays(45)));
            }
        }

        _structure.ActionPlans.Add(plan);
    }

    private OrganisationId LeadFor(Pillar pillar) => pillar switch
    {
        Pillar.Prevention => _random.Pick([Education, Employment, SocialServices, CentralMunicipality]),
        Pillar.Protection => _random.Pick([SocialServices, CentralMunicipality, Health]),
        Pillar.Prosecution => _random.Pick([Police, BorderPolice, Labour]),
        _ => Prefecture,
    };

    private (LocalDate From, LocalDate To) SubPeriod(LocalDate start, LocalDate end)
    {
        var a = _random.Day(start, end);
        var b = _random.Day(start, end);
        return a <= b ? (a, b) : (b, a);
    }

    private void BuildCampaigns(YearFrame year)
    {
        var october = new DateInterval(new LocalDate(year.Year, 10, 1), new LocalDate(year.Year, 10, 31));
        if (october.Start <= year.End && october.End >= year.Start)
        {
            var campaign = Campaign.Launch(
                _committee.Id, $"Muaji i ndërgjegjësimit, tetor {year.Year}", october, _random.Pick(Themes), new CampaignId(_ids.Next(IdKind.Campaign, october.Start)));
            _structure.Campaigns.Add(campaign);
            year.Campaigns.Add(CampaignRef.Of(campaign));
        }

        var june = new DateInterval(new LocalDate(year.Year, 6, 5), new LocalDate(year.Year, 6, 16));
        if (june.Start <= year.End && june.End >= year.Start && _random.Chance(0.5))
        {
            var campaign = Campaign.Launch(
                _committee.Id, $"Java kundër shfrytëzimit të fëmijëve, qershor {year.Year}", june, "12 Qershori, Dita Botërore kundër Punës së Fëmijëve", new CampaignId(_ids.Next(IdKind.Campaign, june.Start)));
            _structure.Campaigns.Add(campaign);
            year.Campaigns.Add(CampaignRef.Of(campaign));
        }
    }

    private void BuildStatistics(YearFrame year, LocalDate today)
    {
        var county = Statistics(year, null, today);
        _structure.VictimStatistics.Add(county);

        // A county-wide record covers every municipality of the county, so no municipality record of the same year
        // is kept beside it (it would overlap and its figures would be counted twice). The draws for it are still
        // made, so that the rest of the generated history stays the same.
        if (_random.Chance(0.3))
        {
            _ = Statistics(year, _municipalities[0].Municipality, today);
        }
    }

    private VictimStatistics Statistics(YearFrame year, string? municipality, LocalDate today)
    {
        var id = new VictimStatisticsId(_ids.Next(IdKind.VictimStatistics, year.Start));
        var table = Domain.Statistics.VictimStatistics.Open(
            _committee.Id,
            _county.Code,
            new DateInterval(year.Start, year.End),
            municipality is null ? null : Domain.Geography.Albania.Municipality(municipality),
            "Shifra demonstruese, të gjeneruara — jo të dhëna reale",
            id);
        for (var i = _random.Next(5, 11); i > 0; i--)
        {
            var count = _random.NextDouble() switch { < 0.2 => 0, < 0.6 => _random.Next(1, 5), _ => _random.Next(5, 13) };
            table.Record(
                (Sex)(1 + _random.Next(2)), (AgeGroup)(1 + _random.Next(2)), (VictimStatus)(1 + _random.Next(2)), (ExploitationForm)(1 + _random.Next(5)), count);
        }

        // Published by the county's secretariat a fortnight after the period ends; until that day it stays a draft.
        var published = year.End.PlusDays(15);
        if (published <= today)
        {
            table.Publish("sekretari", published.At(new LocalTime(10, 0)).InZoneStrictly(Meeting.TimeZone).ToInstant());
        }

        return table;
    }

    private void BuildProviders()
    {
        var days = Period.DaysBetween(From, To);
        var formed = _random.Day(From, From.PlusDays(days / 2));
        var (centreNgo, centre) = _localNgos[0];
        var partnershipId = new PartnershipId(_ids.Next(IdKind.Partnership, formed));
        var partnership = Partnership.Form(
            $"Partneriteti për Qendrën Sociale \"{centre}\" në Qarkun {_county.Name}",
            "Ngritja e një qendre që ofron shërbime të integruara për viktimat dhe viktimat e mundshme të trafikimit, në bashkëpunim me institucionet e qarkut.",
            Term.From(formed),
            [
                new Participant(CentralMunicipality, ParticipantRole.Accountable),
                new Participant(_random.Pick(National.Donors), ParticipantRole.Funding),
                new Participant(centreNgo, ParticipantRole.Implementing),
                new Participant(SocialServices, ParticipantRole.Partner),
            ],
            partnershipId);
        var provider = ServiceProvider.Register(
            $"Qendra Sociale \"{centre}\"",
            centreNgo,
            _random.Sample(Enum.GetValues<ServiceType>(), _random.Next(3, 6)),
            _random.Sample(_municipalities.Select(m => Domain.Geography.Albania.Municipality(m.Municipality)).ToList(), Math.Min(_municipalities.Count, _random.Next(1, 4))),
            _random.Sample(ServiceGroups, _random.Next(2, 4)),
            partnership.Id, id: new ServiceProviderId(_ids.Next(IdKind.ServiceProvider, formed)));
        partnership.Establish(provider.Id);
        provider.SetActivePeriod(Term.From(formed));
        var joins = formed.PlusDays(_random.Next(30, 180));
        if (joins <= To)
        {
            GrantTechnicalTableSeat(provider, joins);
        }

        _structure.Partnerships.Add(partnership);
        _structure.ServiceProviders.Add(provider);

        if (_random.Chance(0.6))
        {
            var from = _random.Day(From, To);
            var projectId = new PartnershipId(_ids.Next(IdKind.Partnership, from));
            var project = Partnership.Form(
                $"Projekti \"Fëmijë të sigurt\" në Qarkun {_county.Name}",
                "Parandalimi i trafikimit të fëmijëve nëpërmjet edukimit në shkolla dhe punës me familjet.",
                Term.From(from),
                [
                    new Participant(National.WorldVision, ParticipantRole.Funding),
                    new Participant(Education, ParticipantRole.Accountable),
                    new Participant(_schools[0].Id, ParticipantRole.Implementing),
                    new Participant(_localNgos[1].Id, ParticipantRole.Partner),
                ],
                projectId);
            if (_random.Chance(0.5))
            {
                project.End(_random.Day(from, To));
            }

            _structure.Partnerships.Add(project);
        }

        var elsewhere = Domain.Geography.Albania.Municipalities[_random.Next(Domain.Geography.Albania.Municipalities.Count)];
        _structure.ServiceProviders.Add(ServiceProvider.Register(
            $"Strehëza \"{_localNgos[1].Centre}\" {_county.Name}",
            National.DifferentAndEqual,
            [ServiceType.Shelter, ServiceType.PsychosocialSupport, ServiceType.LegalAid, ServiceType.HealthCare],
            [Domain.Geography.Albania.Municipality(_municipalities[0].Municipality), elsewhere],
            [TargetGroup.VictimsAndPotentialVictims, TargetGroup.Women], id: new ServiceProviderId(_ids.Next(IdKind.ServiceProvider, From))));
        if (_random.Chance(0.5))
        {
            _structure.ServiceProviders.Add(ServiceProvider.Register(
                $"Qendra e Formimit Profesional {_county.Name}",
                Employment,
                [ServiceType.VocationalTraining, ServiceType.EconomicSupport, ServiceType.Education],
                [.. _municipalities.Select(m => Domain.Geography.Albania.Municipality(m.Municipality))],
                [TargetGroup.JobSeekers, TargetGroup.Youth, TargetGroup.VictimsAndPotentialVictims], id: new ServiceProviderId(_ids.Next(IdKind.ServiceProvider, From))));
        }
    }

    private void BuildInitiatives(LocalDate today)
    {
        var count = 2 + (Period.DaysBetween(From, To) / 365 / 3);
        for (var i = 0; i < count + 2; i++)
        {
            var proposed = _random.Day(From, To);
            var school = _random.Pick(_schools);
            var byPupils = _random.Chance(0.5);
            // Pupils propose through their school: the school is the proposer, the pupils the group described beside it.
            var proposer = byPupils ? school.Id : _random.Pick([school.Id, _localNgos[0].Id, _localNgos[1].Id]);
            var initiative = Initiative.Propose(new InitiativeProposal
            {
                Id = new InitiativeId(_ids.Next(IdKind.Initiative, proposed)),
                CommitteeId = _committee.Id,
                Title = _random.Pick(InitiativeTitles),
                Beneficiaries = _random.Sample(RandomExtensions.AllTargetGroups, _random.Next(1, 3)),
                ProposerIds = [proposer],
                ProposingGroup = byPupils ? $"Nxënësit e shkollës: {school.Name}" : null,
                SupporterIds = [_random.Pick(National.Donors)],
                Description = "Ide e paraqitur në komitet për t'u mbështetur nga institucionet dhe partnerët e qarkut.",
            });
            var target = i % 4;
            var endorsed = proposed.PlusDays(_random.Next(7, 60));
            if (target >= 1 && endorsed <= today && endorsed <= To)
            {
                initiative.Endorse(Endorsement.By(endorsed, Prefecture, PrefectOn(endorsed)));
                var active = endorsed.PlusDays(_random.Next(0, 30));
                if (target >= 2 && active <= today)
                {
                    initiative.Activate(active);
                    var done = active.PlusDays(_random.Next(30, 200));
                    if (target >= 3 && done <= today)
                    {
                        initiative.Complete(done);
                    }
                }
            }

            _structure.Initiatives.Add(initiative);
        }
    }
}
