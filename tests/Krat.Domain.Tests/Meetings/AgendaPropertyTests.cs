using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using NodaTime;

namespace Krat.Domain.Tests.Meetings;

/// <summary>Random agenda edits keep every sibling group numbered 1…n and leave no orphan sub-item.</summary>
public sealed class AgendaPropertyTests
{
    /// <summary>Kind 0 adds (under the item picked by Target, or at the top), 1 moves it to Position, 2 removes it.</summary>
    public sealed record Edit(int Kind, int Target, int Position, bool TopLevel);

    public static class Edits
    {
        public static Arbitrary<Edit[]> Sequences() =>
            (from kind in Gen.Elements(0, 0, 0, 1, 2)
             from target in Gen.Choose(0, 20)
             from position in Gen.Choose(1, 6)
             from top in Gen.Elements(true, false)
             select new Edit(kind, target, position, top)).ArrayOf().ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Edits)], MaxTest = 200)]
    public void RandomEdits_KeepPositionsContiguous_AndNoOrphans(Edit[] edits)
    {
        var day = new LocalDate(2024, 5, 1);
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = CommitteeId.New(), Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(10, 0)), End = day.At(new LocalTime(11, 0)), Place = "Prefektura" });
        var counter = 0;
        foreach (var edit in edits)
        {
            var items = meeting.Agenda;
            var target = items.Count == 0 ? null : items[edit.Target % items.Count];
            try
            {
                switch (edit.Kind)
                {
                    case 0:
                        meeting.AddAgendaItem($"Pika {++counter}", parentId: edit.TopLevel ? null : target?.Id);
                        break;
                    case 1 when target is not null:
                        meeting.MoveAgendaItem(target.Id, edit.Position);
                        break;
                    case 2 when target is not null:
                        meeting.RemoveAgendaItem(target.Id);
                        break;
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                // A position beyond the siblings: refused, nothing changed (checked below like every step).
            }

            var ids = meeting.Agenda.Select(i => i.Id).ToHashSet();
            Assert.All(meeting.Agenda, i => Assert.True(i.ParentId is null || ids.Contains(i.ParentId.Value), "orphan sub-item"));
            foreach (var group in meeting.Agenda.GroupBy(i => i.ParentId))
            {
                Assert.Equal(Enumerable.Range(1, group.Count()), group.Select(i => i.Position).Order());
            }

            Assert.Equal(meeting.Agenda.Count, meeting.AgendaInOrder().Count);
        }
    }
}
