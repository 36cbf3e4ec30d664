using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Tests.Activities;
using NodaTime;

namespace Krat.Domain.Tests.Statistics;

public sealed class VictimStatisticsTests
{
    private static readonly VictimStatisticsId Id = new(Guid.Parse("00000000-0000-7000-8000-0000000bb001"));

    private static VictimStatistics Open(string? municipality = null) =>
        VictimStatistics.Open(ActivityTestData.KratDurres, ActivityTestData.Durres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), (municipality is null ? null : Albania.Municipality(municipality)), id: Id);

    [Fact]
    public void Open_Accepts_AMunicipalityOfTheCounty_ByCatalogueName()
    {
        Assert.Equal("Krujë", Open("kruje").Municipality?.Name);
    }

    [Fact]
    public void Open_Rejects_AMunicipalityOfAnotherCounty()
    {
        var error = Assert.Throws<DomainException>(() => Open("Kavajë"));
        Assert.Equal("statistics.municipality-in-county", error.Rule);
        Assert.Contains("Kavajë", error.Message);
        Assert.Contains("Durrës County (AL-02)", error.Message);
    }

    [Fact]
    public void Open_Rejects_AnImplausiblePeriod()
    {
        var error = Assert.Throws<DomainArgumentException>(() => VictimStatistics.Open(ActivityTestData.KratDurres, ActivityTestData.Durres, new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(2023, 1, 1))));
        Assert.Equal("period", error.ParamName);
        Assert.Equal("The date 1900-01-01 is not plausible: dates from 1990-01-01 to 2100-12-31 are accepted.", error.Text.English);
    }

    [Fact]
    public void Open_MakesAnId_WhenNoneIsGiven_AndKeepsTheOneGiven()
    {
        var year = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
        var made = VictimStatistics.Open(ActivityTestData.KratDurres, ActivityTestData.Durres, year);
        Assert.NotEqual(Guid.Empty, made.Id.Value);
        Assert.NotEqual(made.Id, VictimStatistics.Open(ActivityTestData.KratDurres, ActivityTestData.Durres, year).Id);
        Assert.Equal(Id, Open().Id);
        Assert.Equal(year, made.Period);
        Assert.Null(made.Municipality);
    }

    [Fact]
    public void Record_KeepsOneCellPerCombination_ReplacingTheCount()
    {
        var table = Open();
        table.Record(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 4);
        table.Record(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 6);
        table.Record(Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 2);
        Assert.Equal(2, table.Counts.Count);
        Assert.Equal(6, table.CountOf(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging));
        Assert.Equal(0, table.CountOf(Sex.Male, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Sexual));
        Assert.Equal(8, table.Total);
    }

    [Fact]
    public void Record_Rejects_ANegativeCount_AndChangesNothing()
    {
        var table = Open();
        table.Record(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 4);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Record(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Record((Sex)9, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 1));
        Assert.Equal(4, table.Total);
        Assert.Single(table.Counts);
    }

    [Fact]
    public void NoStatisticsType_HoldsPersonalData()
    {
        var forbidden = new[] { "Name", "Birth", "Citizenship", "Address", "PersonalNumber", "CaseNote" };
        var properties = typeof(VictimStatistics).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(VictimStatistics).Namespace)
            .SelectMany(t => t.GetProperties())
            .Select(p => p.Name);
        Assert.DoesNotContain(properties, p => forbidden.Any(f => p.Contains(f, StringComparison.Ordinal)));
    }
}
