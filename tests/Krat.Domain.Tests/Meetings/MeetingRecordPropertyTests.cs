using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Meetings;

/// <summary>
/// Random sequences of record / correct / approve / review steps on one meeting, with a clock that only moves
/// forward: a refused step changes nothing, approved minutes never change again (nor the reviews recorded at the
/// meeting), and a held meeting never starts after "now".
/// </summary>
public sealed class MeetingRecordPropertyTests
{
    /// <summary>Kind picks the verb; A and B pick its arguments; Minutes moves the clock forward first.</summary>
    public sealed record RecordStep(int Kind, int A, int B, int Minutes);

    public static class Steps
    {
        public static Arbitrary<RecordStep[]> Sequences() =>
            (from kind in Gen.Elements([0, 0, 0, 1, 1, 1, 17, 17, .. Enumerable.Range(0, 21)])
             from a in Gen.Choose(0, 50)
             from b in Gen.Choose(0, 50)
             from minutes in Gen.Elements(0, 0, 5, 30, 90, 600, 3000)
             select new RecordStep(kind, a, b, minutes)).ArrayOf().ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Steps)], MaxTest = 300)]
    public void ApprovedMinutesNeverChange_AndAHeldMeetingNeverStartsInTheFuture(RecordStep[] steps)
    {
        var body = new MeetingTestBody();
        var origin = body.Held(new LocalDate(2024, 6, 1));
        var promise = origin.RecordCommitment("Raport", body.Seats[1].OrganisationId);
        origin.ApproveMinutes(origin.Date, body.Titulars[0]);
        var meeting = body.Planned();
        var now = meeting.StartsAt - Duration.FromMinutes(30);
        string? frozen = null;
        string? frozenReviews = null;

        foreach (var step in steps)
        {
            now += Duration.FromMinutes(step.Minutes);
            var before = Fingerprint.Of(meeting) + Fingerprint.Of(origin);
            try
            {
                Apply(step, meeting, origin, promise.Id, body, now);
            }
            catch (Exception refused) when (refused is DomainException or ArgumentException)
            {
                Assert.Equal(before, Fingerprint.Of(meeting) + Fingerprint.Of(origin));
            }

            if (meeting.State == MeetingState.Held)
            {
                Assert.True(meeting.StartsAt <= now, $"Held meeting starts at {meeting.StartsAt}, after now {now}.");
            }

            if (meeting.Minutes == MinutesStatus.Approved)
            {
                frozen ??= Fingerprint.Of(meeting);
                frozenReviews ??= ReviewsAt(origin, meeting);
                Assert.Equal(frozen, Fingerprint.Of(meeting));
                Assert.Equal(frozenReviews, ReviewsAt(origin, meeting));
            }
        }
    }

    private static string ReviewsAt(Meeting origin, Meeting at) =>
        string.Join('\n', origin.Commitments.SelectMany(c => c.Reviews).Where(r => r.MeetingId == at.Id).Select(r => $"{r.Id}|{r.Status}|{r.Note}|{r.Date}"));

    private static void Apply(RecordStep step, Meeting meeting, Meeting origin, CommitmentId promise, MeetingTestBody body, Instant now)
    {
        var seat = step.A % body.Seats.Count;
        var day = meeting.Date;
        T Pick<T>(IReadOnlyList<T> items) => items.Count == 0 ? throw new ArgumentException("Nothing to pick.") : items[step.B % items.Count];
        switch (step.Kind)
        {
            case 0:
                meeting.MarkHeld(now);
                break;
            case 1:
                meeting.RecordAttendance(body.Committee, [(step.B % 5) switch
                {
                    0 => SeatAttendance.Present(body.Seats[seat].Id, PresenceCapacity.Titular, body.Titulars[seat]),
                    1 => SeatAttendance.Present(body.Seats[seat].Id, PresenceCapacity.Deputy, body.Titulars[seat]),
                    2 => SeatAttendance.Present(body.Seats[seat].Id, PresenceCapacity.Substitute, body.Substitutes[seat].Id),
                    3 => SeatAttendance.Excused(body.Seats[seat].Id),
                    _ => SeatAttendance.Absent(body.Seats[seat].Id),
                }], body.Substitutes);
                break;
            case 2:
                meeting.RemoveAttendance(body.Seats[seat].Id);
                break;
            case 3:
                meeting.RecordGuest(null, $"Nxënës {step.A}", step.B);
                break;
            case 4:
                meeting.CorrectGuest(Pick(meeting.Guests).Id, null, step.A % 2 == 0 ? null : "Mësues", step.A);
                break;
            case 5:
                meeting.RemoveGuest(Pick(meeting.Guests).Id);
                break;
            case 6:
                meeting.RecordDecision(DecisionKind.Recommendation, $"Vendim {step.A}");
                break;
            case 7:
                meeting.CorrectDecision(Pick(meeting.Decisions).Id, DecisionKind.Other, $"Vendim i korrigjuar {step.A}");
                break;
            case 8:
                meeting.RemoveDecision(Pick(meeting.Decisions).Id);
                break;
            case 9:
                meeting.RecordCommitment($"Angazhim {step.A}", body.Seats[seat].OrganisationId, day.PlusDays(step.B - 10));
                break;
            case 10:
                meeting.CorrectCommitment(Pick(meeting.Commitments).Id, $"Angazhim i korrigjuar {step.A}", body.Seats[seat].OrganisationId, day.PlusDays(step.A - 10));
                break;
            case 11:
                meeting.RemoveCommitment(Pick(meeting.Commitments).Id);
                break;
            case 12:
                meeting.AddAgendaItem($"Pika {step.A}", parentId: step.B % 2 == 0 || meeting.Agenda.Count == 0 ? null : Pick(meeting.Agenda).Id);
                break;
            case 13:
                meeting.NestAgendaItem(Pick(meeting.Agenda).Id, step.A % 3 == 0 ? null : meeting.Agenda[step.A % meeting.Agenda.Count].Id);
                break;
            case 14:
                meeting.RemoveAgendaItem(Pick(meeting.Agenda).Id);
                break;
            case 15:
                var start = day.At(new LocalTime(8, 0)).PlusHours(step.B - 20);
                meeting.CorrectDetails(body.Committee, start, start.PlusHours(1), $"Salla {step.A}", null, now);
                break;
            case 16:
                meeting.ApproveMinutes(day.PlusDays((step.A % 3) - 1), body.Titulars[0]);
                break;
            case 17:
                origin.ReviewCommitment(promise, meeting, (CommitmentStatus)((step.B % 3) + 1), $"Shqyrtim {step.A}");
                break;
            case 18:
                origin.CorrectReview(promise, meeting, (CommitmentStatus)((step.B % 3) + 1), $"Korrigjim {step.A}");
                break;
            case 19:
                origin.WithdrawReview(promise, meeting);
                break;
            default:
                meeting.Reschedule(day.At(new LocalTime(10, 0)).PlusHours(step.A), day.At(new LocalTime(12, 0)).PlusHours(step.A), "Durrës", null);
                break;
        }
    }
}
