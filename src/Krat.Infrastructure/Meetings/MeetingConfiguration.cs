using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.Searching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Meetings;

/// <summary>
/// Maps <see cref="Meeting"/> to <c>Meetings</c>. The chair (<see cref="PersonForOrganisation"/>) is owned in
/// two columns <c>ChairPersonId</c>, <c>ChairOrganisationId</c> (both null when no chair is set). Agenda items,
/// attendance, guests, decisions and commitments (with their reviews) are parts in their own tables, loaded
/// with the meeting. <see cref="Meeting.Start"/> and <see cref="Meeting.End"/> are computed from the stored
/// instants and have no column; <see cref="Meeting.Date"/> (the local day in Europe/Tirane) is stored, and so is the folded
/// text a search reads (<c>SearchText</c>, <see cref="StoredKeys"/>).
/// </summary>
internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.HasKey(m => m.Id);
        builder.Ignore(m => m.Start);
        builder.Ignore(m => m.End);
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.Kind).IsRequired();
        builder.Property(m => m.State).IsRequired();
        builder.Property(m => m.Minutes).IsRequired();
        builder.Property(m => m.Place).HasMaxLength(Meeting.MaxPlaceLength).IsRequired();
        builder.Property(m => m.Title).HasMaxLength(Meeting.MaxTitleLength);
        builder.Property(m => m.CancellationReason).HasMaxLength(Meeting.MaxReasonLength);
        builder.Property<string>(StoredKeys.SearchText).HasMaxLength(Meeting.MaxTitleLength + Meeting.MaxPlaceLength + 1).IsRequired();
        builder.OwnsOne(m => m.Chair, chair =>
        {
            chair.Property(c => c.PersonId).HasColumnName("ChairPersonId");
            chair.Property(c => c.OrganisationId).HasColumnName("ChairOrganisationId");
        });
        builder.Navigation(m => m.Chair).IsRequired(false);

        builder.HasOne<Committee>().WithMany().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.MinutesApprovedBy).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(m => m.Agenda).WithOne().HasForeignKey("MeetingId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Agenda).HasField("_agenda").AutoInclude();
        builder.HasMany(m => m.Attendance).WithOne().HasForeignKey("MeetingId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attendance).HasField("_attendance").AutoInclude();
        builder.HasMany(m => m.Guests).WithOne().HasForeignKey("MeetingId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Guests).HasField("_guests").AutoInclude();
        builder.HasMany(m => m.Decisions).WithOne().HasForeignKey("MeetingId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Decisions).HasField("_decisions").AutoInclude();
        builder.HasMany(m => m.Commitments).WithOne().HasForeignKey("MeetingId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Commitments).HasField("_commitments").AutoInclude();

        // CommitteeMeetingsInPeriodSpec and OpenCommitmentsByOwnerSpec: WHERE CommitteeId = @c AND Date in range,
        // ORDER BY StartsAt, Id (Date follows StartsAt, so the range is a slice of this index).
        builder.HasIndex(m => new { m.CommitteeId, m.StartsAt, m.Date });

        // AttendanceHistorySpec: WHERE State = Held ORDER BY StartsAt, Id.
        builder.HasIndex(m => new { m.State, m.StartsAt });

        // Meeting search: instr(SearchText, …) scans this narrow index instead of the table.
        builder.HasIndex(StoredKeys.SearchText);
    }
}

/// <summary>
/// Maps <see cref="AgendaItem"/> to <c>MeetingAgendaItems</c>; the presenter is owned in two columns
/// (<c>PresenterPersonId</c>, <c>PresenterOrganisationId</c>). <see cref="AgendaItem.ParentId"/> has no
/// foreign key: sub-items are removed with their parent by the meeting itself.
/// </summary>
internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("MeetingAgendaItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).HasMaxLength(AgendaItem.MaxTitleLength).IsRequired();
        builder.Property(i => i.Notes).HasMaxLength(AgendaItem.MaxNotesLength);
        builder.OwnsOne(i => i.Presenter, presenter =>
        {
            presenter.Property(p => p.PersonId).HasColumnName("PresenterPersonId");
            presenter.Property(p => p.OrganisationId).HasColumnName("PresenterOrganisationId");
        });
        builder.Navigation(i => i.Presenter).IsRequired(false);
    }
}

/// <summary>Maps <see cref="Attendance"/> to <c>MeetingAttendance</c>; seat, organisation and person must exist.</summary>
internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("MeetingAttendance");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Status).IsRequired();
        builder.HasOne<Seat>().WithMany().HasForeignKey(a => a.SeatId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);

        // AttendanceHistorySpec: EXISTS (… WHERE MeetingId = m.Id AND OrganisationId = @o), and the history of one organisation.
        builder.HasIndex(a => new { a.OrganisationId, a.Status });
        builder.HasIndex(a => a.SeatId);
    }
}

/// <summary>Maps <see cref="Guest"/> to <c>MeetingGuests</c>.</summary>
internal sealed class GuestConfiguration : IEntityTypeConfiguration<Guest>
{
    public void Configure(EntityTypeBuilder<Guest> builder)
    {
        builder.ToTable("MeetingGuests");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Description).HasMaxLength(Guest.MaxDescriptionLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Maps <see cref="Decision"/> to <c>MeetingDecisions</c>; other aggregates refer to a decision by its id.</summary>
internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("MeetingDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).IsRequired();
        builder.Property(d => d.Text).HasMaxLength(Decision.MaxTextLength).IsRequired();
    }
}

/// <summary>Maps <see cref="Commitment"/> to <c>MeetingCommitments</c>; its reviews are in <c>CommitmentReviews</c>.</summary>
internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("MeetingCommitments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.What).HasMaxLength(Commitment.MaxWhatLength).IsRequired();
        builder.Property(c => c.Status).IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(c => c.Reviews).WithOne().HasForeignKey("CommitmentId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Reviews).HasField("_reviews").AutoInclude();

        // OpenCommitmentsByOwnerSpec: commitments of an owner (or any) that are open and (optionally) overdue.
        builder.HasIndex(c => new { c.OwnerId, c.Status, c.Due });

        // OpenCommitmentsByOwnerSpec without owner: meetings JOIN commitments ON MeetingId = m.Id AND Status = Open.
        builder.Property<MeetingId>("MeetingId");
        builder.HasIndex("MeetingId", nameof(Commitment.Status));
    }
}

/// <summary>Maps <see cref="CommitmentReview"/> to <c>CommitmentReviews</c>; the reviewing meeting must exist.</summary>
internal sealed class CommitmentReviewConfiguration : IEntityTypeConfiguration<CommitmentReview>
{
    public void Configure(EntityTypeBuilder<CommitmentReview> builder)
    {
        builder.ToTable("CommitmentReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Note).HasMaxLength(CommitmentReview.MaxNoteLength);
        builder.Property(r => r.Status).IsRequired();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}
