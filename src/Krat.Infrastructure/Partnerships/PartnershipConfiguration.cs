using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Infrastructure.Conventions;
using Krat.Infrastructure.Searching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Partnerships;

/// <summary>
/// Maps <see cref="Partnership"/> to <c>Partnerships</c>. Participants (organisation and role) are a JSON array
/// (<c>Participants</c>); the distinct participant organisations (<c>ParticipantIds</c>, a <see cref="StoredKeys"/> key) and the service
/// providers the partnership established (<c>EstablishedProviderIds</c>) are JSON arrays of ids, searched in
/// SQL with <c>json_each</c>. The period is two columns <c>PeriodStart</c>, <c>PeriodEnd</c>.
/// </summary>
internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.ToTable("Partnerships");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(Partnership.MaxNameLength).IsRequired();
        builder.Property(p => p.Purpose).HasMaxLength(Partnership.MaxPurposeLength).IsRequired();
        builder.Property<string>(StoredKeys.SearchText).HasMaxLength(Partnership.MaxNameLength + Partnership.MaxPurposeLength + 1).IsRequired();
        builder.HasTerm(p => p.Period);
        builder.OwnsMany(p => p.Participants, participants =>
        {
            participants.ToJson("Participants");
            participants.Property(x => x.OrganisationId).IsRequired();
            participants.Property(x => x.Role).IsRequired();
        });
        builder.Navigation(p => p.Participants).HasField("_participants");
        builder.PrimitiveCollection<IReadOnlyList<OrganisationId>>(StoredKeys.ParticipantIds).IsRequired();
        builder.PrimitiveCollection(p => p.EstablishedProviderIds).HasField("_establishedProviderIds").IsRequired();

        // PartnershipsOfOrganisationSpec filters on the JSON array ParticipantIds and orders by PeriodStart, Id:
        // no index (EF Core cannot index a column of a complex type, and partnerships are few per organisation).
    }
}

/// <summary>
/// Maps <see cref="ServiceProvider"/> to <c>ServiceProviders</c>. Service types, municipalities (names) and
/// target groups are JSON arrays, searched in SQL with <c>json_each</c>; the folded name is stored twice
/// (<c>SearchText</c>, <c>SortKey</c>; see <see cref="StoredKeys"/>). The operator, the establishing
/// partnership and the Technical Table's committee must exist.
/// </summary>
internal sealed class ServiceProviderConfiguration : IEntityTypeConfiguration<ServiceProvider>
{
    public void Configure(EntityTypeBuilder<ServiceProvider> builder)
    {
        builder.ToTable("ServiceProviders");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(ServiceProvider.MaxNameLength).IsRequired();
        builder.Property<string>(StoredKeys.SearchText).HasMaxLength(ServiceProvider.MaxNameLength).IsRequired();
        builder.Property<string>(StoredKeys.SortKey).HasMaxLength(ServiceProvider.MaxNameLength).IsRequired();
        builder.PrimitiveCollection(s => s.ServiceTypes).HasField("_serviceTypes").IsRequired();
        builder.Ignore(s => s.Municipalities);
        builder.PrimitiveCollection(s => s.MunicipalityNames).HasField("_municipalities").HasColumnName("Municipalities").IsRequired();
        builder.PrimitiveCollection(s => s.TargetGroups).HasField("_targetGroups").IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OperatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(s => s.EstablishedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Committee>().WithMany().HasForeignKey(s => s.TechnicalTableCommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.TechnicalTableSeatId);
        // TechnicalTable and Active are terms computed from the provider's own columns (kept from 0.1).
        builder.Ignore(s => s.TechnicalTable);
        builder.Property(s => s.TechnicalTableFrom);
        builder.Property(s => s.TechnicalTableUntil);
        builder.Ignore(s => s.Active);
        builder.Property(s => s.ActiveFrom);
        builder.Property(s => s.ActiveUntil);
        builder.Ignore(s => s.SitsAtTechnicalTable);

        // ServiceProvidersOfOrganisationSpec: WHERE OperatorId = @o ORDER BY SortKey, Id.
        builder.HasIndex(nameof(ServiceProvider.OperatorId), StoredKeys.SortKey);

        // ServiceProvidersCoveringMunicipalitySpec: ORDER BY SortKey, Id (the municipality filter runs on the JSON array).
        builder.HasIndex(StoredKeys.SortKey, nameof(ServiceProvider.Id));

        // The providers at a committee's Technical Table (foreign key).
        builder.HasIndex(s => s.TechnicalTableCommitteeId);
        builder.HasIndex(s => s.EstablishedBy);
    }
}
