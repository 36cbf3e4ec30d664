using Krat.Domain.Common;
using Krat.Domain.Statistics;
using Krat.Domain.Tests.Activities;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Statistics;

// Draft → published → corrected: who and when, frozen versions, and nothing changed by a refused verb.
public sealed class VictimStatisticsLifecycleTests
{
    private static readonly VictimStatisticsId Id = new(Guid.Parse("00000000-0000-7000-8000-0000000bc001"));
    private static readonly Instant January = Instant.FromUtc(2024, 1, 15, 9, 0);
    private static readonly Instant March = Instant.FromUtc(2024, 3, 2, 14, 30);

    private static VictimStatistics Draft()
    {
        var table = VictimStatistics.Open(ActivityTestData.KratDurres, ActivityTestData.Durres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), source: "Raport vjetor i Autoritetit Përgjegjës, 2023", id: Id);
        table.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 9);
        table.Record(Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 3);
        return table;
    }

    private static VictimStatistics Published()
    {
        var table = Draft();
        table.Publish("sekretari", January);
        return table;
    }

    private static string Fingerprint(VictimStatistics table) =>
        $"{table.Status}|{table.PeriodStart}|{table.PeriodEnd}|{table.Source}|"
        + string.Join(",", table.Counts.Select(c => $"{c.Sex}{c.AgeGroup}{c.Status}{c.Form}={c.Count}"))
        + "|" + string.Join(";", table.Versions.Select(v => $"{v.Number}:{v.PublishedBy}@{v.PublishedAt}:{v.Reason}:{v.PeriodStart}-{v.PeriodEnd}:{string.Join(",", v.Cells.Select(c => c.Count))}"));

    private static readonly CellCount[] Corrected =
    [
        new(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 11),
        new(Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 3),
    ];

    [Fact]
    public void Open_StartsAsADraft_WithoutVersions()
    {
        var table = Draft();
        Assert.Equal(StatisticsStatus.Draft, table.Status);
        Assert.False(table.IsPublished);
        Assert.Empty(table.Versions);
        Assert.Null(table.CurrentVersion);
    }

    [Fact]
    public void Publish_FreezesVersionOne_WithWhoAndWhen()
    {
        var table = Draft();
        table.Publish("  sekretari ", January);

        Assert.True(table.IsPublished);
        var version = Assert.Single(table.Versions);
        Assert.Same(version, table.CurrentVersion);
        Assert.Equal((1, "sekretari", January, (string?)null), (version.Number, version.PublishedBy, version.PublishedAt, version.Reason));
        Assert.Equal((table.PeriodStart, table.PeriodEnd, table.Source), (version.PeriodStart, version.PeriodEnd, version.Source));
        Assert.Equal(12, version.Total);
        Assert.Equal(table.Total, version.Total);
        Assert.False(version.IsCorrection);
    }

    [Fact]
    public void Publish_Rejects_ASecondPublication_AndChangesNothing()
    {
        var table = Published();
        var error = Rule.Broken("statistics.already-published", () => Fingerprint(table), () => table.Publish("admin", March), "already published", "version 1");
        Assert.Contains("janë publikuar tashmë", error.Text.Albanian, StringComparison.Ordinal);
        Assert.Contains("qarkut Durrës", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_Requires_WhoPublishes()
    {
        var table = Draft();
        var before = Fingerprint(table);
        Assert.Throws<DomainArgumentException>(() => table.Publish(" ", January));
        Assert.Equal(before, Fingerprint(table));
    }

    [Fact]
    public void Record_Rejects_AChangeAfterPublication_AndChangesNothing()
    {
        var table = Published();
        var error = Rule.Broken(
            "statistics.published-is-final",
            () => Fingerprint(table),
            () => table.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 10),
            "do not change in place",
            "correction");
        Assert.Contains("nuk ndryshojnë në vend", error.Text.Albanian, StringComparison.Ordinal);
        Assert.Contains("01.01.2023–31.12.2023", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void Correct_PublishesTheNextVersion_AndKeepsTheEarlierOneAsItWas()
    {
        var table = Published();
        table.Correct(Corrected, "Autoriteti Përgjegjës rishikoi dy raste", "admin", March);

        Assert.Equal(11, table.CountOf(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual));
        Assert.Equal(14, table.Total);
        Assert.Equal([1, 2], table.Versions.Select(v => v.Number));
        var (first, second) = (table.Versions[0], table.Versions[1]);
        Assert.Equal((12, "sekretari", January, (string?)null), (first.Total, first.PublishedBy, first.PublishedAt, first.Reason));
        Assert.Equal(9, first.Cells.Single(c => c.Form == ExploitationForm.Sexual).Count);
        Assert.Equal((14, "admin", March, "Autoriteti Përgjegjës rishikoi dy raste"), (second.Total, second.PublishedBy, second.PublishedAt, second.Reason));
        Assert.Same(second, table.CurrentVersion);
        Assert.True(second.IsCorrection);
    }

    [Fact]
    public void Correct_SetsToZero_ACellNoLongerGiven()
    {
        var table = Published();
        table.Correct([Corrected[0]], "Rasti i lypjes u transferua në Tiranë", "admin", March);
        Assert.Equal(0, table.CountOf(Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging));
        Assert.Equal(11, table.Total);
        Assert.Single(table.CurrentVersion!.Cells);
    }

    [Fact]
    public void Correct_Rejects_ADraft_AndChangesNothing()
    {
        var table = Draft();
        var error = Rule.Broken("statistics.not-published", () => Fingerprint(table), () => table.Correct(Corrected, "Arsye", "admin", March), "still a draft");
        Assert.Contains("ende projekt", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void Correct_Rejects_ACorrectionThatChangesNothing()
    {
        var table = Published();
        CellCount[] same =
        [
            new(Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 3),
            new(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 9),
            new(Sex.Male, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Labour, 0),
        ];
        var error = Rule.Broken("statistics.correction-changes-nothing", () => Fingerprint(table), () => table.Correct(same, "Asgjë", "admin", March), "changes nothing", "version 1");
        Assert.Contains("nuk ndryshon asgjë", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Correct_Requires_AReason(string? reason)
    {
        var table = Published();
        var before = Fingerprint(table);
        Assert.Throws<DomainArgumentException>(() => table.Correct(Corrected, reason!, "admin", March));
        Assert.Equal(before, Fingerprint(table));
    }

    [Fact]
    public void Correct_Rejects_ACombinationGivenTwice()
    {
        var table = Published();
        var before = Fingerprint(table);
        Assert.Throws<ArgumentException>(() => table.Correct([Corrected[0], Corrected[0] with { }], "Arsye", "admin", March));
        Assert.Equal(before, Fingerprint(table));
    }

    [Fact]
    public void ChangeSource_IsAllowedAfterPublication_AndTheVersionKeepsItsSource()
    {
        var table = Published();
        table.ChangeSource("Raport vjetor i Autoritetit Përgjegjës, 2023 (i rishikuar)");
        Assert.Equal("Raport vjetor i Autoritetit Përgjegjës, 2023 (i rishikuar)", table.Source);
        Assert.Equal("Raport vjetor i Autoritetit Përgjegjës, 2023", table.CurrentVersion!.Source);
    }

    [Fact]
    public void ChangeSource_Rejects_DataAboutAPerson_AndChangesNothing()
    {
        var table = Published();
        var error = Rule.Broken(StatisticsSource.PersonalDataRule, () => Fingerprint(table), () => table.ChangeSource("Vajza 16 vjeçe nga Shijaku"), "an age", "16 vjeçe");
        Assert.Contains("një moshë", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void CellCount_Rejects_OutOfRangeCounts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CellCount(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CellCount(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, VictimStatistics.MaxCount + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CellCount((Sex)7, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 1));
    }
}
