using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Domain.Plans;

/// <summary>
/// A committee's regional action plan for a period, following a national action plan: objectives under the
/// four pillars, measures under the objectives, indicators under the measures. Status moves Draft → Approved
/// (by a decision of a meeting, on a date) → Closed. Only a draft changes its structure; an approved plan still
/// records indicator actuals; a closed plan changes no more.
/// </summary>
public sealed class ActionPlan : AggregateRoot<ActionPlanId>, ICommitteeScoped
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest national plan reference accepted, such as "PKV 2021-2023".</summary>
    public const int MaxNationalPlanLength = 60;

    private readonly List<Objective> _objectives = [];
    private readonly List<Measure> _measures = [];

    private ActionPlan(ActionPlanId id, CommitteeId committeeId)
        : base(id)
    {
        CommitteeId = committeeId;
        Title = string.Empty;
    }

    private ActionPlan()
    {
        Title = string.Empty;
    }

    /// <inheritdoc />
    public CommitteeId CommitteeId { get; private set; }

    /// <summary>The title, such as "Plani rajonal i veprimit 2023".</summary>
    public string Title { get; private set; }

    /// <summary>The national action plan it follows, such as "PKV 2021-2023".</summary>
    public string? NationalPlan { get; private set; }

    /// <summary>The plan's period: its first and last day, both inclusive.</summary>
    public DateInterval Period => new(Start, End);

    /// <summary>The first day of the plan's period (the <c>Start</c> column; queries filter and order on it).</summary>
    internal LocalDate Start { get; private set; }

    /// <summary>The last day of the plan's period, inclusive (the <c>End</c> column).</summary>
    internal LocalDate End { get; private set; }

    /// <summary>Where it stands.</summary>
    public ActionPlanStatus Status { get; private set; }

    /// <summary>The decision that approved it, once approved.</summary>
    public DecisionId? ApprovedBy { get; private set; }

    /// <summary>The day it was approved.</summary>
    public LocalDate? ApprovedOn { get; private set; }

    /// <summary>The day it was closed.</summary>
    public LocalDate? ClosedOn { get; private set; }

    /// <summary>Its objectives, in the order added.</summary>
    public IReadOnlyList<Objective> Objectives => _objectives;

    /// <summary>Its measures, in the order added.</summary>
    public IReadOnlyList<Measure> Measures => _measures;

    /// <summary>Drafts a plan.</summary>
    /// <param name="committeeId">The committee.</param>
    /// <param name="title">The title.</param>
    /// <param name="period">The plan's period, both ends inclusive; both days plausible.</param>
    /// <param name="nationalPlan">The national plan it follows.</param>
    /// <param name="id">Its identity; a new one when omitted.</param>
    /// <returns>The draft plan.</returns>
    public static ActionPlan Draft(CommitteeId committeeId, string title, DateInterval period, string? nationalPlan = null, ActionPlanId? id = null)
    {
        Require.Id(committeeId, nameof(committeeId));
        var checkedTitle = Require.Text(title, nameof(title), MaxTitleLength);
        var checkedNational = Require.OptionalText(nationalPlan, nameof(nationalPlan), MaxNationalPlanLength);
        Periods.RequirePlausible(period, nameof(period));
        return new ActionPlan(id ?? ActionPlanId.New(), committeeId)
        {
            Title = checkedTitle,
            NationalPlan = checkedNational,
            Start = period.Start,
            End = period.End,
            Status = ActionPlanStatus.Draft,
        };
    }

    /// <summary>Changes the title, period and national plan of a draft.</summary>
    /// <param name="title">The title.</param>
    /// <param name="period">The plan's period, both ends inclusive.</param>
    /// <param name="nationalPlan">The national plan.</param>
    /// <exception cref="DomainException">The plan is not a draft, or a measure's timeframe would fall outside the new period (<c>plan.measure-within-period</c>).</exception>
    public void Edit(string title, DateInterval period, string? nationalPlan)
    {
        var checkedTitle = Require.Text(title, nameof(title), MaxTitleLength);
        var checkedNational = Require.OptionalText(nationalPlan, nameof(nationalPlan), MaxNationalPlanLength);
        Periods.RequirePlausible(period, nameof(period));
        var (start, end) = (period.Start, period.End);
        EnsureDraft();
        if (_measures.Find(m => m.Start < start || m.End > end) is { } outside)
        {
            throw new DomainException(
                "plan.measure-within-period",
                new Label(
                    $"Masa {outside.Code} zgjat {Sq.Period(outside.Start, outside.End)}, jashtë periudhës së re të planit {Sq.Period(start, end)}.",
                    $"Measure {outside.Code} runs {outside.Start:yyyy-MM-dd}…{outside.End:yyyy-MM-dd}, outside the new period {start:yyyy-MM-dd}…{end:yyyy-MM-dd} of the plan."));
        }

        Title = checkedTitle;
        NationalPlan = checkedNational;
        Start = start;
        End = end;
    }

    /// <summary>Adds an objective to a draft.</summary>
    /// <param name="pillar">The pillar.</param>
    /// <param name="code">Its code, unique in the plan.</param>
    /// <param name="title">Its title.</param>
    /// <param name="id">Its identity; a new one when omitted.</param>
    /// <returns>The objective.</returns>
    /// <exception cref="DomainException">The plan is not a draft, or the code is taken (<c>plan.objective-code-unique</c>).</exception>
    /// <exception cref="ArgumentException">The plan already has an objective with that identity.</exception>
    public Objective AddObjective(Pillar pillar, string code, string title, ObjectiveId? id = null)
    {
        Require.Defined(pillar, nameof(pillar));
        var checkedCode = Require.Text(code, nameof(code), Objective.MaxCodeLength);
        var checkedTitle = Require.Text(title, nameof(title), Objective.MaxTitleLength);
        EnsureDraft();
        if (_objectives.Exists(o => string.Equals(o.Code, checkedCode, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("plan.objective-code-unique", new Label($"Plani „{Title}” ka tashmë një objektiv me kodin {checkedCode}.", $"The plan \"{Title}\" already has an objective with code {checkedCode}."));
        }

        var objectiveId = id ?? ObjectiveId.New();
        if (_objectives.Exists(o => o.Id == objectiveId))
        {
            throw new ArgumentException($"The plan already has an objective with identity {objectiveId}.", nameof(id));
        }

        var objective = new Objective(objectiveId, pillar, checkedCode, checkedTitle);
        _objectives.Add(objective);
        return objective;
    }

    /// <summary>Adds a measure under an objective of a draft.</summary>
    /// <param name="objectiveId">The objective.</param>
    /// <param name="code">Its code, unique in the plan.</param>
    /// <param name="title">Its title.</param>
    /// <param name="leadOrganisationId">The organisation responsible.</param>
    /// <param name="supportingOrganisationIds">The supporting organisations, without the lead.</param>
    /// <param name="period">Its timeframe, both ends inclusive, inside the plan's period.</param>
    /// <param name="id">The measure's identity; a new one when omitted.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="DomainException">
    /// The plan is not a draft; the code is taken (<c>plan.measure-code-unique</c>); the timeframe is outside the
    /// plan's period (<c>plan.measure-within-period</c>); the lead is also supporting (<c>plan.lead-not-supporting</c>).
    /// </exception>
    public Measure AddMeasure(
        ObjectiveId objectiveId,
        string code,
        string title,
        OrganisationId leadOrganisationId,
        IEnumerable<OrganisationId> supportingOrganisationIds,
        DateInterval period,
        MeasureId? id = null)
    {
        var measureId = id ?? MeasureId.New();
        Require.Id(measureId, nameof(id));
        Require.Id(leadOrganisationId, nameof(leadOrganisationId));
        ArgumentNullException.ThrowIfNull(supportingOrganisationIds);
        var checkedCode = Require.Text(code, nameof(code), Measure.MaxCodeLength);
        var checkedTitle = Require.Text(title, nameof(title), Measure.MaxTitleLength);
        Periods.RequirePlausible(period, nameof(period));
        var (start, end) = (period.Start, period.End);

        var supporting = supportingOrganisationIds.Distinct().ToList();
        EnsureDraft();
        if (!_objectives.Exists(o => o.Id == objectiveId))
        {
            throw new ArgumentException("The plan has no such objective.", nameof(objectiveId));
        }

        if (_measures.Exists(m => m.Id == measureId))
        {
            throw new ArgumentException($"The plan already has a measure with identity {measureId}.", nameof(id));
        }

        if (_measures.Exists(m => string.Equals(m.Code, checkedCode, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("plan.measure-code-unique", new Label($"Plani „{Title}” ka tashmë një masë me kodin {checkedCode}.", $"The plan \"{Title}\" already has a measure with code {checkedCode}."));
        }

        if (start < Start || end > End)
        {
            throw new DomainException(
                "plan.measure-within-period",
                new Label(
                    $"Masa {checkedCode} zgjat {Sq.Period(start, end)}, jashtë periudhës së planit {Sq.Period(Start, End)}.",
                    $"Measure {checkedCode} runs {start:yyyy-MM-dd}…{end:yyyy-MM-dd}, outside the plan's period {Start:yyyy-MM-dd}…{End:yyyy-MM-dd}."));
        }

        if (supporting.Contains(leadOrganisationId))
        {
            throw new DomainException("plan.lead-not-supporting", new Label($"Organizata drejtuese e masës {checkedCode} nuk mund të jetë njëkohësisht edhe organizatë mbështetëse e saj.", $"The lead organisation of measure {checkedCode} cannot also be one of its supporting organisations."));
        }

        var measure = new Measure(measureId, objectiveId, checkedCode, checkedTitle, leadOrganisationId, supporting, start, end);
        _measures.Add(measure);
        return measure;
    }

    /// <summary>Removes a measure from a draft.</summary>
    /// <param name="measureId">The measure.</param>
    /// <exception cref="DomainException">The plan is not a draft.</exception>
    public void RemoveMeasure(MeasureId measureId)
    {
        var measure = FindMeasure(measureId);
        EnsureDraft();
        _measures.Remove(measure);
    }

    /// <summary>Adds an indicator to a measure of a draft.</summary>
    /// <param name="measureId">The measure.</param>
    /// <param name="kind">How it is measured.</param>
    /// <param name="description">What it measures.</param>
    /// <param name="unit">The unit of a count.</param>
    /// <param name="baseline">The value before the plan; not for qualitative indicators.</param>
    /// <param name="higherIsBetter">Whether a higher value is better.</param>
    /// <param name="id">Its identity; a new one when omitted.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="DomainException">The plan is not a draft.</exception>
    /// <exception cref="ArgumentException">The plan already has an indicator with that identity.</exception>
    public Indicator AddIndicator(MeasureId measureId, IndicatorKind kind, string description, string? unit = null, decimal? baseline = null, bool higherIsBetter = true, IndicatorId? id = null)
    {
        Require.Defined(kind, nameof(kind));
        var checkedDescription = Require.Text(description, nameof(description), Indicator.MaxDescriptionLength);
        var checkedUnit = Require.OptionalText(unit, nameof(unit), Indicator.MaxUnitLength);
        if (kind == IndicatorKind.Qualitative && baseline is not null)
        {
            throw new ArgumentException("A qualitative indicator has no numeric baseline.", nameof(baseline));
        }

        Require.Amount(baseline, nameof(baseline));
        if (baseline is < 0 || (kind == IndicatorKind.Percentage && baseline is > 100))
        {
            throw new ArgumentOutOfRangeException(nameof(baseline), baseline, "The baseline is out of range for this kind of indicator.");
        }

        var indicatorId = id ?? IndicatorId.New();
        Require.Id(indicatorId, nameof(id));
        var measure = FindMeasure(measureId);
        if (_measures.Exists(m => m.Indicators.Any(i => i.Id == indicatorId)))
        {
            throw new ArgumentException($"The plan already has an indicator with identity {indicatorId}.", nameof(id));
        }

        EnsureDraft();
        var indicator = new Indicator(indicatorId, kind, checkedDescription, checkedUnit, baseline, higherIsBetter);
        measure.AddIndicator(indicator);
        return indicator;
    }

    /// <summary>Sets the target of an indicator for a period of a draft, replacing any target for the same period.</summary>
    /// <param name="measureId">The measure.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="period">The period, both ends inclusive, inside the plan's period.</param>
    /// <param name="amount">The number, for count and percentage indicators.</param>
    /// <param name="text">The described target, for qualitative indicators.</param>
    /// <exception cref="DomainException">The plan is not a draft, or the period is outside the plan's (<c>plan.indicator-period-within-plan</c>).</exception>
    public void SetTarget(MeasureId measureId, IndicatorId indicatorId, DateInterval period, decimal? amount, string? text = null)
    {
        var (indicator, value) = CheckValue(measureId, indicatorId, period, amount, text);
        EnsureDraft();
        indicator.SetTarget(value);
    }

    /// <summary>
    /// Records the actual value of an indicator for a period, replacing any earlier value for the same period.
    /// Allowed in a draft and in an approved plan; this is the only change an approved plan accepts.
    /// </summary>
    /// <param name="measureId">The measure.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="period">The period, both ends inclusive, inside the plan's period.</param>
    /// <param name="amount">The number, for count and percentage indicators.</param>
    /// <param name="text">The described value, for qualitative indicators.</param>
    /// <exception cref="DomainException">The plan is closed (<c>plan.closed</c>) or the period is outside the plan's.</exception>
    public void RecordActual(MeasureId measureId, IndicatorId indicatorId, DateInterval period, decimal? amount, string? text = null)
    {
        var (indicator, value) = CheckValue(measureId, indicatorId, period, amount, text);
        EnsureNotClosed();
        indicator.SetActual(value);
    }

    /// <summary>Approves a draft by a decision of a meeting.</summary>
    /// <param name="decisionId">The decision.</param>
    /// <param name="on">The day of the decision.</param>
    /// <exception cref="DomainException">The plan is not a draft (<c>plan.draft-only</c>) or has no measure (<c>plan.approve-needs-measure</c>).</exception>
    public void Approve(DecisionId decisionId, LocalDate on)
    {
        Require.Id(decisionId, nameof(decisionId));
        Require.Date(on, nameof(on));
        EnsureDraft();
        if (_measures.Count == 0)
        {
            throw new DomainException("plan.approve-needs-measure", new Label($"Plani „{Title}” nuk ka ende asnjë masë; një plan miratohet me të paktën një masë.", $"The plan \"{Title}\" has no measure yet; a plan is approved with at least one measure."));
        }

        Status = ActionPlanStatus.Approved;
        ApprovedBy = decisionId;
        ApprovedOn = on;
    }

    /// <summary>Closes an approved plan.</summary>
    /// <param name="on">The day it closes; not before its approval.</param>
    /// <exception cref="DomainException">The plan is not approved (<c>plan.close-approved-only</c>) or the day is before the approval (<c>plan.close-after-approval</c>).</exception>
    public void Close(LocalDate on)
    {
        Require.Date(on, nameof(on));
        if (Status != ActionPlanStatus.Approved)
        {
            throw new DomainException("plan.close-approved-only", new Label($"Plani „{Title}” ka statusin „{Status.Label().Albanian}”; mbyllet vetëm një plan i miratuar.", $"The plan \"{Title}\" is {Status.Label().English.ToLowerInvariant()}; only an approved plan can be closed."));
        }

        if (on < ApprovedOn)
        {
            throw new DomainException("plan.close-after-approval", new Label($"Plani „{Title}” u miratua më {Sq.Date(ApprovedOn)} dhe nuk mund të mbyllet para kësaj date ({Sq.Date(on)}).", $"The plan \"{Title}\" was approved on {ApprovedOn:yyyy-MM-dd} and cannot close before that ({on:yyyy-MM-dd})."));
        }

        Status = ActionPlanStatus.Closed;
        ClosedOn = on;
    }

    /// <summary>The measure with an identity.</summary>
    /// <param name="measureId">The measure.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentException">The plan has no such measure.</exception>
    public Measure FindMeasure(MeasureId measureId) =>
        _measures.Find(m => m.Id == measureId) ?? throw new ArgumentException($"The plan has no measure {measureId}.", nameof(measureId));

    /// <summary>The measures that have no activity, given the measures that do (for example from <c>MeasuresWithActivitiesSpec</c>).</summary>
    /// <param name="measuresWithActivities">The identities of measures that have at least one activity; duplicates are fine.</param>
    /// <returns>The plan's measures not among them, in plan order.</returns>
    public IReadOnlyList<Measure> MeasuresWithoutActivity(IEnumerable<MeasureId> measuresWithActivities)
    {
        ArgumentNullException.ThrowIfNull(measuresWithActivities);
        var with = measuresWithActivities.ToHashSet();
        return [.. _measures.Where(m => !with.Contains(m.Id))];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Start:yyyy-MM-dd}…{End:yyyy-MM-dd}, {Status})";

    private (Indicator Indicator, IndicatorValue Value) CheckValue(MeasureId measureId, IndicatorId indicatorId, DateInterval period, decimal? amount, string? text)
    {
        var measure = FindMeasure(measureId);
        var indicator = measure.Indicators.FirstOrDefault(i => i.Id == indicatorId)
            ?? throw new ArgumentException($"Measure {measure.Code} has no such indicator.", nameof(indicatorId));
        var value = indicator.Check(period, amount, text);
        var (periodStart, periodEnd) = (period.Start, period.End);
        if (periodStart < Start || periodEnd > End)
        {
            throw new DomainException(
                "plan.indicator-period-within-plan",
                new Label(
                    $"Periudha {Sq.Period(periodStart, periodEnd)} është jashtë periudhës së planit {Sq.Period(Start, End)}.",
                    $"The period {periodStart:yyyy-MM-dd}…{periodEnd:yyyy-MM-dd} is outside the plan's period {Start:yyyy-MM-dd}…{End:yyyy-MM-dd}."));
        }

        return (indicator, value);
    }

    private void EnsureDraft()
    {
        EnsureNotClosed();
        if (Status != ActionPlanStatus.Draft)
        {
            throw new DomainException(
                "plan.draft-only",
                new Label(
                    $"Plani „{Title}” u miratua më {Sq.Date(ApprovedOn)}; struktura e tij nuk ndryshon më, regjistrohen vetëm vlerat e arritura të treguesve.",
                    $"The plan \"{Title}\" was approved on {ApprovedOn:yyyy-MM-dd}; its structure no longer changes, only indicator actuals are recorded."));
        }
    }

    private void EnsureNotClosed()
    {
        if (Status == ActionPlanStatus.Closed)
        {
            throw new DomainException("plan.closed", new Label($"Plani „{Title}” u mbyll më {Sq.Date(ClosedOn)}; një plan i mbyllur nuk ndryshon më.", $"The plan \"{Title}\" was closed on {ClosedOn:yyyy-MM-dd}; a closed plan no longer changes."));
        }
    }
}
