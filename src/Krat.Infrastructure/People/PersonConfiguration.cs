using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.Conventions;
using Krat.Infrastructure.Searching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.People;

/// <summary>
/// Maps <see cref="Person"/> to <c>People</c>; work contacts (<c>PersonWorkContacts</c>) and representations
/// (<c>PersonRepresentations</c>) are parts in their own tables, loaded with the person. The folded texts a search
/// and an order read are stored in <c>SearchText</c> and <c>SortKey</c> (<see cref="StoredKeys"/>).
/// </summary>
internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.GivenName).HasMaxLength(Person.MaxNamePartLength);
        builder.Property(p => p.FamilyName).HasMaxLength(Person.MaxNamePartLength);
        builder.Property(p => p.FullName).HasMaxLength(Person.MaxFullNameLength).IsRequired();
        builder.Property(p => p.Honorific).HasMaxLength(Person.MaxHonorificLength);
        builder.Property(p => p.PositionTitle).HasMaxLength(Person.MaxPositionTitleLength);
        builder.Property(p => p.EnglishPositionTitle).HasMaxLength(Person.MaxPositionTitleLength);
        builder.Property<string>(StoredKeys.SearchText).HasMaxLength(Person.MaxFullNameLength + (2 * Person.MaxPositionTitleLength) + 2).IsRequired();
        builder.Property<string>(StoredKeys.SortKey).HasMaxLength(Person.MaxFullNameLength + 1).IsRequired();

        builder.HasMany(p => p.WorkContacts).WithOne().HasForeignKey("PersonId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.WorkContacts).HasField("_workContacts").AutoInclude();
        builder.HasMany(p => p.Representations).WithOne().HasForeignKey("PersonId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Representations).HasField("_representations").AutoInclude();

        // PeopleMatchingSpec: ORDER BY SortKey, Id.
        builder.HasIndex(StoredKeys.SortKey, nameof(Person.Id));

        // PeopleMatchingSpec (text): instr(SearchText, …) scans this narrow index instead of the table.
        builder.HasIndex(StoredKeys.SearchText);
    }
}

/// <summary>Maps <see cref="WorkContact"/> to <c>PersonWorkContacts</c>.</summary>
internal sealed class WorkContactConfiguration : IEntityTypeConfiguration<WorkContact>
{
    public void Configure(EntityTypeBuilder<WorkContact> builder)
    {
        builder.ToTable("PersonWorkContacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).IsRequired();
        builder.Property(c => c.Value).HasMaxLength(WorkContact.MaxValueLength).IsRequired();
        builder.HasTerm(c => c.Validity);
    }
}

/// <summary>Maps <see cref="Representation"/> to <c>PersonRepresentations</c>; the organisation must exist.</summary>
internal sealed class RepresentationConfiguration : IEntityTypeConfiguration<Representation>
{
    public void Configure(EntityTypeBuilder<Representation> builder)
    {
        builder.ToTable("PersonRepresentations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.PositionTitle).HasMaxLength(Person.MaxPositionTitleLength);
        builder.HasTerm(r => r.Term);

        // PeopleMatchingSpec (organisation): EXISTS (… WHERE PersonId = p.Id AND OrganisationId = @o); also the foreign key.
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.OrganisationId);
    }
}
