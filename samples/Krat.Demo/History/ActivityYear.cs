using Krat.Domain.Activities;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Demo.History;

/// <summary>
/// The activities of one committee in one year: every kind, spread over the year with a peak in October, in the
/// county's municipalities, led and joined by the committee's organisations, for fitting target groups, linked to
/// the year's measures and campaigns; completed ones (on or before "today") carry a valid reach, others are
/// planned (some overdue), postponed (some rescheduled) or cancelled. The first activities of each committee-year
/// cycle through every kind, target group and status, so small data sets still cover every code.
/// </summary>
internal sealed class ActivityYear(HistoryOptions options, CommitteeFrame frame, YearFrame year)
{
    private static readonly ActivityStatus[] ForcedStatuses = [ActivityStatus.Completed, ActivityStatus.Cancelled, ActivityStatus.Postponed, ActivityStatus.Planned];

    private static readonly string[] Descriptions =
    [
        "Si të njohim rreziqet e trafikimit dhe ku të kërkojmë ndihmë.",
        "Informim mbi shërbimet që ofrohen për viktimat dhe viktimat e mundshme të trafikimit.",
        "Diskutim me pjesëmarrësit mbi ofertat e rreme të punës jashtë vendit.",
        "Prezantim i linjës së gjelbër 116 006 dhe i mekanizmit të referimit.",
    ];

    private readonly Random _random = new(HistoryIds.Mix(options.Seed, frame.CountyIndex, year.Year, frame.ActivityStream));
    private readonly LocalDate _today = options.EffectiveToday;

    public IEnumerable<Activity> Build()
    {
        var ids = new HistoryIds(_random, frame.CountyIndex, frame.ActivityStream);
        var kindOffset = _random.Next(RandomExtensions.AllKinds.Count);
        var october = (Start: RandomExtensions.Max(year.Start, new LocalDate(year.Year, 10, 1)), End: RandomExtensions.Min(year.End, new LocalDate(year.Year, 10, 31)));
        for (long i = 0; i < year.ActivityCount; i++)
        {
            var day = october.Start <= october.End && _random.Chance(0.3) ? _random.Day(october.Start, october.End) : _random.Day(year.Start, year.End);
            var kind = i < RandomExtensions.AllKinds.Count ? RandomExtensions.AllKinds[(int)((i + kindOffset) % RandomExtensions.AllKinds.Count)] : _random.Pick(RandomExtensions.AllKinds);

            // An event named after the European Day against Trafficking takes place on that day, 18 October.
            var europeanDay = new LocalDate(year.Year, 10, 18);
            var marksEuropeanDay = kind == ActivityKind.CampaignEvent && year.Start <= europeanDay && europeanDay <= year.End && _random.Chance(0.5);
            if (marksEuropeanDay)
            {
                day = europeanDay;
            }

            var places = _random.Sample(frame.County.Municipalities, _random.Chance(0.25) ? 2 : 1);
            var school = frame.Schools.Count > 0 ? _random.Pick(frame.Schools) : default;
            var lead = LeadFor(kind);
            var partnerPool = frame.Members.Concat(frame.Partners).Where(o => o != lead).Distinct().ToList();
            var partners = _random.Sample(partnerPool, _random.Next(0, 4));
            if (kind == ActivityKind.SchoolSession && school.Id != lead && !partners.Contains(school.Id) && school.Id != default)
            {
                partners.Add(school.Id);
            }

            var groups = _random.Sample(GroupsFor(kind), _random.Next(1, 3));
            if (i < RandomExtensions.AllTargetGroups.Count && !groups.Contains(RandomExtensions.AllTargetGroups[(int)i]))
            {
                groups.Add(RandomExtensions.AllTargetGroups[(int)i]);
            }

            var measure = year.Measures.Count > 0 && _random.Chance(0.65) ? _random.Pick(year.Measures).Id : (Krat.Domain.Plans.MeasureId?)null;
            var campaign = year.Campaigns.Find(c => c.Covers(day)) is { } running && _random.Chance(0.85) ? running.Id : (Krat.Domain.Campaigns.CampaignId?)null;
            LocalDate? until = kind is ActivityKind.Training or ActivityKind.Workshop && _random.Chance(0.3) ? day.PlusDays(1) : null;
            // Members in the order the positional parameters had: the random draws below stay in the same order.
            var activity = Activity.Plan(new ActivityPlan
            {
                Id = new ActivityId(ids.Next(IdKind.Activity, day)),
                CommitteeId = frame.Committee.Id,
                County = frame.County.Code,
                Kind = kind,
                Title = Title(kind, places[0].Name, school.Name, marksEuropeanDay),
                PlannedDays = Activity.Days(day, until),
                Municipalities = places,
                LeadOrganisationId = lead,
                TargetGroups = groups,
                Description = _random.Chance(0.4) ? _random.Pick(Descriptions) : null,
                Venue = Venue(kind, places[0].Name, school.Name),
                PartnerOrganisationIds = partners,
                MeasureId = measure,
                CampaignId = campaign,
                Visibility = _random.Chance(0.65) ? Visibility.Public : Visibility.Internal,
            });
            Progress(activity, i < ForcedStatuses.Length ? ForcedStatuses[i] : null, movable: !marksEuropeanDay);
            yield return activity;
        }
    }

    // An activity whose title names its day (18 October) is postponed or cancelled, never moved to another day.
    private void Progress(Activity activity, ActivityStatus? forced, bool movable)
    {
        var last = activity.PlannedDays.End;
        var past = last <= _today;
        var status = forced ?? (past
            ? _random.NextDouble() switch { < 0.78 => ActivityStatus.Completed, < 0.85 => ActivityStatus.Cancelled, < 0.91 => ActivityStatus.Postponed, _ => ActivityStatus.Planned }
            : _random.NextDouble() switch { < 0.85 => ActivityStatus.Planned, < 0.93 => ActivityStatus.Postponed, _ => ActivityStatus.Cancelled });
        if (status == ActivityStatus.Planned && past && options.IsStale(last))
        {
            // Long past: the secretariat has recorded it by now.
            status = ActivityStatus.Completed;
        }

        switch (status)
        {
            case ActivityStatus.Completed when past:
                activity.Complete(activity.PlannedDays, ReachFor(activity.Kind), _today);
                break;
            case ActivityStatus.Cancelled:
                activity.Cancel(_random.Pick<string>(["Kushtet e motit", "Mungesë fondesh", "Përputhje me kalendarin e provimeve", "Mungesë pjesëmarrësish"]));
                break;
            case ActivityStatus.Postponed:
                activity.Postpone(_random.Chance(0.7) ? "Përputhje me kalendarin e institucionit" : null);
                if (forced is null && movable && _random.Chance(0.4))
                {
                    var later = activity.PlannedDays.Start.PlusDays(_random.Next(7, 45));
                    activity.Reschedule(Activity.Days(later));
                    if (later <= _today && (_random.Chance(0.7) || options.IsStale(later)))
                    {
                        activity.Complete(Activity.Days(later), ReachFor(activity.Kind), _today);
                    }
                }

                break;
        }
    }

    private Reach ReachFor(ActivityKind kind)
    {
        var total = kind switch
        {
            ActivityKind.SchoolSession => _random.Next(15, 160),
            ActivityKind.CampaignEvent => _random.Next(50, 600),
            ActivityKind.Training or ActivityKind.Workshop => _random.Next(8, 45),
            ActivityKind.Outreach => _random.Next(5, 80),
            ActivityKind.MediaAppearance => _random.Next(500, 20_000),
            ActivityKind.Publication => _random.Next(100, 3000),
            ActivityKind.CulturalEvent or ActivityKind.SportsEvent => _random.Next(30, 400),
            _ => _random.Next(10, 120),
        };
        if (kind is ActivityKind.MediaAppearance or ActivityKind.Publication || _random.Chance(0.2))
        {
            return Reach.Of(total);
        }

        var known = total - _random.Next(0, Math.Max(1, total / 10));
        var women = (int)(known * (0.3 + (0.4 * _random.NextDouble())));
        int? children = null;
        int? adults = null;
        if (_random.Chance(0.6))
        {
            children = kind is ActivityKind.Training ? 0 : (int)(known * _random.NextDouble());
            adults = known - children;
        }

        return Reach.Of(total, women, known - women, children, adults);
    }

    private OrganisationId LeadFor(ActivityKind kind) => kind switch
    {
        ActivityKind.SchoolSession => frame.Education,
        ActivityKind.Training => _random.Chance(0.5) ? frame.Police : frame.SocialServices,
        ActivityKind.Outreach => _random.Chance(0.5) ? frame.SocialServices : frame.CentralMunicipality,
        ActivityKind.Workshop => frame.Employment,
        ActivityKind.CampaignEvent => frame.Prefecture,
        _ => _random.Pick(frame.Members),
    };

    private static TargetGroup[] GroupsFor(ActivityKind kind) => kind switch
    {
        ActivityKind.SchoolSession => [TargetGroup.Pupils, TargetGroup.Teachers, TargetGroup.Parents],
        ActivityKind.Training => [TargetGroup.FrontLineProfessionals, TargetGroup.Teachers],
        ActivityKind.Workshop => [TargetGroup.JobSeekers, TargetGroup.Youth, TargetGroup.Women, TargetGroup.Employers],
        ActivityKind.Outreach => [TargetGroup.RomaAndEgyptianCommunities, TargetGroup.ChildrenInStreetSituations, TargetGroup.Parents, TargetGroup.MigrantsAndReturnees],
        ActivityKind.SportsEvent => [TargetGroup.Youth, TargetGroup.Pupils],
        ActivityKind.AwarenessSession => [TargetGroup.Parents, TargetGroup.Women, TargetGroup.Youth, TargetGroup.VictimsAndPotentialVictims],
        _ => [TargetGroup.GeneralPublic, TargetGroup.Youth],
    };

    // Names of places and schools are nominative; a template never declines them (no "të rinjtë e Durrës", no
    // "në Shkolla e Mesme …"): a name follows "në" (which takes it as written) or stands after a comma or colon.
    private string Title(ActivityKind kind, string place, string? school, bool marksEuropeanDay) => kind switch
    {
        ActivityKind.AwarenessSession => _random.Chance(0.5) ? $"Seancë ndërgjegjësimi për rreziqet e trafikimit në {place}" : $"Takim ndërgjegjësues me komunitetin në {place}",
        ActivityKind.SchoolSession => school is not null ? $"Seancë informuese në shkollë: {school}" : $"Orë mësimi kundër trafikimit në shkolla, {place}",
        ActivityKind.CampaignEvent when marksEuropeanDay => $"18 Tetori, Dita Evropiane kundër Trafikimit, {place}",
        ActivityKind.CampaignEvent => _random.Chance(0.5) ? $"Marshim ndërgjegjësues në {place}" : $"Ditë informimi kundër trafikimit në {place}",
        ActivityKind.Training => _random.Chance(0.5) ? $"Trajnim për identifikimin e hershëm të viktimave, {place}" : "Trajnim për punonjësit e Njësisë për Mbrojtjen e Fëmijës",
        ActivityKind.Workshop => $"Punëtori për punësimin e sigurt me të rinjtë, {place}",
        ActivityKind.Outreach => _random.Chance(0.5) ? $"Punë në terren me fëmijët në situatë rruge në {place}" : $"Takim në komunitetin rom dhe egjiptian, {place}",
        ActivityKind.MediaAppearance => _random.Chance(0.5) ? "Emision televiziv për parandalimin e trafikimit" : $"Intervistë në radion lokale, {place}",
        ActivityKind.Publication => _random.Chance(0.5) ? $"Fletëpalosje për rreziqet e trafikimit në {place}" : "Broshurë për shërbimet ndaj viktimave",
        ActivityKind.CulturalEvent => _random.Chance(0.5) ? $"Shfaqje teatrale \"Jeta nuk shitet\" në {place}" : $"Ekspozitë me vizatime të nxënësve në {place}",
        ActivityKind.SportsEvent => _random.Chance(0.5) ? $"Turne futbolli për të rinjtë, {place}" : $"Vrapim simbolik kundër trafikimit në {place}",
        _ => $"Takim koordinues me partnerët në {place}",
    };

    private string? Venue(ActivityKind kind, string place, string? school) => kind switch
    {
        ActivityKind.SchoolSession => school,
        ActivityKind.MediaAppearance or ActivityKind.Publication => null,
        ActivityKind.CulturalEvent => $"Pallati i Kulturës {place}",
        ActivityKind.SportsEvent => $"Stadiumi i qytetit, {place}",
        _ => _random.Chance(0.5) ? $"Qendra komunitare {place}" : null,
    };
}
