using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.Conventions;
using Krat.Infrastructure.Searching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Committees;

/// <summary>
/// Maps <see cref="Committee"/> to <c>Committees</c>. Seats (<c>Seats</c>), their posts (<c>SeatPosts</c>) and
/// representatives (<c>SeatRepresentatives</c>) are parts in their own tables, loaded with the committee. The folded
/// name is stored twice (<c>SearchText</c>, <c>SortKey</c>; see <see cref="StoredKeys"/>).
/// <see cref="Committee.CommitteeId"/> is the identity itself and has no column.
/// </summary>
internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> builder)
    {
        builder.ToTable("Committees");
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.CommitteeId);
        builder.Property(c => c.County).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(Committee.MaxNameLength).IsRequired();
        builder.Property(c => c.LegalBasis).HasMaxLength(Committee.MaxLegalBasisLength);
        builder.Property<string>(StoredKeys.SearchText).HasMaxLength(Committee.MaxNameLength).IsRequired();
        builder.Property<string>(StoredKeys.SortKey).HasMaxLength(Committee.MaxNameLength).IsRequired();

        builder.HasMany(c => c.Seats).WithOne().HasForeignKey(s => s.CommitteeId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Seats).HasField("_seats").AutoInclude();

        // CommitteeOfCountySpec: WHERE County = @county ORDER BY Id. Unique: each county has one KRAT.
        builder.HasIndex(c => c.County).IsUnique();

        // Lists of committees ordered by their folded name.
        builder.HasIndex(StoredKeys.SortKey);
    }
}

/// <summary>
/// Maps <see cref="Seat"/> to <c>Seats</c>; the organisation holding the seat must exist. A service provider's seat
/// names the provider in <c>ServiceProviderId</c> (indexed, without a foreign key: the provider refers to the
/// committee, so the committee is saved first) and carries its services as a JSON array in <c>Services</c>.
/// </summary>
internal sealed class SeatConfiguration : IEntityTypeConfiguration<Seat>
{
    public void Configure(EntityTypeBuilder<Seat> builder)
    {
        builder.ToTable("Seats");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Body).IsRequired();
        builder.Property(s => s.Role).IsRequired();
        builder.Property(s => s.GrantOrder).IsRequired();
        builder.HasTerm(s => s.Term);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.ServiceProviderId);
        builder.PrimitiveCollection(s => s.Services).HasField("_services").IsRequired();
        builder.HasIndex(s => s.ServiceProviderId);

        builder.HasMany(s => s.Posts).WithOne().HasForeignKey("SeatId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Posts).HasField("_posts").AutoInclude();
        builder.HasMany(s => s.Representatives).WithOne().HasForeignKey("SeatId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Representatives).HasField("_representatives").AutoInclude();

        // SeatsOnDateSpec: the seats of one committee and body (then filtered by term, ordered by Role, GrantOrder, Id).
        builder.HasIndex(s => new { s.CommitteeId, s.Body, s.Role });

        // Seats held by an organisation (foreign key).
        builder.HasIndex(s => s.OrganisationId);
    }
}

/// <summary>Maps <see cref="PostAssignment"/> to <c>SeatPosts</c>.</summary>
internal sealed class PostAssignmentConfiguration : IEntityTypeConfiguration<PostAssignment>
{
    public void Configure(EntityTypeBuilder<PostAssignment> builder)
    {
        builder.ToTable("SeatPosts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Post).IsRequired();
        builder.HasTerm(p => p.Term);
    }
}

/// <summary>Maps <see cref="SeatRepresentative"/> to <c>SeatRepresentatives</c>; the person must exist.</summary>
internal sealed class SeatRepresentativeConfiguration : IEntityTypeConfiguration<SeatRepresentative>
{
    public void Configure(EntityTypeBuilder<SeatRepresentative> builder)
    {
        builder.ToTable("SeatRepresentatives");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Capacity).IsRequired();
        builder.HasTerm(r => r.Term);

        // The seats a person fills (foreign key).
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PersonId);
    }
}
