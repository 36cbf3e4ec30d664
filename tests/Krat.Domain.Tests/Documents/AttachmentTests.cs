using Krat.Domain.Documents;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Documents;

public sealed class AttachmentTests
{
    private static readonly AttachmentId Id = new(Guid.Parse("00000000-0000-7000-8000-0000000ee101"));
    private static readonly Guid Meeting = Guid.Parse("00000000-0000-7000-8000-0000000ee102");

    private static readonly AttachedFile File = new()
    {
        CommitteeId = KratDurres,
        Owner = AttachmentOwner.Meeting,
        OwnerId = Meeting,
        Purpose = AttachmentPurpose.SignedMinutes,
        FileName = "dosje/procesverbali.pdf",
        ContentType = "application/pdf",
        Length = 2048,
        Sha256 = new string('F', 64),
        At = Instant.FromUtc(2023, 10, 31, 12, 0),
    };

    [Fact]
    public void Add_KeepsTheFile_AndMakesAnId_WhenNoneIsGiven()
    {
        var attachment = Attachment.Add(File);

        Assert.NotEqual(Guid.Empty, attachment.Id.Value);
        Assert.NotEqual(attachment.Id, Attachment.Add(File).Id);
        Assert.Equal(
            (KratDurres, AttachmentOwner.Meeting, Meeting, AttachmentPurpose.SignedMinutes, "procesverbali.pdf", "application/pdf", 2048L, new string('f', 64), File.At),
            (attachment.CommitteeId, attachment.Owner, attachment.OwnerId, attachment.Purpose, attachment.FileName, attachment.ContentType, attachment.Length, attachment.Sha256, attachment.AddedAt));
        Assert.Equal(Id, Attachment.Add(File with { Id = Id }).Id);
    }

    [Fact]
    public void Add_Refuses_NoRecord_AnEmptyFile_AndABadHash()
    {
        Assert.Throws<ArgumentException>(() => Attachment.Add(File with { OwnerId = Guid.Empty }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Attachment.Add(File with { Length = 0 }));
        Assert.Throws<ArgumentException>(() => Attachment.Add(File with { Sha256 = "xyz" }));
        Assert.Throws<ArgumentNullException>(() => Attachment.Add(null!));
    }
}
