using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using NodaTime;

namespace Krat.Domain.Reports;

/// <summary>
/// One indicator of a measure on the day of a review: the target that applies (the latest one whose period has
/// started), the actual recorded for that target's period, and the achievement (<see cref="Indicator.Achievement"/>).
/// </summary>
/// <param name="Description">What it measures.</param>
/// <param name="Kind">How it is measured.</param>
/// <param name="Unit">The unit of a count.</param>
/// <param name="Baseline">The value before the plan.</param>
/// <param name="Target">The target amount, for count and percentage indicators.</param>
/// <param name="TargetText">The described target, for qualitative indicators.</param>
/// <param name="Actual">The actual amount for the target's period, if recorded.</param>
/// <param name="ActualText">The described actual, if recorded.</param>
/// <param name="Achievement">From 0 to 1, or <see langword="null"/> when no target has started.</param>
public sealed record IndicatorLine(string Description, IndicatorKind Kind, string? Unit, decimal? Baseline, decimal? Target, string? TargetText, decimal? Actual, string? ActualText, double? Achievement)
{
    /// <summary>What it measures.</summary>
    public string Description { get; } = Description;

    /// <summary>How it is measured.</summary>
    public IndicatorKind Kind { get; } = Kind;

    /// <summary>The unit of a count.</summary>
    public string? Unit { get; } = Unit;

    /// <summary>The value before the plan.</summary>
    public decimal? Baseline { get; } = Baseline;

    /// <summary>The target amount, for count and percentage indicators.</summary>
    public decimal? Target { get; } = Target;

    /// <summary>The described target, for qualitative indicators.</summary>
    public string? TargetText { get; } = TargetText;

    /// <summary>The actual amount for the target's period, if recorded.</summary>
    public decimal? Actual { get; } = Actual;

    /// <summary>The described actual, if recorded.</summary>
    public string? ActualText { get; } = ActualText;

    /// <summary>From 0 to 1, or <see langword="null"/> when no target has started.</summary>
    public double? Achievement { get; } = Achievement;
}

/// <summary>One measure of a plan on the day of a review: what it is, who leads it, and its <see cref="MeasureProgress"/>.</summary>
/// <param name="Measure">The measure's code, title and timeframe.</param>
/// <param name="ObjectiveCode">The code of its objective.</param>
/// <param name="Pillar">The pillar of its objective.</param>
/// <param name="LeadName">The Albanian name of the lead organisation, when known.</param>
/// <param name="Progress">Its progress.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record MeasureLine(MeasureSummary Measure, string ObjectiveCode, Pillar Pillar, string? LeadName, MeasureProgress Progress, IReadOnlyList<IndicatorLine> Indicators)
{
    /// <summary>The measure's code, title and timeframe.</summary>
    public MeasureSummary Measure { get; } = Measure;

    /// <summary>The code of its objective.</summary>
    public string ObjectiveCode { get; } = ObjectiveCode;

    /// <summary>The pillar of its objective.</summary>
    public Pillar Pillar { get; } = Pillar;

    /// <summary>The Albanian name of the lead organisation, when known.</summary>
    public string? LeadName { get; } = LeadName;

    /// <summary>The English name of the lead organisation, when one is recorded; reports in English show it instead of <see cref="LeadName"/>.</summary>
    public string? LeadEnglishName { get; private init; }

    /// <summary>The same line with the lead organisation's English name.</summary>
    /// <param name="englishName">The English name, or <see langword="null"/> when none is recorded.</param>
    /// <returns>A new line.</returns>
    public MeasureLine WithLeadEnglishName(string? englishName) => this with { LeadEnglishName = englishName };

    /// <summary>Its progress.</summary>
    public MeasureProgress Progress { get; } = Progress;

    /// <summary>Its indicators.</summary>
    public IReadOnlyList<IndicatorLine> Indicators { get; } = Indicators;
}

/// <summary>What a measure is: identity, code, title, lead and timeframe.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="Code">Its code.</param>
/// <param name="Title">Its title.</param>
/// <param name="LeadOrganisationId">The organisation responsible.</param>
/// <param name="Period">Its timeframe, both ends inclusive.</param>
public sealed record MeasureSummary(MeasureId MeasureId, string Code, string Title, OrganisationId LeadOrganisationId, DateInterval Period)
{
    /// <summary>The measure.</summary>
    public MeasureId MeasureId { get; } = MeasureId;

    /// <summary>Its code.</summary>
    public string Code { get; } = Code;

    /// <summary>Its title.</summary>
    public string Title { get; } = Title;

    /// <summary>The organisation responsible.</summary>
    public OrganisationId LeadOrganisationId { get; } = LeadOrganisationId;

    /// <summary>Its timeframe (<see cref="Measure.Period"/>): first and last day, both inclusive.</summary>
    public DateInterval Period { get; } = Period;
}

/// <summary>The progress of a plan's measures under one pillar.</summary>
/// <param name="Pillar">The pillar.</param>
/// <param name="Measures">Its measures.</param>
/// <param name="PlannedActivities">Their activities not cancelled.</param>
/// <param name="CompletedActivities">Their activities completed by the day.</param>
/// <param name="MeasuresWithoutActivity">Measures with no activity (not cancelled).</param>
/// <param name="MeasuresBehindSchedule">Measures behind schedule.</param>
/// <param name="Ratio">The average of the measures' ratios that exist, or <see langword="null"/>.</param>
public sealed record PillarProgress(Pillar Pillar, int Measures, int PlannedActivities, int CompletedActivities, int MeasuresWithoutActivity, int MeasuresBehindSchedule, double? Ratio)
{
    /// <summary>The pillar.</summary>
    public Pillar Pillar { get; } = Pillar;

    /// <summary>Its measures.</summary>
    public int Measures { get; } = Measures;

    /// <summary>Their activities not cancelled.</summary>
    public int PlannedActivities { get; } = PlannedActivities;

    /// <summary>Their activities completed by the day.</summary>
    public int CompletedActivities { get; } = CompletedActivities;

    /// <summary>Measures with no activity (not cancelled).</summary>
    public int MeasuresWithoutActivity { get; } = MeasuresWithoutActivity;

    /// <summary>Measures behind schedule.</summary>
    public int MeasuresBehindSchedule { get; } = MeasuresBehindSchedule;

    /// <summary>The average of the measures' ratios that exist, or <see langword="null"/>.</summary>
    public double? Ratio { get; } = Ratio;
}

/// <summary>
/// The progress of an action plan on a day: per measure (planned vs completed activities, indicator actual vs
/// target), rolled up per objective (<see cref="PlanProgress"/>), per pillar and for the plan, with the measures
/// that have no activity or are behind schedule.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Title">Its title.</param>
/// <param name="NationalPlan">The national plan it follows.</param>
/// <param name="Status">Its status.</param>
/// <param name="Period">Its period.</param>
/// <param name="Progress">The domain's progress calculation, per objective and measure.</param>
/// <param name="Measures">Every measure in plan order.</param>
/// <param name="Pillars">The pillars that have measures, in code order.</param>
/// <param name="Audience">Whom the report is for, so which activities its progress counts.</param>
public sealed record PlanProgressReport(ActionPlanId PlanId, string Title, string? NationalPlan, ActionPlanStatus Status, DateInterval Period, PlanProgress Progress, IReadOnlyList<MeasureLine> Measures, IReadOnlyList<PillarProgress> Pillars, ReportAudience Audience) : IAudienceReport
{
    /// <summary>Whom the report is for, so which activities its progress counts (<see cref="ReportAudiences.Counted"/>).</summary>
    public ReportAudience Audience { get; } = ReportAudiences.Checked(Audience);

    /// <summary>What the report counts, as pages and exports print it.</summary>
    public Label Counts => Audience.Counted();

    /// <summary>The plan.</summary>
    public ActionPlanId PlanId { get; } = PlanId;

    /// <summary>Its title.</summary>
    public string Title { get; } = Title;

    /// <summary>The national plan it follows.</summary>
    public string? NationalPlan { get; } = NationalPlan;

    /// <summary>Its status.</summary>
    public ActionPlanStatus Status { get; } = Status;

    /// <summary>Its period.</summary>
    public DateInterval Period { get; } = Period;

    /// <summary>The domain's progress calculation, per objective and measure.</summary>
    public PlanProgress Progress { get; } = Progress;

    /// <summary>Every measure in plan order.</summary>
    public IReadOnlyList<MeasureLine> Measures { get; } = Measures;

    /// <summary>The pillars that have measures, in code order.</summary>
    public IReadOnlyList<PillarProgress> Pillars { get; } = Pillars;

    /// <summary>The day of the review.</summary>
    public LocalDate AsOf => Progress.AsOf;

    /// <summary>Measures with no activity (not cancelled), in plan order.</summary>
    public IReadOnlyList<MeasureLine> MeasuresWithoutActivity => [.. Measures.Where(m => m.Progress.PlannedActivities == 0)];

    /// <summary>Measures behind schedule, in plan order.</summary>
    public IReadOnlyList<MeasureLine> MeasuresBehindSchedule => [.. Measures.Where(m => m.Progress.IsBehindSchedule)];

    /// <summary>Works out the report of a plan (a pure calculation over the plan and the activities passed in), naming each lead in Albanian and English.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="activities">The committee's activities (at least those linked to the plan's measures); those the audience does not see are left out here.</param>
    /// <param name="asOf">The day of the review.</param>
    /// <param name="audience">Whom the report is for (<see cref="ReportAudiences.Sees"/>).</param>
    /// <param name="organisationNames">Names of organisations in both languages (the Albanian name twice when no English name is recorded), for the leads; missing ones (or all, when null) are left empty.</param>
    /// <returns>The report.</returns>
    public static PlanProgressReport Of(ActionPlan plan, IEnumerable<Activity> activities, LocalDate asOf, ReportAudience audience, IReadOnlyDictionary<OrganisationId, Label>? organisationNames = null)
    {
        organisationNames ??= new Dictionary<OrganisationId, Label>();
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(activities);
        ReportAudiences.Checked(audience);
        var progress = PlanProgress.Of(plan, activities.Where(a => audience.Sees(a)), asOf);
        var byMeasure = progress.Objectives.SelectMany(o => o.Measures).ToDictionary(m => m.MeasureId);
        var objectives = plan.Objectives.ToDictionary(o => o.Id);
        var lines = plan.Measures.Select(m =>
        {
            var objective = objectives[m.ObjectiveId];
            var lead = organisationNames.GetValueOrDefault(m.LeadOrganisationId);
            return new MeasureLine(
                new MeasureSummary(m.Id, m.Code, m.Title, m.LeadOrganisationId, m.Period),
                objective.Code,
                objective.Pillar,
                lead?.Albanian,
                byMeasure[m.Id],
                [.. m.Indicators.Select(i => IndicatorOn(i, asOf))]).WithLeadEnglishName(lead?.English);
        }).ToList();
        var pillars = lines
            .GroupBy(l => l.Pillar)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var ratios = g.Where(l => l.Progress.Ratio.HasValue).Select(l => l.Progress.Ratio!.Value).ToList();
                return new PillarProgress(
                    g.Key,
                    g.Count(),
                    g.Sum(l => l.Progress.PlannedActivities),
                    g.Sum(l => l.Progress.CompletedActivities),
                    g.Count(l => l.Progress.PlannedActivities == 0),
                    g.Count(l => l.Progress.IsBehindSchedule),
                    ratios.Count == 0 ? null : ratios.Average());
            })
            .ToList();
        return new PlanProgressReport(plan.Id, plan.Title, plan.NationalPlan, plan.Status, new DateInterval(plan.Start, plan.End), progress, lines, pillars, audience);
    }

    /// <inheritdoc />
    public IReadOnlyList<ReportTable> ToTables() => [.. Tables().Select(t => t.WithNotes(Audience.Note()))];

    private IEnumerable<ReportTable> Tables() =>
    [
        new ReportTable(
            "plan-measures",
            new Label("Ecuria e masave të planit", "Progress of the plan's measures"),
            [
                new("Masa", "Measure"), new("Objektivi", "Objective"), new("Shtylla", "Pillar"), new("Përgjegjës", "Lead"),
                new("Aktivitete të planifikuara", "Planned activities"), new("Të realizuara", "Completed"), new("Me vonesë", "Overdue"),
                new("Realizimi i aktiviteteve", "Activity ratio"), new("Realizimi i treguesve", "Indicator ratio"), new("Ecuria", "Progress"),
                new("Pas afatit", "Behind schedule"),
            ],
            [.. Measures.Select(m => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Of(m.Measure.Code + " " + m.Measure.Title), ReportCell.Of(m.ObjectiveCode), ReportCell.Code(m.Pillar), m.LeadName is { } lead ? ReportCell.Of(new Label(lead, m.LeadEnglishName ?? lead)) : ReportCell.Empty,
                ReportCell.Number(m.Progress.PlannedActivities), ReportCell.Number(m.Progress.CompletedActivities), ReportCell.Number(m.Progress.OverdueActivities),
                ReportCell.Percent(m.Progress.ActivityRatio), ReportCell.Percent(m.Progress.IndicatorRatio), ReportCell.Percent(m.Progress.Ratio),
                ReportCell.Of(m.Progress.IsBehindSchedule ? new Label("Po", "Yes") : new Label("Jo", "No")),
            ])]),
        new ReportTable(
            "plan-indicators",
            new Label("Treguesit: realizimi kundrejt objektivit", "Indicators: actual against target"),
            [new("Masa", "Measure"), new("Treguesi", "Indicator"), new("Baza", "Baseline"), new("Objektivi", "Target"), new("Realizimi", "Actual"), new("Arritja", "Achievement")],
            [.. Measures.SelectMany(m => m.Indicators.Select(i => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Of(m.Measure.Code), ReportCell.Of(i.Description), ReportCell.Number(i.Baseline),
                i.Kind == IndicatorKind.Qualitative ? ReportCell.Of(i.TargetText) : ReportCell.Number(i.Target),
                i.Kind == IndicatorKind.Qualitative ? ReportCell.Of(i.ActualText) : ReportCell.Number(i.Actual),
                ReportCell.Percent(i.Achievement),
            ]))]),
        new ReportTable(
            "plan-pillars",
            new Label("Ecuria sipas shtyllave", "Progress by pillar"),
            [new("Shtylla", "Pillar"), new("Masa", "Measures"), new("Aktivitete të planifikuara", "Planned activities"), new("Të realizuara", "Completed"), new("Masa pa aktivitet", "Measures without activity"), new("Masa pas afatit", "Measures behind schedule"), new("Ecuria", "Progress")],
            [
                .. Pillars.Select(p => (IReadOnlyList<ReportCell>)
                [
                    ReportCell.Code(p.Pillar), ReportCell.Number(p.Measures), ReportCell.Number(p.PlannedActivities), ReportCell.Number(p.CompletedActivities),
                    ReportCell.Number(p.MeasuresWithoutActivity), ReportCell.Number(p.MeasuresBehindSchedule), ReportCell.Percent(p.Ratio),
                ]),
                [
                    ReportCell.Of(new Label("Plani", "Plan")), ReportCell.Number(Measures.Count), ReportCell.Number(Measures.Sum(m => m.Progress.PlannedActivities)),
                    ReportCell.Number(Measures.Sum(m => m.Progress.CompletedActivities)), ReportCell.Number(MeasuresWithoutActivity.Count),
                    ReportCell.Number(Progress.MeasuresBehindSchedule), ReportCell.Percent(Progress.Ratio),
                ],
            ]),
    ];

    private static IndicatorLine IndicatorOn(Indicator indicator, LocalDate asOf)
    {
        var target = indicator.Targets.Where(t => t.PeriodStart <= asOf).OrderBy(t => t.PeriodStart).ThenBy(t => t.PeriodEnd).LastOrDefault();
        var actual = target is null ? null : indicator.Actuals.FirstOrDefault(a => a.PeriodStart == target.PeriodStart && a.PeriodEnd == target.PeriodEnd);
        return new IndicatorLine(
            indicator.Description, indicator.Kind, indicator.Unit, indicator.Baseline,
            target?.Amount, target?.Text, actual?.Amount, actual?.Text, indicator.Achievement(asOf));
    }
}
