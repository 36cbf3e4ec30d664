using Krat.Domain.Committees;
using Krat.Domain.Initiatives;
using Krat.Infrastructure.Searching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Initiatives;

/// <summary>
/// Maps <see cref="Initiative"/> to <c>Initiatives</c>. The <see cref="Endorsement"/> is owned in the columns
/// <c>EndorsementOn</c>, <c>EndorsementOrganisationId</c>, <c>EndorsementPersonId</c>, <c>EndorsementMeetingId</c>,
/// <c>EndorsementDecisionId</c> (all null until endorsed). Proposers, supporters and beneficiaries are JSON arrays;
/// the folded text a search reads is stored in <c>SearchText</c> (<see cref="StoredKeys"/>).
/// </summary>
internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ToTable("Initiatives");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).HasMaxLength(Initiative.MaxTitleLength).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(Initiative.MaxDescriptionLength);
        builder.Property(i => i.ProposingGroup).HasMaxLength(Initiative.MaxProposingGroupLength);
        builder.Property(i => i.Status).IsRequired();
        builder.Property<string>(StoredKeys.SearchText)
            .HasMaxLength(Initiative.MaxTitleLength + Initiative.MaxDescriptionLength + Initiative.MaxProposingGroupLength + 2)
            .IsRequired();
        builder.PrimitiveCollection(i => i.ProposerIds).HasField("_proposerIds").IsRequired();
        builder.PrimitiveCollection(i => i.ProposerPersonIds).HasField("_proposerPersonIds").IsRequired();
        builder.PrimitiveCollection(i => i.SupporterIds).HasField("_supporterIds").IsRequired();
        builder.PrimitiveCollection(i => i.Beneficiaries).HasField("_beneficiaries").IsRequired();
        builder.OwnsOne(i => i.Endorsement, endorsement =>
        {
            endorsement.Property(e => e.On).HasColumnName("EndorsementOn");
            endorsement.Property(e => e.OrganisationId).HasColumnName("EndorsementOrganisationId");
            endorsement.Property(e => e.PersonId).HasColumnName("EndorsementPersonId");
            endorsement.Property(e => e.MeetingId).HasColumnName("EndorsementMeetingId");
            endorsement.Property(e => e.DecisionId).HasColumnName("EndorsementDecisionId");
        });
        builder.Navigation(i => i.Endorsement).IsRequired(false);
        builder.HasOne<Committee>().WithMany().HasForeignKey(i => i.CommitteeId).OnDelete(DeleteBehavior.Restrict);

        // InitiativesOfCommitteeSpec: WHERE CommitteeId = @c [AND Status = @s] ORDER BY Status, Id.
        builder.HasIndex(i => new { i.CommitteeId, i.Status });
    }
}
