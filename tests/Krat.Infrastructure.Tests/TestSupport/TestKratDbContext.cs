using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Conventions;
using Krat.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.TestSupport;

/// <summary>Krat's context plus the test-only <see cref="Note"/> aggregate, added through <see cref="KratDbContext.ConfigureModel"/>.</summary>
public sealed class TestKratDbContext(DbContextOptions<TestKratDbContext> options, IClock clock, ICurrentUser currentUser, ICommitteeScope committeeScope)
    : KratDbContext(options, clock, currentUser, committeeScope)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("Notes", t => t.HasCheckConstraint("CK_Notes_Number", "Number > 0"));
            note.HasKey(n => n.Id);
            note.Property(n => n.Title).HasMaxLength(100).IsRequired();
            note.HasIndex(n => new { n.CommitteeId, n.Number }).IsUnique();
            note.HasOne<Domain.Organisations.Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            note.HasTerm(n => n.Term);
            note.HasMany(n => n.Lines).WithOne().HasForeignKey("NoteId").IsRequired().OnDelete(DeleteBehavior.Cascade);
            note.Navigation(n => n.Lines).HasField("_lines");
            note.PrimitiveCollection(n => n.Partners).HasField("_partners");
            note.PrimitiveCollection(n => n.Reminders).HasField("_reminders");
            note.PrimitiveCollection(n => n.Tags);
        });
        modelBuilder.Entity<NoteLine>(line =>
        {
            line.ToTable("NoteLines");
            line.HasKey(l => l.Id);
            line.Property(l => l.Text).IsRequired();
            line.HasMany(l => l.Marks).WithOne().HasForeignKey("NoteLineId").IsRequired().OnDelete(DeleteBehavior.Cascade);
            line.Navigation(l => l.Marks).HasField("_marks");
        });
        modelBuilder.Entity<NoteMark>(mark =>
        {
            mark.ToTable("NoteMarks");
            mark.HasKey(m => m.Id);
        });
    }
}
