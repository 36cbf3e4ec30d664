using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Statistics;

/// <summary>
/// Maps <see cref="VictimStatistics"/> to <c>VictimStatistics</c>; its cells are rows of <c>VictimCounts</c>,
/// keyed by the table's id and the four dimensions (sex, age group, status, form of exploitation), loaded with
/// the table; its published versions are rows of <c>VictimStatisticsVersions</c> (key: the table's id and the
/// version number), each with its frozen cells as a JSON array, loaded with the table too (the aggregate numbers a
/// correction from them). <see cref="VictimStatistics.Total"/> and the derived properties have no column.
/// </summary>
/// <remarks>
/// No two records of a county may cover the same place on the same day (<see cref="VictimStatisticsRegistry"/>).
/// The database backs the rule for writers that bypass the domain: a unique index on (County, Municipality,
/// PeriodStart), and the triggers <see cref="NoOverlapTrigger"/> (insert) and <see cref="NoOverlapOnUpdateTrigger"/>
/// (update of the area or period), created by the migration <c>StatisticsLifecycle</c>, which refuse an overlapping
/// row (SQLite cannot express an exclusion constraint on ranges). A refusal surfaces as
/// <see cref="Errors.ConstraintViolationException"/> naming the trigger.
/// </remarks>
internal sealed class VictimStatisticsConfiguration : IEntityTypeConfiguration<VictimStatistics>
{
    internal const string NoOverlapTrigger = "TR_VictimStatistics_NoOverlap";

    internal const string NoOverlapOnUpdateTrigger = "TR_VictimStatistics_NoOverlapOnUpdate";

    public void Configure(EntityTypeBuilder<VictimStatistics> builder)
    {
        // Declaring the triggers tells EF Core not to rely on RETURNING for this table.
        builder.ToTable("VictimStatistics", t =>
        {
            t.HasTrigger(NoOverlapTrigger);
            t.HasTrigger(NoOverlapOnUpdateTrigger);
        });
        builder.HasKey(s => s.Id);
        builder.Ignore(s => s.Total);
        builder.Ignore(s => s.IsPublished);
        builder.Ignore(s => s.CurrentVersion);

        // The period is one DateInterval in the domain, kept in the PeriodStart and PeriodEnd columns.
        builder.Ignore(s => s.Period);
        builder.Property(s => s.PeriodStart).HasColumnName("PeriodStart");
        builder.Property(s => s.PeriodEnd).HasColumnName("PeriodEnd");
        builder.Property(s => s.Status).IsRequired().HasDefaultValue(StatisticsStatus.Draft).HasSentinel(default(StatisticsStatus));
        builder.Property(s => s.County).IsRequired();
        builder.Ignore(s => s.Municipality);
        builder.Property(s => s.MunicipalityName).HasColumnName("Municipality").HasMaxLength(Municipality.MaxNameLength);
        builder.Property(s => s.Source).HasMaxLength(VictimStatistics.MaxSourceLength);
        builder.HasOne<Committee>().WithMany().HasForeignKey(s => s.CommitteeId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(s => s.Counts).WithOne().HasForeignKey(VictimCountConfiguration.TableId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Counts).HasField("_counts").AutoInclude();
        builder.HasMany(s => s.Versions).WithOne().HasForeignKey(StatisticsVersionConfiguration.TableId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Versions).HasField("_versions").AutoInclude();

        // The backstop of the no-overlap rule that an index can express: one record per place and first day.
        builder.HasIndex(s => new { s.County, s.MunicipalityName, s.PeriodStart }).IsUnique();

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

/// <summary>
/// Maps <see cref="StatisticsVersion"/> to <c>VictimStatisticsVersions</c>, one row per published version, keyed by
/// the table's id and the version number; its cells are a JSON array (<c>Cells</c>) of <see cref="CellCount"/>.
/// </summary>
internal sealed class StatisticsVersionConfiguration : IEntityTypeConfiguration<StatisticsVersion>
{
    internal const string TableId = "VictimStatisticsId";

    public void Configure(EntityTypeBuilder<StatisticsVersion> builder)
    {
        builder.ToTable("VictimStatisticsVersions", t => t.HasCheckConstraint("CK_VictimStatisticsVersions_Number", "Number >= 1"));
        builder.Property<VictimStatisticsId>(TableId);
        builder.HasKey(TableId, nameof(StatisticsVersion.Number));
        builder.Property(v => v.Number).ValueGeneratedNever();
        builder.Ignore(v => v.Total);
        builder.Ignore(v => v.IsCorrection);
        builder.Ignore(v => v.Period);
        builder.Property(v => v.PeriodStart).HasColumnName("PeriodStart");
        builder.Property(v => v.PeriodEnd).HasColumnName("PeriodEnd");
        builder.Property(v => v.Source).HasMaxLength(VictimStatistics.MaxSourceLength);
        builder.Property(v => v.PublishedBy).HasMaxLength(VictimStatistics.MaxUserNameLength).IsRequired();
        builder.Property(v => v.Reason).HasMaxLength(VictimStatistics.MaxReasonLength);
        builder.OwnsMany(v => v.Cells, cells => cells.ToJson("Cells"));
        builder.Navigation(v => v.Cells).HasField("_cells");
    }
}
