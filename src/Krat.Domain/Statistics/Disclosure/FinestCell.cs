using Krat.Domain.Common;

namespace Krat.Domain.Statistics.Disclosure;

/// <summary>
/// One cell of the finest table of a victim statistics record: one sex, age group, status and form of
/// exploitation (2 × 2 × 2 × 5 = 40 cells). Every published figure of a record is a sum of such cells.
/// </summary>
/// <param name="Sex">The sex.</param>
/// <param name="AgeGroup">The age group.</param>
/// <param name="Status">The status.</param>
/// <param name="Form">The form of exploitation.</param>
public readonly record struct FinestCell(Sex Sex, AgeGroup AgeGroup, VictimStatus Status, ExploitationForm Form)
{
    /// <summary>The sex.</summary>
    public Sex Sex { get; } = Sex;

    /// <summary>The age group.</summary>
    public AgeGroup AgeGroup { get; } = AgeGroup;

    /// <summary>The status.</summary>
    public VictimStatus Status { get; } = Status;

    /// <summary>The form of exploitation.</summary>
    public ExploitationForm Form { get; } = Form;

    /// <summary>How many cells the finest table has.</summary>
    public const int Count = 40;

    /// <summary>The four dimensions, in the order of <see cref="Index"/> (the last varies fastest).</summary>
    public static IReadOnlyList<StatisticsDimension> Dimensions { get; } =
        [StatisticsDimension.Sex, StatisticsDimension.AgeGroup, StatisticsDimension.Status, StatisticsDimension.ExploitationForm];

    /// <summary>Every cell, in index order.</summary>
    public static IReadOnlyList<FinestCell> All { get; } =
        [.. CodeList.All<Sex>().SelectMany(s => CodeList.All<AgeGroup>().SelectMany(a => CodeList.All<VictimStatus>().SelectMany(t => CodeList.All<ExploitationForm>().Select(f => new FinestCell(s.Key, a.Key, t.Key, f.Key)))))];

    /// <summary>The position of the cell in <see cref="All"/> (0 to 39).</summary>
    public int Index => ((((((int)Sex - 1) * 2) + ((int)AgeGroup - 1)) * 2) + ((int)Status - 1)) * 5 + ((int)Form - 1);

    /// <summary>The code (1-based, as the enum) of the cell along one dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The code.</returns>
    public int CodeOf(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Sex => (int)Sex,
        StatisticsDimension.AgeGroup => (int)AgeGroup,
        StatisticsDimension.Status => (int)Status,
        _ => (int)Form,
    };

    /// <summary>How many codes a dimension has (2, or 5 for the form of exploitation).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The number of codes, numbered 1 to it.</returns>
    public static int Levels(StatisticsDimension dimension) => dimension == StatisticsDimension.ExploitationForm ? 5 : 2;

    /// <summary>The codes of a dimension with their names and labels, in code order.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The codes.</returns>
    public static IReadOnlyList<(int Code, string Name, Label Label)> Codes(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Sex => Of<Sex>(),
        StatisticsDimension.AgeGroup => Of<AgeGroup>(),
        StatisticsDimension.Status => Of<VictimStatus>(),
        _ => Of<ExploitationForm>(),
    };

    private static List<(int Code, string Name, Label Label)> Of<TCode>()
        where TCode : struct, Enum =>
        [.. CodeList.All<TCode>().Select(p => (Convert.ToInt32(p.Key, System.Globalization.CultureInfo.InvariantCulture), p.Key.ToString(), p.Value))];
}
