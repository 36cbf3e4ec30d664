namespace Krat.Domain.Statistics;

/// <summary>
/// The count of one combination of the four dimensions (sex, age group, status, form of exploitation): how a
/// correction gives its figures (<see cref="VictimStatistics.Correct(IEnumerable{CellCount}, string, string, NodaTime.Instant)"/>)
/// and how a published version keeps them (<see cref="StatisticsVersion.Cells"/>). A count only — never anything
/// about a person. Equal when every dimension and the count are equal.
/// </summary>
public sealed record CellCount
{
    /// <summary>A cell.</summary>
    /// <param name="sex">The sex.</param>
    /// <param name="ageGroup">The age group.</param>
    /// <param name="status">The identification status.</param>
    /// <param name="form">The form of exploitation.</param>
    /// <param name="count">The count, 0 to <see cref="VictimStatistics.MaxCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is not a code of its list, or the count is out of range.</exception>
    public CellCount(Sex sex, AgeGroup ageGroup, VictimStatus status, ExploitationForm form, int count)
    {
        Sex = Common.Require.Defined(sex, nameof(sex));
        AgeGroup = Common.Require.Defined(ageGroup, nameof(ageGroup));
        Status = Common.Require.Defined(status, nameof(status));
        Form = Common.Require.Defined(form, nameof(form));
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, VictimStatistics.MaxCount);
        Count = count;
    }

    /// <summary>The sex.</summary>
    public Sex Sex { get; private init; }

    /// <summary>The age group.</summary>
    public AgeGroup AgeGroup { get; private init; }

    /// <summary>The identification status.</summary>
    public VictimStatus Status { get; private init; }

    /// <summary>The form of exploitation.</summary>
    public ExploitationForm Form { get; private init; }

    /// <summary>The count, ≥ 0.</summary>
    public int Count { get; private init; }
}
