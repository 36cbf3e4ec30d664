namespace Krat.Domain.Statistics;

/// <summary>
/// One cell of a victim statistics table: how many victims of one sex, age group, status and form of exploitation
/// were counted. A count only — never anything about a person. Unique per combination of the four dimensions
/// within its <see cref="VictimStatistics"/>; changed only through it.
/// </summary>
public sealed class VictimCount
{
    internal VictimCount(Sex sex, AgeGroup ageGroup, VictimStatus status, ExploitationForm form, int count)
    {
        Sex = sex;
        AgeGroup = ageGroup;
        Status = status;
        Form = form;
        Count = count;
    }

    private VictimCount()
    {
    }

    /// <summary>The sex.</summary>
    public Sex Sex { get; private set; }

    /// <summary>The age group.</summary>
    public AgeGroup AgeGroup { get; private set; }

    /// <summary>The identification status.</summary>
    public VictimStatus Status { get; private set; }

    /// <summary>The form of exploitation.</summary>
    public ExploitationForm Form { get; private set; }

    /// <summary>The count, ≥ 0.</summary>
    public int Count { get; private set; }

    internal bool Is(Sex sex, AgeGroup ageGroup, VictimStatus status, ExploitationForm form) =>
        Sex == sex && AgeGroup == ageGroup && Status == status && Form == form;

    internal void Set(int count) => Count = count;
}
