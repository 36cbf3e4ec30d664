using Krat.Domain.Committees;
using Krat.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Documents;

/// <summary>Maps <see cref="ImportRecord"/> to <c>ImportRecords</c>, the audit of imports from spreadsheets.</summary>
internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.ToTable("ImportRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.FileName).HasMaxLength(ImportRecord.MaxFileNameLength).IsRequired();
        builder.Property(r => r.Sha256).HasMaxLength(Attachment.Sha256Length).IsFixedLength().IsRequired();
        builder.HasOne<Committee>().WithMany().HasForeignKey(r => r.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CommitteeId, r.ImportedAt });
    }
}
