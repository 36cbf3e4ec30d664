using Krat.Documents.Attachments;
using Krat.Documents.Tests.TestSupport;
using Krat.Domain.Common;
using Krat.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Documents.Tests.Attachments;

public sealed class AttachmentServiceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "krat-attachments-" + Guid.NewGuid().ToString("N"));

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "attachments", name));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("signed-minutes.pdf", ContentSniffer.Pdf)]
    [InlineData("photo.png", ContentSniffer.Png)]
    public async Task Add_KeepsTheBytesUnderTheirSha256_AndTheRecordWithTheTypeFoundInTheContent(string file, string type)
    {
        using var db = DurresDb.Create();
        await using var context = db.Context(new TestUser("sekretari"));
        var service = new AttachmentService(context, new FileSystemAttachmentStore(_folder), db.Clock);
        var content = Fixture(file);

        var attachment = await service.AddAsync(db.Scenario.KratDurres.Id, AttachmentOwner.Meeting, db.Scenario.ClosingMeeting.Id.Value, AttachmentPurpose.SignedMinutes, file, content);

        Assert.Equal(type, attachment.ContentType);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), attachment.Sha256);
        await using var stream = (await service.OpenAsync(attachment))!;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
        Assert.Single(await service.ListAsync(AttachmentOwner.Meeting, db.Scenario.ClosingMeeting.Id.Value));
    }

    [Theory]
    [InlineData("fake.pdf", "attachment.type")]
    [InlineData("workbook-named.docx", "attachment.name-mismatch")]
    public async Task Add_RefusesAFileWhoseContentIsNotWhatItsNameSays_AndSavesNothing(string file, string reason)
    {
        using var db = DurresDb.Create();
        await using var context = db.Context();
        var service = new AttachmentService(context, new FileSystemAttachmentStore(_folder), db.Clock);

        var refused = await Assert.ThrowsAsync<FileRefusedException>(() =>
            service.AddAsync(db.Scenario.KratDurres.Id, AttachmentOwner.Meeting, db.Scenario.ClosingMeeting.Id.Value, AttachmentPurpose.SignedMinutes, file, Fixture(file)));

        Assert.Equal(reason, refused.Reason);
        Assert.Equal(0L, db.Count("Attachments"));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Add_RefusesAFileAboveTheLimit_AndARecordOfAnotherCommittee()
    {
        using var db = DurresDb.Create();
        await using var context = db.Context();
        var service = new AttachmentService(context, new FileSystemAttachmentStore(_folder), db.Clock) { MaxBytes = 100 };

        var large = await Assert.ThrowsAsync<FileRefusedException>(() =>
            service.AddAsync(db.Scenario.KratDurres.Id, AttachmentOwner.Meeting, db.Scenario.ClosingMeeting.Id.Value, AttachmentPurpose.Photo, "photo.png", new byte[101]));
        var missing = await Assert.ThrowsAsync<FileRefusedException>(() =>
            new AttachmentService(context, new FileSystemAttachmentStore(_folder), db.Clock).AddAsync(db.Scenario.KratDurres.Id, AttachmentOwner.Activity, Guid.CreateVersion7(), AttachmentPurpose.Photo, "photo.png", Fixture("photo.png")));

        Assert.Equal("attachment.too-large", large.Reason);
        Assert.Equal("attachment.owner", missing.Reason);
        Assert.Equal(0L, db.Count("Attachments"));
    }

    [Fact]
    public async Task Remove_IsASoftDeleteWithWhenAndWho_AndCannotBeRepeated()
    {
        using var db = DurresDb.Create();
        await using var context = db.Context(new TestUser("sekretari"));
        var service = new AttachmentService(context, new FileSystemAttachmentStore(_folder), db.Clock);
        var attachment = await service.AddAsync(db.Scenario.KratDurres.Id, AttachmentOwner.Meeting, db.Scenario.ClosingMeeting.Id.Value, AttachmentPurpose.SignedMinutes, "signed-minutes.pdf", Fixture("signed-minutes.pdf"));
        db.Clock.Advance(Duration.FromHours(2));

        await service.RemoveAsync(attachment.Id, "sekretari");

        Assert.Empty(await service.ListAsync(AttachmentOwner.Meeting, db.Scenario.ClosingMeeting.Id.Value));
        Assert.Null(await service.FindAsync(attachment.Id));
        await using var check = db.Context();
        var stored = await check.Set<Attachment>().SingleAsync();
        Assert.Equal((db.Clock.GetCurrentInstant(), "sekretari"), (stored.RemovedAt!.Value, stored.RemovedBy!));
        Assert.Equal(db.Clock.GetCurrentInstant(), await check.Set<Attachment>().Select(a => EF.Property<Instant>(a, "ModifiedAt")).SingleAsync());
        var again = await Assert.ThrowsAsync<DomainException>(() => service.RemoveAsync(attachment.Id, "sekretari"));
        Assert.Equal(Attachment.AlreadyRemovedRule, again.Rule);
    }

    [Theory]
    [InlineData("signed-minutes.pdf", ContentSniffer.Pdf)]
    [InlineData("photo.png", ContentSniffer.Png)]
    [InlineData("workbook-named.docx", ContentSniffer.Xlsx)]
    [InlineData("fake.pdf", null)]
    public void ContentSniffer_TellsTheTypeByContent(string file, string? expected) =>
        Assert.Equal(expected, ContentSniffer.Detect(Fixture(file)));

    [Fact]
    public void ContentSniffer_TellsGeneratedMinutesAsWord_AndAMacroWorkbookAsNothing()
    {
        var scenario = Demo.Durres.DurresScenario.Build();
        var minutes = Krat.Documents.Minutes.MinutesDocument.Write(scenario.ClosingMeeting, scenario.KratDurres, new Krat.Domain.Organisations.Specifications.OrganisationNamesSpec().Evaluate(scenario.Organisations).ToDictionary(o => o.Id), new Krat.Domain.People.Specifications.PersonNamesSpec().Evaluate(scenario.People).ToDictionary(p => p.Id));

        Assert.Equal(ContentSniffer.Docx, ContentSniffer.Detect(minutes));
        Assert.Null(ContentSniffer.Detect(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hostile", "macro-enabled.xlsx"))));
    }
}
