using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.Plans;

/// <summary>
/// An indicator of a measure: how its result is measured, from a baseline to targets per period, with the actual
/// values recorded per period. Changed only through its <see cref="ActionPlan"/>.
/// </summary>
public sealed class Indicator
{
    /// <summary>The longest description accepted.</summary>
    public const int MaxDescriptionLength = 500;

    /// <summary>The longest unit accepted, such as "sessions" or "pupils".</summary>
    public const int MaxUnitLength = 50;

    private readonly List<IndicatorValue> _targets = [];
    private readonly List<IndicatorValue> _actuals = [];

    internal Indicator(IndicatorId id, IndicatorKind kind, string description, string? unit, decimal? baseline, bool higherIsBetter)
    {
        Id = id;
        Kind = kind;
        Description = description;
        Unit = unit;
        Baseline = baseline;
        HigherIsBetter = higherIsBetter;
    }

    private Indicator()
    {
        Description = string.Empty;
    }

    /// <summary>The identity of the indicator within its plan.</summary>
    public IndicatorId Id { get; private set; }

    /// <summary>How it is measured.</summary>
    public IndicatorKind Kind { get; private set; }

    /// <summary>What it measures.</summary>
    public string Description { get; private set; }

    /// <summary>The unit of a count, such as "pupils".</summary>
    public string? Unit { get; private set; }

    /// <summary>The value before the plan started, for count and percentage indicators.</summary>
    public decimal? Baseline { get; private set; }

    /// <summary>Whether a higher value is better (sessions held) or a lower one (children in street situations).</summary>
    public bool HigherIsBetter { get; private set; }

    /// <summary>The targets, at most one per period.</summary>
    public IReadOnlyList<IndicatorValue> Targets => _targets;

    /// <summary>The actual values, at most one per period.</summary>
    public IReadOnlyList<IndicatorValue> Actuals => _actuals;

    /// <summary>
    /// How far the actual value of a period is towards its target, from 0 to 1, taking the direction into
    /// account: the latest period with a target that has started by <paramref name="asOf"/>; 0 when that period
    /// has no actual yet; <see langword="null"/> when no target has started. A qualitative indicator counts 1 once
    /// an actual is recorded.
    /// </summary>
    /// <param name="asOf">The day of the review.</param>
    /// <returns>The achievement, or <see langword="null"/>.</returns>
    public double? Achievement(LocalDate asOf)
    {
        var target = _targets.Where(t => t.PeriodStart <= asOf).OrderBy(t => t.PeriodStart).ThenBy(t => t.PeriodEnd).LastOrDefault();
        if (target is null)
        {
            return null;
        }

        var actual = _actuals.Find(a => a.PeriodStart == target.PeriodStart && a.PeriodEnd == target.PeriodEnd);
        if (actual is null)
        {
            return 0;
        }

        if (Kind == IndicatorKind.Qualitative)
        {
            return 1;
        }

        var goal = (double)target.Amount!.Value;
        var value = (double)actual.Amount!.Value;
        var start = Baseline is { } b ? (double)b : (HigherIsBetter ? 0 : double.NaN);
        double ratio;
        if (HigherIsBetter)
        {
            ratio = value >= goal ? 1 : goal > start ? (value - start) / (goal - start) : 0;
        }
        else
        {
            ratio = value <= goal ? 1 : !double.IsNaN(start) && start > goal ? (start - value) / (start - goal) : 0;
        }

        return Math.Clamp(ratio, 0, 1);
    }

    internal void SetTarget(IndicatorValue value) => Put(_targets, value);

    internal void SetActual(IndicatorValue value) => Put(_actuals, value);

    internal IndicatorValue Check(DateInterval period, decimal? amount, string? text)
    {
        Periods.RequirePlausible(period, nameof(period));
        Require.Amount(amount, nameof(amount));

        var checkedText = Require.OptionalText(text, nameof(text), IndicatorValue.MaxTextLength);
        switch (Kind)
        {
            case IndicatorKind.Count when amount is not { } count || count < 0 || count != decimal.Truncate(count):
                throw new DomainArgumentException(new Label($"Treguesi numerik „{Description}” kërkon një numër të plotë 0 ose më të madh.", $"The count indicator \"{Description}\" needs a whole number of 0 or more."), nameof(amount));
            case IndicatorKind.Percentage when amount is not (>= 0 and <= 100):
                throw new DomainArgumentException(new Label($"Treguesi në përqindje „{Description}” kërkon një vlerë nga 0 deri në 100.", $"The percentage indicator \"{Description}\" needs a value from 0 to 100."), nameof(amount));
            case IndicatorKind.Qualitative when amount is not null || checkedText is null:
                throw new DomainArgumentException(new Label($"Treguesi cilësor „{Description}” merr një vlerë të përshkruar, jo një numër.", $"The qualitative indicator \"{Description}\" takes a described value, not a number."), nameof(text));
            default:
                return new IndicatorValue(period.Start, period.End, amount, checkedText);
        }
    }

    private static void Put(List<IndicatorValue> values, IndicatorValue value)
    {
        values.RemoveAll(v => v.PeriodStart == value.PeriodStart && v.PeriodEnd == value.PeriodEnd);
        values.Add(value);
        values.Sort((a, b) => a.PeriodStart != b.PeriodStart ? a.PeriodStart.CompareTo(b.PeriodStart) : a.PeriodEnd.CompareTo(b.PeriodEnd));
    }
}
