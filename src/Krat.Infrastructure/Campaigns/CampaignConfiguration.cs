using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Infrastructure.Searching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Campaigns;

/// <summary>Maps <see cref="Campaign"/> to <c>Campaigns</c>; <see cref="Campaign.Period"/> is public, its ends are the columns
/// <c>Start</c> and <c>End</c>; the folded texts a search and an order read are stored in <c>SearchText</c> and
/// <c>SortKey</c> (<see cref="StoredKeys"/>).</summary>
internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("Campaigns");
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.Period);
        builder.Property(c => c.Start);
        builder.Property(c => c.End);
        builder.Property(c => c.Name).HasMaxLength(Campaign.MaxNameLength).IsRequired();
        builder.Property(c => c.Theme).HasMaxLength(Campaign.MaxThemeLength);
        builder.Property<string>(StoredKeys.SearchText).HasMaxLength(Campaign.MaxNameLength + Campaign.MaxThemeLength + 1).IsRequired();
        builder.Property<string>(StoredKeys.SortKey).HasMaxLength(Campaign.MaxNameLength).IsRequired();
        builder.HasOne<Committee>().WithMany().HasForeignKey(c => c.CommitteeId).OnDelete(DeleteBehavior.Restrict);

        // CampaignsOfCommitteeSpec: WHERE CommitteeId = @c [AND Start <= @d AND End >= @d] ORDER BY Start DESC, Id.
        builder.HasIndex(c => new { c.CommitteeId, c.Start, c.End });

        // CampaignsOfCommitteeSpec (text): instr(SearchText, …) scans this narrow index instead of the table.
        builder.HasIndex(StoredKeys.SearchText);
    }
}
