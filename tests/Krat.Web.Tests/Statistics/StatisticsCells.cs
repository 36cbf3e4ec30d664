using Krat.Domain.Statistics;

namespace Krat.Web.Tests.Statistics;

/// <summary>The test's own view of the statistics entry grid: field names and raw sums, worked out independently of the site.</summary>
public static class StatisticsCells
{
    /// <summary>The form field of one combination: rows are form × status, columns sex × age group, in code order.</summary>
    public static string Field(Sex sex, AgeGroup age, VictimStatus status, ExploitationForm form)
    {
        var row = (((int)form - 1) * 2) + ((int)status - 1);
        var column = (((int)sex - 1) * 2) + ((int)age - 1);
        return $"Input.Counts[{(row * 4) + column}]";
    }

    /// <summary>The raw count of a form of exploitation for one sex: the sum over age groups and statuses.</summary>
    public static int Raw(VictimStatistics table, ExploitationForm form, Sex sex) =>
        Enum.GetValues<AgeGroup>().Sum(age => Enum.GetValues<VictimStatus>().Sum(status => table.CountOf(sex, age, status, form)));
}
