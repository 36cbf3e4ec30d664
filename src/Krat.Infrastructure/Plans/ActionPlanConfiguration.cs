using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Plans;

/// <summary>
/// Maps <see cref="ActionPlan"/> to <c>ActionPlans</c>. Objectives (<c>PlanObjectives</c>), measures
/// (<c>PlanMeasures</c>) and their indicators (<c>PlanIndicators</c>) are parts in their own tables, loaded
/// with the plan. The approving decision, when set, must exist in a meeting.
/// </summary>
internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.ToTable("ActionPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(ActionPlan.MaxTitleLength).IsRequired();
        builder.Property(p => p.NationalPlan).HasMaxLength(ActionPlan.MaxNationalPlanLength);
        builder.Property(p => p.Status).IsRequired();

        // The period is one DateInterval in the domain, kept in the Start and End columns.
        builder.Ignore(p => p.Period);
        builder.Property(p => p.Start).HasColumnName("Start");
        builder.Property(p => p.End).HasColumnName("End");
        builder.HasOne<Committee>().WithMany().HasForeignKey(p => p.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Decision>().WithMany().HasForeignKey(p => p.ApprovedBy).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Objectives).WithOne().HasForeignKey("ActionPlanId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Objectives).HasField("_objectives").AutoInclude();
        builder.HasMany(p => p.Measures).WithOne().HasForeignKey("ActionPlanId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Measures).HasField("_measures").AutoInclude();

        // The plans of a committee, latest first (plan pages; PlanProgress loads the committee's plan).
        builder.HasIndex(p => new { p.CommitteeId, p.Start });
    }
}

/// <summary>Maps <see cref="Objective"/> to <c>PlanObjectives</c>.</summary>
internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> builder)
    {
        builder.ToTable("PlanObjectives");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Pillar).IsRequired();
        builder.Property(o => o.Code).HasMaxLength(Objective.MaxCodeLength).IsRequired();
        builder.Property(o => o.Title).HasMaxLength(Objective.MaxTitleLength).IsRequired();
    }
}

/// <summary>
/// Maps <see cref="Measure"/> to <c>PlanMeasures</c>; supporting organisations are a JSON array
/// (<c>SupportingOrganisationIds</c>), the lead organisation must exist. Activities refer to a measure by id.
/// </summary>
internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.ToTable("PlanMeasures");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Code).HasMaxLength(Measure.MaxCodeLength).IsRequired();
        builder.Property(m => m.Title).HasMaxLength(Measure.MaxTitleLength).IsRequired();
        builder.PrimitiveCollection(m => m.SupportingOrganisationIds).HasField("_supportingOrganisationIds").IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.LeadOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(m => m.Period);
        builder.Property(m => m.Start).HasColumnName("Start");
        builder.Property(m => m.End).HasColumnName("End");

        builder.HasMany(m => m.Indicators).WithOne().HasForeignKey("MeasureId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Indicators).HasField("_indicators").AutoInclude();

        // Measures of an objective (plan pages group measures by objective).
        builder.HasIndex(m => m.ObjectiveId);
    }
}

/// <summary>
/// Maps <see cref="Indicator"/> to <c>PlanIndicators</c>; its targets and actuals are JSON arrays
/// (<c>Targets</c>, <c>Actuals</c>) of <see cref="IndicatorValue"/>.
/// </summary>
internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("PlanIndicators");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(Indicator.MaxDescriptionLength).IsRequired();
        builder.Property(i => i.Unit).HasMaxLength(Indicator.MaxUnitLength);
        builder.OwnsMany(i => i.Targets, Values("Targets"));
        builder.Navigation(i => i.Targets).HasField("_targets");
        builder.OwnsMany(i => i.Actuals, Values("Actuals"));
        builder.Navigation(i => i.Actuals).HasField("_actuals");
    }

    private static Action<OwnedNavigationBuilder<Indicator, IndicatorValue>> Values(string column) => values =>
    {
        values.ToJson(column);
        values.Ignore(v => v.Period);
        values.Property(v => v.PeriodStart).IsRequired();
        values.Property(v => v.PeriodEnd).IsRequired();
        values.Property(v => v.Text).HasMaxLength(IndicatorValue.MaxTextLength);
    };
}
