using Krat.Domain.Organisations;
using Krat.Infrastructure.Searching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Organisations;

/// <summary>
/// Maps <see cref="Organisation"/> to the table <c>Organisations</c>. External identifiers are a JSON array in
/// the column <c>Identifiers</c> (an owned collection mapped to JSON: no table of their own, loaded with the
/// organisation, queryable with <c>o.Identifiers.Any(...)</c>). The folded
/// texts a search and an order read are stored in <c>SearchText</c> and <c>SortKey</c> (<see cref="StoredKeys"/>) and indexed.
/// </summary>
internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(Organisation.MaxNameLength).IsRequired();
        builder.Property(o => o.EnglishName).HasMaxLength(Organisation.MaxNameLength);
        builder.Property(o => o.Acronym).HasMaxLength(Organisation.MaxAcronymLength);
        builder.Property(o => o.Kind).IsRequired();
        builder.Property(o => o.Level).IsRequired();
        builder.Property(o => o.County);
        builder.Property<string>(StoredKeys.SearchText).HasMaxLength((2 * Organisation.MaxNameLength) + Organisation.MaxAcronymLength + 2).IsRequired();
        builder.Property<string>(StoredKeys.SortKey).HasMaxLength(Organisation.MaxNameLength).IsRequired();
        builder.OwnsMany(o => o.Identifiers, identifiers =>
        {
            identifiers.ToJson("Identifiers");
            identifiers.Property(i => i.Scheme).HasMaxLength(ExternalIdentifier.MaxSchemeLength).IsRequired();
            identifiers.Property(i => i.Value).HasMaxLength(ExternalIdentifier.MaxValueLength).IsRequired();
        });
        builder.Navigation(o => o.Identifiers).HasField("_identifiers");
        builder.HasIndex(StoredKeys.SortKey);
        builder.HasIndex(StoredKeys.SearchText);
        builder.HasIndex(o => o.County);
    }
}
