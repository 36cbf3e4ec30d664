using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using Krat.Infrastructure.Searching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Activities;

/// <summary>
/// Maps <see cref="Activity"/> to <c>Activities</c>. <see cref="Reach"/> is an optional complex property in five
/// columns (<c>ReachTotal</c>, <c>ReachWomen</c>, …; all null until the activity is completed): as plain columns of
/// the row, a <c>Sum</c> of reach in a <c>GROUP BY</c> is a plain <c>SUM</c>, where an owned type made EF Core emit
/// a correlated subquery per group (9 ms against 0.4 ms for one committee-month at 1 million activities; see
/// docs/performance.md). Municipalities (names),
/// partner organisations and target groups are JSON arrays, searched in SQL with <c>json_each</c>. The
/// committee, lead organisation, campaign and measure must exist. The folded text a search reads is stored in
/// <c>SearchText</c> (<see cref="StoredKeys"/>).
/// </summary>
internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    // Title, description, venue and municipality names, folded and joined by spaces.
    private const int SearchTextLength = Activity.MaxTitleLength + Activity.MaxDescriptionLength + Activity.MaxVenueLength + 1000;

    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("Activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.County).IsRequired();
        builder.Property(a => a.Kind).IsRequired();
        builder.Property(a => a.Status).IsRequired();
        builder.Property(a => a.Visibility).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(Activity.MaxTitleLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(Activity.MaxDescriptionLength);
        builder.Property(a => a.Venue).HasMaxLength(Activity.MaxVenueLength);
        builder.Property(a => a.StatusReason).HasMaxLength(Activity.MaxReasonLength);
        builder.Property<string>(StoredKeys.SearchText).IsRequired().HasMaxLength(SearchTextLength);
        // The planned and actual days are public as intervals (PlannedDays, ActualDays); their ends stay four columns.
        builder.Ignore(a => a.PlannedDays);
        builder.Ignore(a => a.ActualDays);
        builder.Property(a => a.PlannedStart).IsRequired();
        builder.Property(a => a.PlannedEnd);
        builder.Property(a => a.ActualStart);
        builder.Property(a => a.ActualEnd);
        builder.Ignore(a => a.Municipalities);
        builder.PrimitiveCollection(a => a.MunicipalityNames).HasField("_municipalities").HasColumnName("Municipalities").IsRequired();
        builder.PrimitiveCollection(a => a.PartnerOrganisationIds).HasField("_partnerIds").IsRequired();
        builder.PrimitiveCollection(a => a.TargetGroups).HasField("_targetGroups").IsRequired();
        builder.ComplexProperty(a => a.Reach, reach =>
        {
            reach.Property(r => r.Total).HasColumnName("ReachTotal");
            reach.Property(r => r.Women).HasColumnName("ReachWomen");
            reach.Property(r => r.Men).HasColumnName("ReachMen");
            reach.Property(r => r.Children).HasColumnName("ReachChildren");
            reach.Property(r => r.Adults).HasColumnName("ReachAdults");
        });

        builder.HasOne<Committee>().WithMany().HasForeignKey(a => a.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.LeadOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Measure>().WithMany().HasForeignKey(a => a.MeasureId).OnDelete(DeleteBehavior.Restrict);

        // ActivitiesFilterSpec / ActivitiesFilterCountSpec: WHERE CommitteeId = @c AND EffectiveDate in range
        // ORDER BY EffectiveDate DESC, Id (paged).
        builder.HasIndex(a => new { a.CommitteeId, a.EffectiveDate, a.Id });

        // ActivitiesFilterSpec / ActivitiesFilterCountSpec with a visibility (the public site always asks for Public):
        // WHERE CommitteeId = @c AND Visibility = @v [AND EffectiveDate in range]. Without it the count reads every
        // activity of the committee to check its visibility (10 ms at 100 000 activities, growing with the history);
        // with it the count is index-only (0.2 ms). See docs/performance.md.
        builder.HasIndex(a => new { a.CommitteeId, a.Visibility, a.EffectiveDate, a.Id });

        // ActivitiesFilterSpec without a committee (national lists): ORDER BY EffectiveDate DESC, Id.
        builder.HasIndex(a => new { a.EffectiveDate, a.Id });

        // MeasuresWithActivitiesSpec and OverdueMeasureActivitiesSpec: WHERE CommitteeId = @c AND MeasureId IS NOT NULL
        // AND Status … AND PlannedStart < @asOf; ActivitiesFilterSpec (measure); foreign key to PlanMeasures.
        builder.HasIndex(a => new { a.MeasureId, a.Status, a.PlannedStart });

        // ActivitiesFilterSpec (organisation): LeadOrganisationId = @o OR …; foreign key to Organisations.
        builder.HasIndex(a => a.LeadOrganisationId);

        // ActivitiesFilterSpec (campaign): CampaignId = @c; foreign key to Campaigns. The campaign report asks for
        // CampaignId = @c AND CommitteeId = @k (AND Visibility = 1 for the public): led by the campaign and holding
        // the other two, this index has more equal columns than (CommitteeId, Visibility, …), so SQLite without
        // ANALYZE statistics reads the campaign's activities, not the committee's public ones.
        builder.HasIndex(a => new { a.CampaignId, a.CommitteeId, a.Visibility });

        // ActivitiesFilterSpec (text): instr(SearchText, …) scans this narrow index instead of the table.
        builder.HasIndex(StoredKeys.SearchText);
    }
}
