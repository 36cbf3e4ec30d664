using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using NodaTime;

namespace Krat.Domain.Tests.Reports;

public sealed class StatisticsReportsTests
{
    [Fact]
    public void VictimReport_PublishesEveryViewOfTheYearsRecords_FromTheRecordsOneDecision()
    {
        var scenario = DurresScenario.Build();
        var statistics = scenario.VictimStatistics2023;

        var report = VictimStatisticsReport.Of(DemoIds.KratDurres, 2023, [statistics]);

        Assert.Equal(VictimStatisticsReport.Views.Count, report.Tables.Count);
        var decision = DisclosureDecision.Decide(statistics);
        foreach (var (published, view) in report.Tables.Zip(VictimStatisticsReport.Views))
        {
            var expected = decision.View(view.Rows, view.Columns);
            Assert.Equal((view.Rows, view.Columns), (published.Rows, published.Columns));
            Assert.Equal(expected.Cells.SelectMany(r => r).Select(f => (f.Value, f.State)), published.Table.Cells.SelectMany(r => r).Select(f => (f.Value, f.State)));
            Assert.Equal(expected.GrandTotal, published.Table.GrandTotal);
            Assert.Equal(expected.IsWithheld, published.Table.IsWithheld);
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
        Assert.Contains(figures, c => c.State == SuppressionState.Hidden && c.Value is null && c.Text.English == "x");
        Assert.All(figures.Where(c => c.IsSuppressed), c => Assert.Null(c.Value));
        Assert.All(figures.Where(c => c.IsSuppressed), c => Assert.Contains(c.Text.English, new[] { "x", string.Empty }));
    }

    [Fact]
    public void NationalRollup_HasEveryCounty_AddsCommitteesUp_AndShowsASumOnlyWhenEveryFigureItAddsIsShown()
    {
        var durres = CountyCode.From("AL-02");
        var korce = CountyCode.From("AL-06");
        var (a, b) = (CommitteeId.New(), CommitteeId.New());
        CommitteeFigures[] figures =
        [
            new(a, durres, 3, 10, 4, 600, 2, 1),
            new(b, korce, 1, 2, 2, 80, 0, 0),
        ];
        var durresRecord = VictimStatistics.Open(a, durres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)));
        durresRecord.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 13);
        durresRecord.Record(Sex.Male, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Labour, 7);
        var korceRecord = VictimStatistics.Open(b, korce, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)));
        korceRecord.Record(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Sexual, 2);
        CountyVictims[] victims = [new(durres, DisclosureDecision.Decide(durresRecord)), new(korce, DisclosureDecision.Decide(korceRecord))];

        var rollup = NationalRollup.Build(ReportMath.Year(2023), new LocalDate(2023, 12, 31), ReportAudience.Committee, figures, victims);

        Assert.Equal(Albania.Counties.Select(c => c.Code), rollup.Counties.Select(c => c.County));
        var line = rollup.Counties.Single(c => c.County == durres);
        Assert.Equal((3, 10, 4, 600, 2, 1), (line.MeetingsHeld, line.Activities, line.SchoolSessions, line.PeopleReached, line.CommitmentsOpen, line.CommitmentsOverdue));
        Assert.Equal((4, 12, 6, 680), (rollup.Total.MeetingsHeld, rollup.Total.Activities, rollup.Total.SchoolSessions, rollup.Total.PeopleReached));
        var codes = Albania.Counties.Select(c => c.Code).ToList();
        var (durresRow, korceRow) = (codes.IndexOf(durres), codes.IndexOf(korce));
        string Row(int row) => string.Join(" ", rollup.Victims.Cells[row].Append(rollup.Victims.RowTotals[row]).Select(f => f.Display.Length == 0 ? "_" : f.Display));
        Assert.Equal("13 7 20", Row(durresRow));
        Assert.Equal("_ _ x", Row(korceRow));
        Assert.All(Enumerable.Range(0, codes.Count).Except([durresRow, korceRow]), row => Assert.Equal("0 0 0", Row(row)));
        Assert.Equal([SuppressionState.Withheld, SuppressionState.Withheld], rollup.Victims.ColumnTotals.Select(f => f.State));
        Assert.Equal(SuppressionState.Hidden, rollup.Victims.GrandTotal.State);
    }
}
