using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Reports;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Tests.TestSupport;
using NodaTime;

namespace Krat.Infrastructure.Tests.Reports;

/// <summary>
/// Random commitments with random review histories, saved to SQLite: on any day, the national roll-up's open and
/// overdue commitments equal the commitments tracker's, and both equal the reviews replayed by hand.
/// </summary>
public sealed class RollupCommitmentsPropertyTests
{
    private static readonly LocalDate FirstMeeting = new(2023, 1, 10);
    private static readonly OrganisationId Owner = new(Guid.Parse("00000000-0000-7000-8000-0000000c0001"));

    /// <summary>
    /// One commitment: the meeting it is made at, its due day (days after that meeting; negative means none), the
    /// later meetings that review it (as steps forward) and the status the last review leaves (0 open, 1 done,
    /// 2 dropped; the reviews before it leave it open). A review may share its day with the one before (two meetings that day).
    /// </summary>
    public sealed record Promise(int MadeAt, int DueAfter, int[] Steps, int Closing);

    /// <summary>Held meetings (2 to 7, 12 days apart, two meetings on day 3 of the sequence), the promises, and the day asked about.</summary>
    public sealed record History(int Meetings, Promise[] Promises, int AsOfOffset);

    public static class Histories
    {
        public static Arbitrary<History> All() =>
            (from meetings in Gen.Choose(2, 7)
             from promises in (from madeAt in Gen.Choose(0, meetings - 2)
                               from due in Gen.Choose(-20, 60)
                               from steps in Gen.Choose(1, 2).ArrayOf()
                               from closing in Gen.Elements(0, 0, 1, 2)
                               select new Promise(madeAt, due, steps, closing)).ArrayOf()
             from asOf in Gen.Choose(-5, (meetings * 12) + 70)
             select new History(meetings, promises, asOf)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Histories)], MaxTest = 40)]
    public void RollupCommitments_OnAnyDay_EqualTheTrackers_AndTheReplayedReviews(History history)
    {
        using var database = TestDatabase.Migrated();
        var committee = Committee.Establish(CountyCode.From("AL-09"), $"Komiteti {Guid.NewGuid():N}");
        var days = Enumerable.Range(0, history.Meetings).Select(i => FirstMeeting.PlusDays(12 * (i < 3 ? i : i - 1))).ToList();
        var meetings = days.Select((day, i) =>
        {
            var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(9 + i, 0)), End = day.At(new LocalTime(9 + i, 30)), Place = "Prefektura" });
            meeting.MarkHeld(meeting.EndsAt);
            return meeting;
        }).ToList();
        var expected = new List<(LocalDate Made, LocalDate? Due, List<(LocalDate Day, CommitmentStatus Status)> Reviews)>();
        foreach (var promise in history.Promises)
        {
            var made = meetings[promise.MadeAt];
            LocalDate? due = promise.DueAfter < 0 ? null : made.Date.PlusDays(promise.DueAfter);
            var commitment = made.RecordCommitment($"Angazhimi {expected.Count + 1}", Owner, due);
            var reviews = new List<(LocalDate, CommitmentStatus)>();
            var at = promise.MadeAt;
            var last = promise.Steps.Select(step => at += step).TakeWhile(i => i < meetings.Count).ToList();
            for (var r = 0; r < last.Count; r++)
            {
                var status = r == last.Count - 1 ? (CommitmentStatus)(promise.Closing + 1) : CommitmentStatus.Open;
                made.ReviewCommitment(commitment.Id, meetings[last[r]], status);
                reviews.Add((meetings[last[r]].Date, status));
            }

            expected.Add((made.Date, due, reviews));
        }

        using (var context = database.KratContext())
        {
            context.Add(Organisation.Register("Prefektura e Qarkut Shkodër", OrganisationKind.Prefecture, OrganisationLevel.Regional, committee.County, id: Owner));
            context.Add(committee);
            context.AddRange(meetings);
            context.SaveChanges();
        }

        var asOf = FirstMeeting.PlusDays(history.AsOfOffset);
        var (open, overdue) = Replayed(expected, asOf);
        var tracker = Run(database, r => r.CommitmentsAsync(committee.Id, asOf));
        var rollup = Run(database, r => r.NationalAsync(new DateInterval(FirstMeeting, asOf < FirstMeeting ? FirstMeeting : asOf), asOf, ReportAudience.Committee, [committee.Id]));
        var line = rollup.Counties.Single(c => c.County == committee.County);

        Assert.Equal((open, overdue), (tracker.Open, tracker.Overdue));
        Assert.Equal((open, overdue), (line.CommitmentsOpen, line.CommitmentsOverdue));
    }

    // The reviews replayed by hand: a commitment made by the day is open unless a review on or before the day closed it.
    private static (int Open, int Overdue) Replayed(List<(LocalDate Made, LocalDate? Due, List<(LocalDate Day, CommitmentStatus Status)> Reviews)> promises, LocalDate asOf)
    {
        var open = promises
            .Where(p => p.Made <= asOf)
            .Where(p => !p.Reviews.Any(r => r.Day <= asOf && r.Status != CommitmentStatus.Open))
            .ToList();
        return (open.Count, open.Count(p => p.Due < asOf));
    }

    private static T Run<T>(TestDatabase database, Func<IReportService, Task<T>> report)
    {
        using var context = database.KratContext();
        return report(new ReportService(context)).GetAwaiter().GetResult();
    }
}
