using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Domain.Plans;

/// <summary>
/// A measure of an action plan under one objective: what is to be done, by whom (a lead organisation and
/// supporting ones), when (a timeframe inside the plan's period), and how its result is measured (indicators).
/// Activities name the measure they implement. Changed only through its <see cref="ActionPlan"/>.
/// </summary>
public sealed class Measure
{
    /// <summary>The longest code accepted, such as "1.1.2".</summary>
    public const int MaxCodeLength = 20;

    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 500;

    private readonly List<OrganisationId> _supportingOrganisationIds = [];
    private readonly List<Indicator> _indicators = [];

    internal Measure(MeasureId id, ObjectiveId objectiveId, string code, string title, OrganisationId lead, IEnumerable<OrganisationId> supporting, LocalDate start, LocalDate end)
    {
        Id = id;
        ObjectiveId = objectiveId;
        Code = code;
        Title = title;
        LeadOrganisationId = lead;
        _supportingOrganisationIds.AddRange(supporting);
        Start = start;
        End = end;
    }

    private Measure()
    {
        Code = string.Empty;
        Title = string.Empty;
    }

    /// <summary>The identity of the measure; activities refer to it.</summary>
    public MeasureId Id { get; private set; }

    /// <summary>The objective it serves (<see cref="Objective.Id"/>).</summary>
    public ObjectiveId ObjectiveId { get; private set; }

    /// <summary>Its code, unique in the plan (compared without regard to case).</summary>
    public string Code { get; private set; }

    /// <summary>Its title.</summary>
    public string Title { get; private set; }

    /// <summary>The organisation responsible for it.</summary>
    public OrganisationId LeadOrganisationId { get; private set; }

    /// <summary>The organisations that support the lead; never the lead itself.</summary>
    public IReadOnlyList<OrganisationId> SupportingOrganisationIds => _supportingOrganisationIds;

    /// <summary>Its timeframe, both ends inclusive, inside the plan's period.</summary>
    public DateInterval Period => new(Start, End);

    /// <summary>The first day of its timeframe (the <c>Start</c> column).</summary>
    internal LocalDate Start { get; private set; }

    /// <summary>The last day of its timeframe, inclusive (the <c>End</c> column).</summary>
    internal LocalDate End { get; private set; }

    /// <summary>Its indicators.</summary>
    public IReadOnlyList<Indicator> Indicators => _indicators;

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Title}";

    internal void AddIndicator(Indicator indicator) => _indicators.Add(indicator);
}
