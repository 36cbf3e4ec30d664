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

    /// <summary>The planned first day.</summary>
    public LocalDate PlannedStart { get; private set; }

    /// <summary>The planned last day of a multi-day activity; <see langword="null"/> for a one-day activity.</summary>
    public LocalDate? PlannedEnd { get; private set; }

    /// <summary>The day it actually started; set only once completed.</summary>
    public LocalDate? ActualStart { get; private set; }

    /// <summary>The day it actually ended when it lasted more than one day; set only once completed.</summary>
    public LocalDate? ActualEnd { get; private set; }

    /// <summary>
    /// The day the activity counts on for period filters: <see cref="ActualStart"/> once completed, else
    /// <see cref="PlannedStart"/>; lists of activities are ordered by it.
    /// </summary>
    public LocalDate EffectiveDate { get; private set; }

    /// <summary>The catalogue names of the municipalities where it takes place (at least one), in the committee's county.</summary>
    public IReadOnlyList<string> Municipalities => _municipalities;

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

    /// <summary>Plans an activity.</summary>
    /// <param name="id">Its identity.</param>
    /// <param name="committeeId">The committee it belongs to.</param>
    /// <param name="county">The committee's county; every municipality must lie in it.</param>
    /// <param name="kind">What kind of activity.</param>
    /// <param name="title">The title.</param>
    /// <param name="plannedStart">The planned first day.</param>
    /// <param name="municipalities">At least one municipality of <paramref name="county"/>, by name (diacritics optional).</param>
    /// <param name="leadOrganisationId">The organisation that leads it.</param>
    /// <param name="targetGroups">At least one target group.</param>
    /// <param name="plannedEnd">The planned last day of a multi-day activity; not before <paramref name="plannedStart"/>.</param>
    /// <param name="description">A description.</param>
    /// <param name="venue">The venue.</param>
    /// <param name="partnerOrganisationIds">Partner organisations, without the lead.</param>
    /// <param name="measureId">The measure it implements.</param>
    /// <param name="campaignId">The campaign it belongs to.</param>
    /// <param name="visibility">Who may see it; internal by default.</param>
    /// <returns>The planned activity.</returns>
    /// <exception cref="DomainException">A municipality is outside the county (<c>activity.municipality-in-county</c>) or the lead is also a partner (<c>activity.lead-not-partner</c>).</exception>
    public static Activity Plan(
        ActivityId id,
        CommitteeId committeeId,
        CountyCode county,
        ActivityKind kind,
        string title,
        LocalDate plannedStart,
        IEnumerable<string> municipalities,
        OrganisationId leadOrganisationId,
        IEnumerable<TargetGroup> targetGroups,
        LocalDate? plannedEnd = null,
        string? description = null,
        string? venue = null,
        IEnumerable<OrganisationId>? partnerOrganisationIds = null,
        MeasureId? measureId = null,
        CampaignId? campaignId = null,
        Visibility visibility = Visibility.Internal)
    {
        Require.Id(committeeId, nameof(committeeId));
        _ = Albania.County(county);
        Require.Defined(kind, nameof(kind));
        Require.Defined(visibility, nameof(visibility));
        var checkedTitle = Require.Text(title, nameof(title), MaxTitleLength);
        var checkedDescription = Require.OptionalText(description, nameof(description), MaxDescriptionLength);
        var checkedVenue = Require.OptionalText(venue, nameof(venue), MaxVenueLength);
        CheckDays(plannedStart, plannedEnd, nameof(plannedEnd));
        var places = CountyMunicipalities.InCounty(municipalities, county, nameof(municipalities), "activity.municipality-in-county");
        var groups = CountyMunicipalities.Codes(targetGroups, nameof(targetGroups), atLeastOne: true);
        var partners = CheckOrganisations(leadOrganisationId, partnerOrganisationIds ?? []);
        CheckOptionalIds(measureId, campaignId);

        var activity = new Activity(id, committeeId, county)
        {
            Kind = kind,
            Status = ActivityStatus.Planned,
            Title = checkedTitle,
            Description = checkedDescription,
            Venue = checkedVenue,
            PlannedStart = plannedStart,
            PlannedEnd = plannedEnd,
            EffectiveDate = plannedStart,
            LeadOrganisationId = leadOrganisationId,
            MeasureId = measureId,
            CampaignId = campaignId,
            Visibility = visibility,
        };
        activity._municipalities.AddRange(places);
        activity._targetGroups.AddRange(groups);
        activity._partnerIds.AddRange(partners);
        return activity;
    }

    /// <summary>Gives a planned or postponed activity new planned dates; it becomes (again) Planned.</summary>
    /// <param name="start">The new first day.</param>
    /// <param name="end">The new last day of a multi-day activity.</param>
    /// <exception cref="DomainException">The activity is completed or cancelled (<c>activity.reschedule-state</c>).</exception>
    public void Reschedule(LocalDate start, LocalDate? end = null)
    {
        CheckDays(start, end, nameof(end));
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
    /// <param name="on">The day it started.</param>
    /// <param name="reach">The people reached.</param>
    /// <param name="today">Today's date in the committee's time zone; the activity cannot have been held after it.</param>
    /// <param name="until">The last day, for a multi-day activity; not before <paramref name="on"/>.</param>
    /// <exception cref="DomainException">
    /// The activity is not planned (<c>activity.complete-state</c>) or the date is after today (<c>activity.actual-not-future</c>).
    /// </exception>
    public void Complete(LocalDate on, Reach reach, LocalDate today, LocalDate? until = null)
    {
        ArgumentNullException.ThrowIfNull(reach);
        CheckDays(on, until, nameof(until));
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
    /// <param name="municipalities">At least one municipality of the committee's county.</param>
    /// <exception cref="DomainException">A municipality is outside the county, or the activity is cancelled.</exception>
    public void ChangeMunicipalities(IEnumerable<string> municipalities)
    {
        var places = CountyMunicipalities.InCounty(municipalities, County, nameof(municipalities), "activity.municipality-in-county");
        EnsureNotCancelled();
        _municipalities.Clear();
        _municipalities.AddRange(places);
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
