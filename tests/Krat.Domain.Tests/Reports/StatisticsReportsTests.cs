using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using NodaTime;

namespace Krat.Domain.Tests.Reports;

public sealed class StatisticsReportsTests
{
    [Fact]
    public void VictimReport_PublishesEveryViewOfTheYearsTables_Suppressed()
    {
        var scenario = DurresScenario.Build();
        var statistics = scenario.VictimStatistics2023;

        var report = VictimStatisticsReport.Of(DemoIds.KratDurres, 2023, [statistics]);

        Assert.Equal(VictimStatisticsReport.Views.Count, report.Tables.Count);
        foreach (var (published, view) in report.Tables.Zip(VictimStatisticsReport.Views))
        {
            var expected = statistics.Publish(view.Rows, view.Columns);
            Assert.Equal((view.Rows, view.Columns), (published.Rows, published.Columns));
            Assert.Equal(expected.Cells.SelectMany(r => r).Select(f => (f.Value, f.State)), published.Table.Cells.SelectMany(r => r).Select(f => (f.Value, f.State)));
            Assert.Equal(expected.GrandTotal, published.Table.GrandTotal);
        }

        Assert.Contains(report.Tables, t => t.Table.Cells.Any(r => r.Any(f => f.IsSuppressed)));
    }

    [Fact]
    public void VictimReport_LeavesOutOtherYearsAndOtherCommittees()
    {
        var scenario = DurresScenario.Build();

        Assert.Empty(VictimStatisticsReport.Of(DemoIds.KratDurres, 2022, [scenario.VictimStatistics2023]).Tables);
        Assert.Empty(VictimStatisticsReport.Of(CommitteeId.New(), 2023, [scenario.VictimStatistics2023]).Tables);
    }

    [Fact]
    public void VictimReport_Tables_CarryTheSuppressionStateOfEveryFigure()
    {
        var scenario = DurresScenario.Build();

        var tables = VictimStatisticsReport.Of(DemoIds.KratDurres, 2023, [scenario.VictimStatistics2023]).ToTables();

        var figures = tables.SelectMany(t => t.Rows).SelectMany(r => r).Where(c => c.Kind == ReportCellKind.Figure).ToList();
        Assert.Contains(figures, c => c.State == SuppressionState.PrimarySuppressed && c.Value is null && c.Text.English == "<5");
        Assert.All(figures.Where(c => c.IsSuppressed), c => Assert.Null(c.Value));
    }

    [Fact]
    public void NationalRollup_HasEveryCounty_AddsCommitteesUp_AndSuppressesSmallCounts()
    {
        var durres = CountyCode.From("AL-02");
        var korce = CountyCode.From("AL-06");
        var (a, b) = (CommitteeId.New(), CommitteeId.New());
        CommitteeFigures[] figures =
        [
            new(a, durres, 3, 10, 4, 600, 2, 1),
            new(b, korce, 1, 2, 2, 80, 0, 0),
        ];
        CountyVictims[] victims = [new(durres, Sex.Female, 12), new(durres, Sex.Male, 7), new(korce, Sex.Female, 2), new(durres, Sex.Female, 1)];

        var rollup = NationalRollup.Build(ReportMath.Year(2023), new LocalDate(2023, 12, 31), ReportAudience.Committee, figures, victims);

        Assert.Equal(Albania.Counties.Select(c => c.Code), rollup.Counties.Select(c => c.County));
        var line = rollup.Counties.Single(c => c.County == durres);
        Assert.Equal((3, 10, 4, 600, 2, 1), (line.MeetingsHeld, line.Activities, line.SchoolSessions, line.PeopleReached, line.CommitmentsOpen, line.CommitmentsOverdue));
        Assert.Equal((4, 12, 6, 680), (rollup.Total.MeetingsHeld, rollup.Total.Activities, rollup.Total.SchoolSessions, rollup.Total.PeopleReached));
        var durresRow = Albania.Counties.Select(c => c.Code).ToList().IndexOf(durres);
        var korceRow = Albania.Counties.Select(c => c.Code).ToList().IndexOf(korce);
        var codes = Albania.Counties.Select(c => c.Code).ToList();
        for (var row = 0; row < codes.Count; row++)
        {
            for (var column = 0; column < 2; column++)
            {
                var sex = column == 0 ? Sex.Female : Sex.Male;
                var expected = victims.Where(v => v.County == codes[row] && v.Sex == sex).Sum(v => v.Count);
                var figure = rollup.Victims.Cells[row][column];
                Assert.True(figure.IsSuppressed || figure.Value == expected, $"{codes[row]} {sex}: {figure.Display} instead of {expected}");
            }
        }

        Assert.Equal(victims.Sum(v => v.Count), rollup.Victims.GrandTotal.Value);
        Assert.False(rollup.Victims.Cells[durresRow].Concat([rollup.Victims.RowTotals[durresRow]]).All(f => f.IsSuppressed));
        Assert.Equal(SuppressionState.PrimarySuppressed, rollup.Victims.Cells[korceRow][0].State);
        Assert.True(rollup.Victims.Cells[korceRow].Concat([rollup.Victims.RowTotals[korceRow]]).Count(f => f.IsSuppressed) >= 2);
    }
}
