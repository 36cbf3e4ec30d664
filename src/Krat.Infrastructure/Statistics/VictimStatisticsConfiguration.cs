using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Statistics;

/// <summary>
/// Maps <see cref="VictimStatistics"/> to <c>VictimStatistics</c>; its cells are rows of <c>VictimCounts</c>,
/// keyed by the table's id and the four dimensions (sex, age group, status, form of exploitation), loaded with
/// the table. <see cref="VictimStatistics.Total"/> is computed and has no column.
/// </summary>
internal sealed class VictimStatisticsConfiguration : IEntityTypeConfiguration<VictimStatistics>
{
    public void Configure(EntityTypeBuilder<VictimStatistics> builder)
    {
        builder.ToTable("VictimStatistics");
        builder.HasKey(s => s.Id);
        builder.Ignore(s => s.Total);
        builder.Property(s => s.County).IsRequired();
        builder.Property(s => s.Municipality).HasMaxLength(Municipality.MaxNameLength);
        builder.Property(s => s.Source).HasMaxLength(VictimStatistics.MaxSourceLength);
        builder.HasOne<Committee>().WithMany().HasForeignKey(s => s.CommitteeId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(s => s.Counts).WithOne().HasForeignKey(VictimCountConfiguration.TableId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Counts).HasField("_counts").AutoInclude();

        // VictimStatisticsOfCountySpec: WHERE County = @c [AND PeriodEnd >= @from AND PeriodStart <= @to] ORDER BY PeriodStart DESC, Id.
        builder.HasIndex(s => new { s.County, s.PeriodStart, s.PeriodEnd });
        builder.HasIndex(s => s.CommitteeId);
    }
}

/// <summary>Maps <see cref="VictimCount"/> to <c>VictimCounts</c>, one row per non-empty cell.</summary>
internal sealed class VictimCountConfiguration : IEntityTypeConfiguration<VictimCount>
{
    internal const string TableId = "VictimStatisticsId";

    public void Configure(EntityTypeBuilder<VictimCount> builder)
    {
        builder.ToTable("VictimCounts", t => t.HasCheckConstraint("CK_VictimCounts_Count", "Count >= 0"));
        builder.Property<VictimStatisticsId>(TableId);
        builder.HasKey(TableId, nameof(VictimCount.Sex), nameof(VictimCount.AgeGroup), nameof(VictimCount.Status), nameof(VictimCount.Form));
    }
}
