using Krat.Domain.Committees;
using Krat.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Documents;

/// <summary>Maps <see cref="Attachment"/> to <c>Attachments</c>; the bytes live in the host's attachment store, under the SHA-256.</summary>
internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.HasKey(a => a.Id);
        builder.Ignore(a => a.IsRemoved);
        builder.Property(a => a.FileName).HasMaxLength(Attachment.MaxFileNameLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(Attachment.MaxContentTypeLength).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(Attachment.Sha256Length).IsFixedLength().IsRequired();
        builder.Property(a => a.RemovedBy).HasMaxLength(Attachment.MaxRemovedByLength);
        builder.HasOne<Committee>().WithMany().HasForeignKey(a => a.CommitteeId).OnDelete(DeleteBehavior.Restrict);

        // The attachments of one record, shown or not: WHERE Owner = @o AND OwnerId = @id.
        builder.HasIndex(a => new { a.Owner, a.OwnerId });
    }
}
