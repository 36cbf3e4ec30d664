using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using NodaTime;

namespace Krat.Domain.Activities;

/// <summary>
/// Something a committee's members plan and hold against trafficking: a school session, an outreach visit, a
/// campaign event. It happens in one or more municipalities of the committee's county, is led by one
/// organisation with partners, is meant for target groups, may implement a measure of the action plan and belong
/// to a campaign, and once completed records its actual dates and the people reached.
/// Status moves: Planned → Completed | Cancelled | Postponed; Postponed → Planned (rescheduled) | Cancelled;
/// Completed and Cancelled are final (a completed activity may still have its details and reach corrected;
/// a cancelled one changes no more).
/// </summary>
public sealed class Activity : AggregateRoot<ActivityId>, ICommitteeScoped
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest description accepted.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>The longest venue accepted.</summary>
    public const int MaxVenueLength = 200;

    /// <summary>The longest reason for a postponement or cancellation accepted.</summary>
    public const int MaxReasonLength = 500;

    private readonly List<string> _municipalities = [];
    private readonly List<OrganisationId> _partnerIds = [];
    private readonly List<TargetGroup> _targetGroups = [];
    private IReadOnlyList<Municipality>? _places;

    private Activity(ActivityId id, CommitteeId committeeId, CountyCode county)
        : base(id)
    {
        CommitteeId = committeeId;
        County = county;
        Title = string.Empty;
    }

    private Activity()
    {
        Title = string.Empty;
    }

    /// <inheritdoc />
    public CommitteeId CommitteeId { get; private set; }

    /// <summary>The committee's county; every municipality of the activity lies in it.</summary>
    public CountyCode County { get; private set; }

    /// <summary>What kind of activity this is.</summary>
    public ActivityKind Kind { get; private set; }

    /// <summary>Where it stands.</summary>
    public ActivityStatus Status { get; private set; }

    /// <summary>The title, at most <see cref="MaxTitleLength"/> characters.</summary>
    public string Title { get; private set; }

    /// <summary>A description, at most <see cref="MaxDescriptionLength"/> characters.</summary>
    public string? Description { get; private set; }

    /// <summary>The planned days, both ends inclusive; a one-day activity starts and ends on the same day.</summary>
    public DateInterval PlannedDays => new(PlannedStart, PlannedEnd ?? PlannedStart);

    /// <summary>
    /// The days it was actually held, both ends inclusive; <see langword="null"/> until it is completed.
    /// </summary>
    public DateInterval? ActualDays => ActualStart is { } start ? new DateInterval(start, ActualEnd ?? start) : null;

    /// <summary>
    /// The day the activity counts on for period filters: the first actual day once completed, else the first
    /// planned day; lists of activities are ordered by it.
    /// </summary>
    public LocalDate EffectiveDate { get; private set; }

    /// <summary>The municipalities where it takes place (at least one), all in the committee's county, in the order given.</summary>
    public IReadOnlyList<Municipality> Municipalities => _places ??= [.. _municipalities.Select(Albania.Municipality)];

    /// <summary>The venue, such as a school or a community centre.</summary>
    public string? Venue { get; private set; }

    /// <summary>The organisation that leads it.</summary>
    public OrganisationId LeadOrganisationId { get; private set; }

    /// <summary>The partner organisations; never the lead.</summary>
    public IReadOnlyList<OrganisationId> PartnerOrganisationIds => _partnerIds;

    /// <summary>The groups it is meant for (at least one).</summary>
    public IReadOnlyList<TargetGroup> TargetGroups => _targetGroups;

    /// <summary>The people reached; set only once completed.</summary>
    public Reach? Reach { get; private set; }

    /// <summary>The measure of the action plan it implements, if any.</summary>
    public MeasureId? MeasureId { get; private set; }

    /// <summary>The campaign it belongs to, if any.</summary>
    public CampaignId? CampaignId { get; private set; }

    /// <summary>Who may see it.</summary>
    public Visibility Visibility { get; private set; }

    /// <summary>Why it was postponed or cancelled, when it was.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>The first planned day (column <c>PlannedStart</c>), for queries; the public form is <see cref="PlannedDays"/>.</summary>
    internal LocalDate PlannedStart { get; private set; }

    /// <summary>The last planned day of a multi-day activity, <see langword="null"/> for one day (column <c>PlannedEnd</c>).</summary>
    internal LocalDate? PlannedEnd { get; private set; }

    /// <summary>The first day held, once completed (column <c>ActualStart</c>), for queries; the public form is <see cref="ActualDays"/>.</summary>
    internal LocalDate? ActualStart { get; private set; }

    /// <summary>The last day held of a multi-day activity, <see langword="null"/> for one day (column <c>ActualEnd</c>).</summary>
    internal LocalDate? ActualEnd { get; private set; }

    /// <summary>The catalogue names of <see cref="Municipalities"/> as stored (column <c>Municipalities</c>), for queries.</summary>
    internal IReadOnlyList<string> MunicipalityNames => _municipalities;

    /// <summary>
    /// The days from a first to a last day, both inclusive, as a form enters them: one day when
    /// <paramref name="end"/> is <see langword="null"/>. Use it to build <see cref="ActivityPlan.PlannedDays"/> and the
    /// days given to <see cref="Reschedule"/> and <see cref="Complete"/> from two dates.
    /// </summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day of a multi-day activity; not before <paramref name="start"/>.</param>
    /// <returns>The days.</returns>
    /// <exception cref="DomainArgumentException">A day is not plausible, or the last day is before the first (parameter <c>end</c>).</exception>
    public static DateInterval Days(LocalDate start, LocalDate? end = null)
    {
        CheckDays(start, end, nameof(end));
        return new DateInterval(start, end ?? start);
    }

    /// <summary>Plans an activity.</summary>
    /// <param name="plan">What is planned; see <see cref="ActivityPlan"/> for what each member means.</param>
    /// <returns>The planned activity, with <see cref="ActivityPlan.Id"/> or a new identity.</returns>
    /// <exception cref="DomainArgumentException">
    /// A value is missing, blank, too long, undefined or implausible; the <see cref="ArgumentException.ParamName"/>
    /// is the member's name in camel case (<c>title</c>, <c>municipalities</c>, <c>targetGroups</c>…).
    /// </exception>
    /// <exception cref="DomainException">A municipality is outside the county (<c>activity.municipality-in-county</c>) or the lead is also a partner (<c>activity.lead-not-partner</c>).</exception>
    public static Activity Plan(ActivityPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        // Parameter names in camel case, as the positional parameters of 0.1 had them, so forms map errors as before.
        var (committeeId, county, kind, visibility) = (plan.CommitteeId, plan.County, plan.Kind, plan.Visibility);
        Require.Id(committeeId, nameof(committeeId));
        _ = Albania.County(county);
        Require.Defined(kind, nameof(kind));
        Require.Defined(visibility, nameof(visibility));
        var title = Require.Text(plan.Title, "title", MaxTitleLength);
        var description = Require.OptionalText(plan.Description, "description", MaxDescriptionLength);
        var venue = Require.OptionalText(plan.Venue, "venue", MaxVenueLength);
        var (start, end) = Stored(plan.PlannedDays, "plannedDays");
        var municipalities = CountyMunicipalities.InCounty(plan.Municipalities, county, "municipalities", "activity.municipality-in-county");
        var targetGroups = CountyMunicipalities.Codes(plan.TargetGroups, "targetGroups", atLeastOne: true);
        var partners = CheckOrganisations(plan.LeadOrganisationId, plan.PartnerOrganisationIds ?? []);
        CheckOptionalIds(plan.MeasureId, plan.CampaignId);

        var activity = new Activity(plan.Id ?? ActivityId.New(), committeeId, county)
        {
            Kind = kind,
            Status = ActivityStatus.Planned,
            Title = title,
            Description = description,
            Venue = venue,
            PlannedStart = start,
            PlannedEnd = end,
            EffectiveDate = start,
            LeadOrganisationId = plan.LeadOrganisationId,
            MeasureId = plan.MeasureId,
            CampaignId = plan.CampaignId,
            Visibility = visibility,
        };
        activity._municipalities.AddRange(municipalities);
        activity._targetGroups.AddRange(targetGroups);
        activity._partnerIds.AddRange(partners);
        return activity;
    }

    /// <summary>Gives a planned or postponed activity new planned days; it becomes (again) Planned.</summary>
    /// <param name="days">The new planned days, both ends inclusive (<see cref="Days"/> builds them from two dates).</param>
    /// <exception cref="DomainException">The activity is completed or cancelled (<c>activity.reschedule-state</c>).</exception>
    public void Reschedule(DateInterval days)
    {
        var (start, end) = Stored(days, nameof(days));
        if (Status is not (ActivityStatus.Planned or ActivityStatus.Postponed))
        {
            throw new DomainException(
                "activity.reschedule-state",
                new Label(
                    $"Aktiviteti „{Title}” ka statusin „{Status.Label().Albanian}”; data të reja merr vetëm një aktivitet i planifikuar ose i shtyrë.",
                    $"\"{Title}\" is {Status.Label().English.ToLowerInvariant()}; only a planned or postponed activity can get new dates."));
        }

        PlannedStart = start;
        PlannedEnd = end;
        EffectiveDate = start;
        Status = ActivityStatus.Planned;
        StatusReason = null;
    }

    /// <summary>Puts off a planned activity without a new date yet.</summary>
    /// <param name="reason">Why, at most <see cref="MaxReasonLength"/> characters.</param>
    /// <exception cref="DomainException">The activity is not planned (<c>activity.postpone-state</c>).</exception>
    public void Postpone(string? reason = null)
    {
        var checkedReason = Require.OptionalText(reason, nameof(reason), MaxReasonLength);
        if (Status != ActivityStatus.Planned)
        {
            throw new DomainException(
                "activity.postpone-state",
                new Label(
                    $"Aktiviteti „{Title}” ka statusin „{Status.Label().Albanian}”; shtyhet vetëm një aktivitet i planifikuar.",
                    $"\"{Title}\" is {Status.Label().English.ToLowerInvariant()}; only a planned activity can be postponed."));
        }

        Status = ActivityStatus.Postponed;
        StatusReason = checkedReason;
    }

    /// <summary>Records that a planned activity was held.</summary>
    /// <param name="days">The days it was held, both ends inclusive (<see cref="Days"/> builds them from two dates).</param>
    /// <param name="reach">The people reached.</param>
    /// <param name="today">Today's date in the committee's time zone; the activity cannot have been held after it.</param>
    /// <exception cref="DomainException">
    /// The activity is not planned (<c>activity.complete-state</c>) or the last day is after today (<c>activity.actual-not-future</c>).
    /// </exception>
    public void Complete(DateInterval days, Reach reach, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(reach);
        var (on, until) = Stored(days, nameof(days));
        if (Status != ActivityStatus.Planned)
        {
            throw new DomainException(
                "activity.complete-state",
                new Label(
                    $"Aktiviteti „{Title}” ka statusin „{Status.Label().Albanian}”; shënohet si i realizuar vetëm një aktivitet i planifikuar.",
                    $"\"{Title}\" is {Status.Label().English.ToLowerInvariant()}; only a planned activity can be completed."));
        }

        var last = until ?? on;
        if (last > today)
        {
            throw new DomainException(
                "activity.actual-not-future",
                new Label(
                    $"Aktiviteti „{Title}” nuk mund të regjistrohet si i zhvilluar më {Sq.Date(last)}, data që është pas ditës së sotme ({Sq.Date(today)}).",
                    $"\"{Title}\" cannot be recorded as held on {last:yyyy-MM-dd}, which is after today ({today:yyyy-MM-dd})."));
        }

        ActualStart = on;
        ActualEnd = until;
        EffectiveDate = on;
        Reach = reach;
        Status = ActivityStatus.Completed;
        StatusReason = null;
    }

    /// <summary>Corrects the people reached by a completed activity.</summary>
    /// <param name="reach">The corrected reach.</param>
    /// <exception cref="DomainException">The activity is not completed (<c>activity.reach-only-completed</c>).</exception>
    public void CorrectReach(Reach reach)
    {
        ArgumentNullException.ThrowIfNull(reach);
        if (Status != ActivityStatus.Completed)
        {
            throw new DomainException(
                "activity.reach-only-completed",
                new Label(
                    $"Aktiviteti „{Title}” ka statusin „{Status.Label().Albanian}”; personat e arritur regjistrohen vetëm për një aktivitet të realizuar.",
                    $"\"{Title}\" is {Status.Label().English.ToLowerInvariant()}; people reached are recorded only for a completed activity."));
        }

        Reach = reach;
    }

    /// <summary>Calls off a planned or postponed activity.</summary>
    /// <param name="reason">Why; required, at most <see cref="MaxReasonLength"/> characters.</param>
    /// <exception cref="DomainException">The activity is completed or already cancelled (<c>activity.cancel-state</c>).</exception>
    public void Cancel(string reason)
    {
        var checkedReason = Require.Text(reason, nameof(reason), MaxReasonLength);
        if (Status is not (ActivityStatus.Planned or ActivityStatus.Postponed))
        {
            throw new DomainException(
                "activity.cancel-state",
                new Label(
                    $"Aktiviteti „{Title}” ka statusin „{Status.Label().Albanian}”; anulohet vetëm një aktivitet i planifikuar ose i shtyrë.",
                    $"\"{Title}\" is {Status.Label().English.ToLowerInvariant()}; only a planned or postponed activity can be cancelled."));
        }

        Status = ActivityStatus.Cancelled;
        StatusReason = checkedReason;
    }

    /// <summary>Changes the descriptive details.</summary>
    /// <param name="kind">What kind of activity.</param>
    /// <param name="title">The title.</param>
    /// <param name="description">A description.</param>
    /// <param name="venue">The venue.</param>
    /// <param name="visibility">Who may see it.</param>
    /// <exception cref="DomainException">The activity is cancelled (<c>activity.cancelled-final</c>).</exception>
    public void EditDetails(ActivityKind kind, string title, string? description, string? venue, Visibility visibility)
    {
        Require.Defined(kind, nameof(kind));
        Require.Defined(visibility, nameof(visibility));
        var checkedTitle = Require.Text(title, nameof(title), MaxTitleLength);
        var checkedDescription = Require.OptionalText(description, nameof(description), MaxDescriptionLength);
        var checkedVenue = Require.OptionalText(venue, nameof(venue), MaxVenueLength);
        EnsureNotCancelled();
        Kind = kind;
        Title = checkedTitle;
        Description = checkedDescription;
        Venue = checkedVenue;
        Visibility = visibility;
    }

    /// <summary>Replaces the municipalities.</summary>
    /// <param name="municipalities">At least one municipality of the committee's county, from <see cref="Albania"/>.</param>
    /// <exception cref="DomainException">A municipality is outside the county (<c>activity.municipality-in-county</c>), or the activity is cancelled.</exception>
    public void ChangeMunicipalities(IEnumerable<Municipality> municipalities)
    {
        var places = CountyMunicipalities.InCounty(municipalities, County, nameof(municipalities), "activity.municipality-in-county");
        EnsureNotCancelled();
        _municipalities.Clear();
        _municipalities.AddRange(places);
        _places = null;
    }

    /// <summary>Replaces the lead and partner organisations.</summary>
    /// <param name="leadOrganisationId">The lead.</param>
    /// <param name="partnerOrganisationIds">The partners, without the lead.</param>
    /// <exception cref="DomainException">The lead is also a partner, or the activity is cancelled.</exception>
    public void ChangeOrganisations(OrganisationId leadOrganisationId, IEnumerable<OrganisationId> partnerOrganisationIds)
    {
        var partners = CheckOrganisations(leadOrganisationId, partnerOrganisationIds);
        EnsureNotCancelled();
        LeadOrganisationId = leadOrganisationId;
        _partnerIds.Clear();
        _partnerIds.AddRange(partners);
    }

    /// <summary>Replaces the target groups.</summary>
    /// <param name="targetGroups">At least one target group.</param>
    /// <exception cref="DomainException">The activity is cancelled.</exception>
    public void ChangeTargetGroups(IEnumerable<TargetGroup> targetGroups)
    {
        var groups = CountyMunicipalities.Codes(targetGroups, nameof(targetGroups), atLeastOne: true);
        EnsureNotCancelled();
        _targetGroups.Clear();
        _targetGroups.AddRange(groups);
    }

    /// <summary>Links the activity to a measure and a campaign, or unlinks it (<see langword="null"/>).</summary>
    /// <param name="measureId">The measure it implements.</param>
    /// <param name="campaignId">The campaign it belongs to.</param>
    /// <exception cref="DomainException">The activity is cancelled.</exception>
    public void Link(MeasureId? measureId, CampaignId? campaignId)
    {
        CheckOptionalIds(measureId, campaignId);
        EnsureNotCancelled();
        MeasureId = measureId;
        CampaignId = campaignId;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({EffectiveDate:yyyy-MM-dd}, {Status})";

    private static void CheckDays(LocalDate start, LocalDate? end, string parameterName)
    {
        Require.Date(start, nameof(start));
        Require.Date(end, parameterName);
        if (end is { } last && last < start)
        {
            throw new DomainArgumentException(
                new Label(
                    $"Një aktivitet nuk mund të përfundojë ({Sq.Date(last)}) para se të fillojë ({Sq.Date(start)}).",
                    $"An activity cannot end ({last:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."),
                parameterName);
        }
    }

    /// <summary>
    /// Checks that both ends of <paramref name="days"/> are plausible and returns them as stored: the last day only
    /// when it differs from the first.
    /// </summary>
    private static (LocalDate Start, LocalDate? End) Stored(DateInterval days, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(days, parameterName);
        Require.Date(days.Start, parameterName);
        Require.Date(days.End, parameterName);
        return (days.Start, days.End == days.Start ? null : days.End);
    }

    private static void CheckOptionalIds(MeasureId? measureId, CampaignId? campaignId)
    {
        if (measureId is { } measure)
        {
            Require.Id(measure, nameof(measureId));
        }

        if (campaignId is { } campaign)
        {
            Require.Id(campaign, nameof(campaignId));
        }
    }

    private static List<OrganisationId> CheckOrganisations(OrganisationId lead, IEnumerable<OrganisationId> partners)
    {
        Require.Id(lead, nameof(lead));
        ArgumentNullException.ThrowIfNull(partners);
        var result = new List<OrganisationId>();
        foreach (var partner in partners)
        {
            Require.Id(partner, nameof(partners));
            if (partner == lead)
            {
                throw new DomainException(
                    "activity.lead-not-partner",
                    new Label(
                        $"Organizata {lead} e drejton aktivitetin, prandaj nuk mund të renditet edhe si partnere.",
                        $"The organisation {lead} leads the activity, so it cannot also be listed as a partner."));
            }

            if (!result.Contains(partner))
            {
                result.Add(partner);
            }
        }

        return result;
    }

    private void EnsureNotCancelled()
    {
        if (Status == ActivityStatus.Cancelled)
        {
            throw new DomainException(
                "activity.cancelled-final",
                new Label($"Aktiviteti „{Title}” u anulua; një aktivitet i anuluar nuk ndryshon më.", $"\"{Title}\" was cancelled; a cancelled activity no longer changes."));
        }
    }
}
