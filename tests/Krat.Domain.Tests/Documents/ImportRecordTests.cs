using Krat.Domain.Documents;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Documents;

public sealed class ImportRecordTests
{
    private static readonly ImportRecordId Id = new(Guid.Parse("00000000-0000-7000-8000-0000000ee001"));

    private static readonly ImportSummary Summary = new()
    {
        CommitteeId = KratDurres,
        Kind = ImportKind.Activities,
        FileName = @"C:\Shkarkime\veprimtari.xlsx",
        Sha256 = new string('A', 64),
        At = Instant.FromUtc(2023, 11, 2, 9, 30),
        RowsRead = 12,
        RowsSaved = 9,
        RowsWithErrors = 2,
        DuplicatesFlagged = 1,
    };

    [Fact]
    public void Record_KeepsTheSummary_AndMakesAnId_WhenNoneIsGiven()
    {
        var record = ImportRecord.Record(Summary);

        Assert.NotEqual(Guid.Empty, record.Id.Value);
        Assert.NotEqual(record.Id, ImportRecord.Record(Summary).Id);
        Assert.Equal(
            (KratDurres, ImportKind.Activities, "veprimtari.xlsx", new string('a', 64), Summary.At, 12, 9, 2, 1),
            (record.CommitteeId, record.Kind, record.FileName, record.Sha256, record.ImportedAt, record.RowsRead, record.RowsSaved, record.RowsWithErrors, record.DuplicatesFlagged));
    }

    [Fact]
    public void Record_KeepsTheIdGiven_AndCountsDefaultToNone()
    {
        var record = ImportRecord.Record(Summary with { Id = Id, RowsWithErrors = default, DuplicatesFlagged = default });

        Assert.Equal(Id, record.Id);
        Assert.Equal((0, 0), (record.RowsWithErrors, record.DuplicatesFlagged));
    }

    [Fact]
    public void Record_Refuses_MoreRowsSavedAndRefusedThanRead_ANegativeCount_AndABadHash()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportRecord.Record(Summary with { RowsRead = 10 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportRecord.Record(Summary with { DuplicatesFlagged = -1 }));
        Assert.Throws<ArgumentException>(() => ImportRecord.Record(Summary with { Sha256 = "abc" }));
        Assert.Throws<ArgumentNullException>(() => ImportRecord.Record(null!));
    }
}
