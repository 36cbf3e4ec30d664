namespace Krat.Domain.Plans;

/// <summary>An objective of an action plan, under one of the four pillars. Changed only through its <see cref="ActionPlan"/>.</summary>
public sealed class Objective
{
    /// <summary>The longest code accepted, such as "O1" or "1.2".</summary>
    public const int MaxCodeLength = 20;

    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 300;

    internal Objective(ObjectiveId id, Pillar pillar, string code, string title)
    {
        Id = id;
        Pillar = pillar;
        Code = code;
        Title = title;
    }

    private Objective()
    {
        Code = string.Empty;
        Title = string.Empty;
    }

    /// <summary>The identity of the objective within its plan.</summary>
    public ObjectiveId Id { get; private set; }

    /// <summary>The pillar it sits under.</summary>
    public Pillar Pillar { get; private set; }

    /// <summary>Its code, unique in the plan (compared without regard to case).</summary>
    public string Code { get; private set; }

    /// <summary>Its title.</summary>
    public string Title { get; private set; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Title}";
}
