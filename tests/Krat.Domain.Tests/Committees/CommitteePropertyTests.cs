using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Committees;

/// <summary>
/// Random sequences of seat, post and representative operations, valid and invalid, applied to one committee.
/// After every step the committee's invariants hold, and a step that throws leaves the committee unchanged.
/// </summary>
public sealed class CommitteePropertyTests
{
    private static readonly LocalDate Origin = new(2024, 1, 1);
    private const int Horizon = 80;

    public enum OpKind
    {
        Grant,
        EndSeat,
        AssignPost,
        HandOver,
        EndPost,
        Appoint,
        EndRepresentation,
        Constitute,
    }

    /// <summary>One operation: indices pick organisations, seats, people and posts; days are offsets from 2024-01-01.</summary>
    public sealed record Op(OpKind Kind, int A, int B, int C, int Day, int? Length);

    public static class Operations
    {
        public static Arbitrary<Op[]> Sequences()
        {
            var kinds = Gen.Elements(
                OpKind.Grant, OpKind.Grant, OpKind.Grant, OpKind.EndSeat, OpKind.AssignPost, OpKind.AssignPost, OpKind.AssignPost,
                OpKind.HandOver, OpKind.EndPost, OpKind.Appoint, OpKind.Appoint, OpKind.EndRepresentation, OpKind.Constitute, OpKind.Constitute);
            var length = Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-3, 40).Select(n => (int?)n));
            var op =
                from kind in kinds
                from a in Gen.Choose(0, 5)
                from b in Gen.Choose(0, 3)
                from c in Gen.Choose(0, 2)
                from day in Gen.Choose(0, 50)
                from len in length
                select new Op(kind, a, b, c, day, len);
            return op.ArrayOf().ToArbitrary();
        }
    }

    [Property(Arbitrary = [typeof(Operations)], MaxTest = 300)]
    public void RandomOperations_KeepEveryInvariant_AndFailedOperationsChangeNothing(Op[] operations) =>
        Run(constituted: false, operations);

    [Property(Arbitrary = [typeof(Operations)], MaxTest = 300)]
    public void RandomOperations_OnAConstitutedCommittee_KeepExactlyOneChairEveryDay(Op[] operations) =>
        Run(constituted: true, operations);

    private static void Run(bool constituted, Op[] operations)
    {
        var organisations = Enumerable.Range(0, 3).Select(_ => OrganisationId.New()).ToArray();
        // People who represent the organisations over different spans, so that appointments outside them are refused.
        var people = new[] { Person.Register("Ana", "Kola"), Person.Register("Besnik", "Leka"), Person.Register("Drita", "Muça") };
        foreach (var organisation in organisations)
        {
            people[0].Represent(organisation, Term.From(Origin.PlusDays(-10)));
        }

        people[1].Represent(organisations[0], Term.Between(Origin, Origin.PlusDays(30)));
        people[1].Represent(organisations[1], Term.Between(Origin.PlusDays(10), Origin.PlusDays(45)));
        people[2].Represent(organisations[2], Term.From(Origin.PlusDays(20)));
        var committee = Committee.Establish(CountyCode.From("AL-05"), "KRAT Gjirokastër");
        if (constituted)
        {
            var chair = committee.GrantSeat(organisations[0], CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Origin));
            committee.AssignPost(chair.Id, Post.Chair, Term.From(Origin));
            committee.Constitute(Origin);
        }

        CheckInvariants(committee, people);
        foreach (var op in operations)
        {
            var before = Fingerprint.Of(committee);
            try
            {
                Apply(committee, op, organisations, people);
            }
            catch (DomainException)
            {
                Assert.Equal(before, Fingerprint.Of(committee));
            }
            catch (ArgumentException)
            {
                Assert.Equal(before, Fingerprint.Of(committee));
            }

            CheckInvariants(committee, people);
        }
    }

    private static void Apply(Committee committee, Op op, OrganisationId[] organisations, Person[] people)
    {
        var day = Origin.PlusDays(op.Day);
        LocalDate? until = op.Length is { } n ? day.PlusDays(n) : null;
        var seats = committee.Seats;
        var seat = seats.Count == 0 ? SeatId.New() : seats[op.A % seats.Count].Id;
        var body = op.C % 2 == 0 ? CommitteeBody.Committee : CommitteeBody.TechnicalTable;
        var post = (Post)(op.B % 3 + 1);
        switch (op.Kind)
        {
            case OpKind.Grant:
                committee.GrantSeat(organisations[op.A % organisations.Length], body, (SeatRole)(op.B % 3 + 1), op.B % 2 == 0, Term.Between(day, until));
                break;
            case OpKind.EndSeat:
                committee.EndSeat(seat, day);
                break;
            case OpKind.AssignPost:
                committee.AssignPost(seat, post, Term.Between(day, until));
                break;
            case OpKind.HandOver:
                committee.HandOverPost(committee.FindSeat(seat)?.Body ?? body, post, seat, day);
                break;
            case OpKind.EndPost:
                committee.EndPost(seat, post, day);
                break;
            case OpKind.Appoint:
                committee.AppointRepresentative(seat, people[op.B % people.Length], (RepresentationCapacity)(op.C % 2 + 1), Term.Between(day, until));
                break;
            case OpKind.EndRepresentation:
                committee.EndRepresentation(seat, people[op.B % people.Length].Id, day);
                break;
            case OpKind.Constitute:
                committee.Constitute(day);
                break;
            default:
                throw new InvalidOperationException(op.Kind.ToString());
        }
    }

    private static bool Covers(Term term, LocalDate date) => term.Start <= date && (term.End is not { } end || date <= end);

    private static bool Within(Term inner, Term outer) =>
        inner.Start >= outer.Start && (outer.End is not { } outerEnd || (inner.End is { } innerEnd && innerEnd <= outerEnd));

    private static void CheckInvariants(Committee committee, Person[] people)
    {
        var seats = committee.Seats;
        foreach (var seat in seats)
        {
            Assert.True(seat.Posts.Count == 0 || (seat.Role == SeatRole.Standing && seat.Votes), $"a post held through a {seat.Role} seat (votes: {seat.Votes})");
            Assert.All(seat.Representatives, r => Assert.True(
                people.Single(p => p.Id == r.PersonId).RepresentsThroughout(seat.OrganisationId, r.Term),
                $"a representative {r.Term} who does not represent the seat's organisation throughout"));
            Assert.True(seat.Term.End is not { } end || end >= seat.Term.Start, "a seat runs backwards");
            Assert.All(seat.Posts, p => Assert.True(p.Term.End is not { } e || e >= p.Term.Start, "a post runs backwards"));
            Assert.All(seat.Representatives, r => Assert.True(r.Term.End is not { } e || e >= r.Term.Start, "a representative runs backwards"));
            Assert.All(seat.Posts, p => Assert.True(Within(p.Term, seat.Term), $"post {p.Term} outside seat {seat.Term}"));
            Assert.All(seat.Representatives, r => Assert.True(Within(r.Term, seat.Term), $"representative {r.Term} outside seat {seat.Term}"));
        }

        for (var offset = -5; offset <= Horizon; offset++)
        {
            var date = Origin.PlusDays(offset);
            foreach (var group in seats.Where(s => Covers(s.Term, date)).GroupBy(s => (s.OrganisationId, s.Body)))
            {
                Assert.True(group.Count() == 1, $"{group.Count()} seats of one organisation on one body on {date}");
            }

            foreach (var body in new[] { CommitteeBody.Committee, CommitteeBody.TechnicalTable })
            {
                var chairs = seats.Where(s => s.Body == body).SelectMany(s => s.Posts).Count(p => p.Post == Post.Chair && Covers(p.Term, date));
                var secretaries = seats.Where(s => s.Body == body).SelectMany(s => s.Posts).Count(p => p.Post == Post.Secretary && Covers(p.Term, date));
                Assert.True(chairs <= 1, $"{chairs} chairs of the {body} on {date}");
                Assert.True(secretaries <= 1, $"{secretaries} secretaries of the {body} on {date}");
                if (body == CommitteeBody.Committee && committee.ConstitutedOn is { } on && date >= on)
                {
                    Assert.True(chairs == 1, $"no chair on {date} although constituted on {on}");
                }
            }

            foreach (var seat in seats)
            {
                var titulars = seat.Representatives.Count(r => r.Capacity == RepresentationCapacity.Titular && Covers(r.Term, date));
                Assert.True(titulars <= 1, $"{titulars} titulars of one seat on {date}");
            }
        }
    }
}
