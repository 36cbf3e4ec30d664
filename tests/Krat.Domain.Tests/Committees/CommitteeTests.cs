using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Committees;

public sealed class CommitteeTests
{
    private static readonly LocalDate Jan1 = new(2024, 1, 1);
    private readonly OrganisationId _prefecture = OrganisationId.New();
    private readonly OrganisationId _police = OrganisationId.New();
    private readonly Person _prefect;
    private readonly Person _other;

    public CommitteeTests()
    {
        _prefect = Representing("Emiljan", "Jani");
        _other = Representing("Arta", "Dedja");
    }

    private static Committee NewCommittee() => Committee.Establish(CountyCode.From("AL-02"), "Komiteti Rajonal Antitrafik Durrës", "Urdhri nr. 139, datë 19.06.2006");

    private (Committee Committee, Seat Chair, Seat Police) Constituted()
    {
        var committee = NewCommittee();
        var chair = committee.GrantSeat(_prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        committee.AssignPost(chair.Id, Post.Chair, Term.From(Jan1));
        var police = committee.GrantSeat(_police, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        committee.Constitute(Jan1);
        return (committee, chair, police);
    }

    private Person Representing(string given, string family)
    {
        var person = Person.Register(given, family);
        person.Represent(_prefecture, Term.From(new LocalDate(2020, 1, 1)));
        person.Represent(_police, Term.From(new LocalDate(2020, 1, 1)));
        return person;
    }

    [Fact]
    public void Establish_Keeps_CountyNameAndLegalBasis_AndFoldsTheName()
    {
        var committee = NewCommittee();

        Assert.Equal("AL-02", committee.County.Value);
        Assert.Equal("komiteti rajonal antitrafik durres", CommitteeKeys.Name(committee));
        Assert.Equal(committee.Id, committee.CommitteeId);
        Assert.Null(committee.ConstitutedOn);
    }

    [Fact]
    public void Establish_Rejects_LegalBasisLongerThanMaxLength()
    {
        Assert.Throws<DomainArgumentException>(() => Committee.Establish(CountyCode.From("AL-02"), "KRAT", new string('x', Committee.MaxLegalBasisLength + 1)));
    }

    [Fact]
    public void GrantSeat_Rejects_SecondSeatForSameOrganisation()
    {
        var (committee, _, _) = Constituted();

        Rule.Broken(
            "seat.one-per-organisation",
            () => Fingerprint.Of(committee),
            () => committee.GrantSeat(_police, CommitteeBody.Committee, SeatRole.Invited, false, Term.From(new LocalDate(2024, 5, 1))),
            "at most one seat per body",
            "2024-01-01…");
    }

    [Fact]
    public void GrantSeat_Allows_SameOrganisationOnTheOtherBody_AndAfterTheFirstSeatEnds()
    {
        var (committee, _, police) = Constituted();
        committee.GrantSeat(_police, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(Jan1));
        committee.EndSeat(police.Id, new LocalDate(2024, 3, 31));

        var later = committee.GrantSeat(_police, CommitteeBody.Committee, SeatRole.Observer, false, Term.From(new LocalDate(2024, 4, 1)));

        Assert.Equal(SeatRole.Observer, committee.SeatOf(_police, CommitteeBody.Committee, new LocalDate(2024, 4, 1))!.Role);
        Assert.Equal(police.Id, committee.SeatOf(_police, CommitteeBody.Committee, new LocalDate(2024, 3, 31))!.Id);
        Assert.NotEqual(police.Id, later.Id);
    }

    [Fact]
    public void Constitute_Rejects_CommitteeWithoutChair()
    {
        var committee = NewCommittee();
        committee.GrantSeat(_prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));

        Rule.Broken("committee.one-chair", () => Fingerprint.Of(committee), () => committee.Constitute(Jan1), "exactly one chair", "2024-01-01");
    }

    [Fact]
    public void Constitute_Rejects_ChairThatEndsLater()
    {
        var committee = NewCommittee();
        var seat = committee.GrantSeat(_prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        committee.AssignPost(seat.Id, Post.Chair, Term.Between(Jan1, new LocalDate(2024, 6, 30)));

        Rule.Broken("committee.one-chair", () => Fingerprint.Of(committee), () => committee.Constitute(Jan1), "none on 2024-07-01");
    }

    [Fact]
    public void Constitute_Rejects_SecondConstitution()
    {
        var (committee, _, _) = Constituted();

        Rule.Broken("committee.already-constituted", () => Fingerprint.Of(committee), () => committee.Constitute(new LocalDate(2025, 1, 1)), "already constituted on 2024-01-01");
    }

    [Fact]
    public void Constitute_Rejects_TechnicalTableChairAsTheCommitteeChair()
    {
        var committee = NewCommittee();
        var seat = committee.GrantSeat(_prefecture, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(Jan1));
        committee.AssignPost(seat.Id, Post.Chair, Term.From(Jan1));

        Rule.Broken("committee.one-chair", () => Fingerprint.Of(committee), () => committee.Constitute(Jan1));
    }

    [Fact]
    public void AssignPost_Rejects_SecondChairOnTheSameBody()
    {
        var (committee, _, police) = Constituted();

        Rule.Broken(
            "post.one-holder",
            () => Fingerprint.Of(committee),
            () => committee.AssignPost(police.Id, Post.Chair, Term.From(new LocalDate(2024, 2, 1))),
            "one Chair at a time");
    }

    [Fact]
    public void AssignPost_Rejects_SecondSecretaryEvenBeforeConstitution()
    {
        var committee = NewCommittee();
        var a = committee.GrantSeat(_prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        var b = committee.GrantSeat(_police, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        committee.AssignPost(a.Id, Post.Secretary, Term.Between(Jan1, new LocalDate(2024, 3, 1)));

        Rule.Broken("post.one-holder", () => Fingerprint.Of(committee), () => committee.AssignPost(b.Id, Post.Secretary, Term.From(new LocalDate(2024, 3, 1))), "one Secretary at a time");
    }

    [Fact]
    public void AssignPost_Allows_SeveralViceChairs_AndAChairPerBody()
    {
        var (committee, chair, police) = Constituted();
        committee.AssignPost(chair.Id, Post.ViceChair, Term.From(Jan1));
        committee.AssignPost(police.Id, Post.ViceChair, Term.From(Jan1));
        var technical = committee.GrantSeat(_prefecture, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(Jan1));

        committee.AssignPost(technical.Id, Post.Chair, Term.From(Jan1));

        Assert.Equal(technical.Id, committee.HolderOf(CommitteeBody.TechnicalTable, Post.Chair, Jan1)!.Id);
        Assert.Equal(chair.Id, committee.HolderOf(CommitteeBody.Committee, Post.Chair, Jan1)!.Id);
        Assert.Equal([Post.Chair, Post.ViceChair], chair.PostsOn(Jan1));
        Assert.Equal([Post.ViceChair], police.PostsOn(Jan1));
    }

    [Fact]
    public void AssignPost_Rejects_PostOutsideTheSeatsTerm()
    {
        var committee = NewCommittee();
        var seat = committee.GrantSeat(_police, CommitteeBody.Committee, SeatRole.Standing, true, Term.Between(new LocalDate(2024, 2, 1), new LocalDate(2024, 12, 31)));

        Rule.Broken("post.within-seat", () => Fingerprint.Of(committee), () => committee.AssignPost(seat.Id, Post.Secretary, Term.From(Jan1)), "within the term of its seat");
        Rule.Broken("post.within-seat", () => Fingerprint.Of(committee), () => committee.AssignPost(seat.Id, Post.Secretary, Term.From(new LocalDate(2024, 2, 1))), "within the term of its seat");
    }

    [Fact]
    public void AssignPost_Rejects_Member_AsAnArgument()
    {
        var (committee, _, police) = Constituted();

        Assert.Throws<DomainArgumentException>(() => committee.AssignPost(police.Id, Post.Member, Term.From(Jan1)));
        Assert.Equal([Post.Member], police.PostsOn(Jan1));
    }

    [Fact]
    public void HandOverPost_MovesTheChairWithoutGapOrOverlap()
    {
        var (committee, chair, police) = Constituted();
        var on = new LocalDate(2024, 7, 1);

        committee.HandOverPost(CommitteeBody.Committee, Post.Chair, police.Id, on);

        Assert.Equal(chair.Id, committee.HolderOf(CommitteeBody.Committee, Post.Chair, new LocalDate(2024, 6, 30))!.Id);
        Assert.Equal(police.Id, committee.HolderOf(CommitteeBody.Committee, Post.Chair, on)!.Id);
        Assert.Equal(new LocalDate(2024, 6, 30), chair.Posts.Single().Term.End);
        Assert.True(police.Posts.Single().Term.IsOpen);
    }

    [Fact]
    public void HandOverPost_Rejects_PostNobodyHolds()
    {
        var (committee, _, police) = Constituted();

        Rule.Broken("post.not-held", () => Fingerprint.Of(committee), () => committee.HandOverPost(CommitteeBody.Committee, Post.Secretary, police.Id, Jan1), "Nobody holds the post Secretary");
    }

    [Fact]
    public void HandOverPost_Rejects_HandOverOnTheHoldersFirstDay()
    {
        var (committee, _, police) = Constituted();

        Rule.Broken("period.backwards", () => Fingerprint.Of(committee), () => committee.HandOverPost(CommitteeBody.Committee, Post.Chair, police.Id, Jan1), "cannot run backwards");
    }

    [Fact]
    public void EndPost_Rejects_LeavingAConstitutedCommitteeWithoutChair()
    {
        var (committee, chair, _) = Constituted();

        Rule.Broken("committee.one-chair", () => Fingerprint.Of(committee), () => committee.EndPost(chair.Id, Post.Chair, new LocalDate(2024, 5, 31)), "none on 2024-06-01");
    }

    [Fact]
    public void EndPost_Rejects_PostTheSeatDoesNotHold()
    {
        var (committee, _, police) = Constituted();

        Rule.Broken("post.not-held", () => Fingerprint.Of(committee), () => committee.EndPost(police.Id, Post.Chair, Jan1), "does not hold the post Chair");
    }

    [Fact]
    public void EndPost_Allows_EndingTheChairBeforeConstitution()
    {
        var committee = NewCommittee();
        var seat = committee.GrantSeat(_prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        committee.AssignPost(seat.Id, Post.Chair, Term.From(Jan1));

        committee.EndPost(seat.Id, Post.Chair, new LocalDate(2024, 1, 31));

        Assert.Null(committee.HolderOf(CommitteeBody.Committee, Post.Chair, new LocalDate(2024, 2, 1)));
    }

    [Fact]
    public void EndSeat_EndsItsPostsAndRepresentativesOnTheSameDay()
    {
        var (committee, _, police) = Constituted();
        committee.AssignPost(police.Id, Post.Secretary, Term.From(Jan1));
        committee.AppointRepresentative(police.Id, _prefect, RepresentationCapacity.Titular, Term.From(Jan1));
        committee.AppointRepresentative(police.Id, _other, RepresentationCapacity.Deputy, Term.Between(Jan1, new LocalDate(2025, 1, 1)));
        var last = new LocalDate(2024, 9, 30);

        committee.EndSeat(police.Id, last);

        Assert.Equal(last, police.Term.End);
        Assert.All(police.Posts, p => Assert.Equal(last, p.Term.End));
        Assert.All(police.Representatives, r => Assert.Equal(last, r.Term.End));
    }

    [Fact]
    public void EndSeat_Rejects_SeatThatHoldsTheChairOfAConstitutedCommittee()
    {
        var (committee, chair, _) = Constituted();

        Rule.Broken("committee.one-chair", () => Fingerprint.Of(committee), () => committee.EndSeat(chair.Id, new LocalDate(2024, 12, 31)));
    }

    [Fact]
    public void EndSeat_Rejects_DayBeforeTheSeatStarts()
    {
        var (committee, _, police) = Constituted();

        Rule.Broken("period.backwards", () => Fingerprint.Of(committee), () => committee.EndSeat(police.Id, new LocalDate(2023, 12, 31)), "the seat starts on 2024-01-01");
    }

    [Fact]
    public void EndSeat_Rejects_DayBeforeAFutureRepresentativeStarts()
    {
        var (committee, _, police) = Constituted();
        committee.AppointRepresentative(police.Id, _other, RepresentationCapacity.Titular, Term.From(new LocalDate(2024, 10, 1)));

        Rule.Broken("period.backwards", () => Fingerprint.Of(committee), () => committee.EndSeat(police.Id, new LocalDate(2024, 9, 30)), "a representative of the seat starts on 2024-10-01");
    }

    [Fact]
    public void AppointRepresentative_Rejects_SecondTitularAtTheSameTime()
    {
        var (committee, chair, _) = Constituted();
        committee.AppointRepresentative(chair.Id, _prefect, RepresentationCapacity.Titular, Term.From(Jan1));

        Rule.Broken(
            "representative.one-titular",
            () => Fingerprint.Of(committee),
            () => committee.AppointRepresentative(chair.Id, _other, RepresentationCapacity.Titular, Term.From(new LocalDate(2024, 6, 1))),
            "one principal representative at a time");
    }

    [Fact]
    public void AppointRepresentative_Allows_TitularAfterThePreviousEnds_AndDeputiesAlongside()
    {
        var (committee, chair, _) = Constituted();
        committee.AppointRepresentative(chair.Id, _prefect, RepresentationCapacity.Titular, Term.From(Jan1));
        committee.EndRepresentation(chair.Id, _prefect.Id, new LocalDate(2024, 5, 31));
        committee.AppointRepresentative(chair.Id, _other, RepresentationCapacity.Titular, Term.From(new LocalDate(2024, 6, 1)));
        var deputy = Representing("Blerina", "Hoxha");
        committee.AppointRepresentative(chair.Id, deputy, RepresentationCapacity.Deputy, Term.From(Jan1));

        Assert.Equal([_prefect.Id, deputy.Id], chair.RepresentativesOn(new LocalDate(2024, 5, 31)).Select(r => r.PersonId));
        Assert.Equal([_other.Id, deputy.Id], chair.RepresentativesOn(new LocalDate(2024, 6, 1)).Select(r => r.PersonId));
    }

    [Fact]
    public void AppointRepresentative_Rejects_SamePersonTwiceAtTheSameTime()
    {
        var (committee, chair, _) = Constituted();
        committee.AppointRepresentative(chair.Id, _prefect, RepresentationCapacity.Deputy, Term.From(Jan1));

        Rule.Broken("representative.overlap", () => Fingerprint.Of(committee), () => committee.AppointRepresentative(chair.Id, _prefect, RepresentationCapacity.Titular, Term.From(Jan1)), "already fills the seat");
    }

    [Fact]
    public void AppointRepresentative_Rejects_PeriodOutsideTheSeat()
    {
        var (committee, _, police) = Constituted();
        committee.EndSeat(police.Id, new LocalDate(2024, 6, 30));

        Rule.Broken("representative.within-seat", () => Fingerprint.Of(committee), () => committee.AppointRepresentative(police.Id, _other, RepresentationCapacity.Titular, Term.From(new LocalDate(2024, 6, 1))), "within the term of its seat");
        Rule.Broken("representative.within-seat", () => Fingerprint.Of(committee), () => committee.AppointRepresentative(police.Id, _other, RepresentationCapacity.Titular, Term.Between(new LocalDate(2023, 6, 1), new LocalDate(2024, 2, 1))));
    }

    [Fact]
    public void EndRepresentation_Rejects_PersonNotFillingTheSeatThatDay()
    {
        var (committee, _, police) = Constituted();
        committee.AppointRepresentative(police.Id, _other, RepresentationCapacity.Titular, Term.From(new LocalDate(2024, 3, 1)));

        Rule.Broken("representative.not-found", () => Fingerprint.Of(committee), () => committee.EndRepresentation(police.Id, _other.Id, new LocalDate(2024, 2, 1)), "does not fill the seat on 2024-02-01");
    }

    [Fact]
    public void Verbs_Reject_UnknownSeat_AsAnArgument()
    {
        var (committee, _, _) = Constituted();

        Assert.Throws<ArgumentException>(() => committee.EndSeat(SeatId.New(), Jan1));
        Assert.Throws<ArgumentException>(() => committee.AppointRepresentative(SeatId.New(), _other, RepresentationCapacity.Titular, Term.From(Jan1)));
    }

    [Fact]
    public void Constitute_Accepts_AChainOfChairsHandedOverWithoutGap()
    {
        var committee = NewCommittee();
        var first = committee.GrantSeat(_prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        var second = committee.GrantSeat(_police, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        committee.AssignPost(first.Id, Post.Chair, Term.Between(Jan1, new LocalDate(2024, 3, 31)));
        committee.AssignPost(second.Id, Post.Chair, Term.From(new LocalDate(2024, 4, 1)));

        committee.Constitute(new LocalDate(2024, 2, 1));

        Assert.Equal(new LocalDate(2024, 2, 1), committee.ConstitutedOn);
    }

    [Theory]
    [InlineData(SeatRole.Observer, false)]
    [InlineData(SeatRole.Invited, false)]
    [InlineData(SeatRole.Invited, true)]
    [InlineData(SeatRole.Standing, false)]
    public void AssignPost_Rejects_ASeatThatIsNotStandingWithAVote(SeatRole role, bool votes)
    {
        var committee = NewCommittee();
        var seat = committee.GrantSeat(_prefecture, CommitteeBody.Committee, role, votes, Term.From(Jan1));

        var error = Rule.Broken("post.voting-seat", () => Fingerprint.Of(committee), () => committee.AssignPost(seat.Id, Post.Chair, Term.From(Jan1)), "standing seat with a vote", role.Label().English.ToLowerInvariant());

        Assert.Contains("„Kryetar”", error.Text.Albanian, StringComparison.Ordinal);
        Assert.Empty(seat.Posts);
    }

    [Fact]
    public void HandOverPost_Rejects_AnObserverSeat_AndTheChairStaysWhereItWas()
    {
        var (committee, chair, _) = Constituted();
        var observer = committee.GrantSeat(OrganisationId.New(), CommitteeBody.Committee, SeatRole.Observer, false, Term.From(Jan1));

        Rule.Broken("post.voting-seat", () => Fingerprint.Of(committee), () => committee.HandOverPost(CommitteeBody.Committee, Post.Chair, observer.Id, new LocalDate(2024, 7, 1)), "observer without a vote");

        Assert.Equal(chair.Id, committee.HolderOf(CommitteeBody.Committee, Post.Chair, new LocalDate(2024, 7, 1))!.Id);
        Assert.True(chair.Posts.Single().Term.IsOpen);
    }

    [Fact]
    public void AppointRepresentative_Rejects_APersonWhoDoesNotRepresentTheSeatsOrganisation()
    {
        var (committee, _, police) = Constituted();
        var stranger = Person.Register("Dritan", "Kola");
        stranger.Represent(OrganisationId.New(), Term.From(Jan1));

        Rule.Broken(
            "representative.represents-organisation",
            () => Fingerprint.Of(committee),
            () => committee.AppointRepresentative(police.Id, stranger, RepresentationCapacity.Titular, Term.From(Jan1)),
            "Dritan Kola",
            "does not represent it on 2024-01-01");
        Assert.Empty(police.Representatives);
    }

    [Fact]
    public void AppointRepresentative_Rejects_DaysAfterTheRepresentationEnds_AndAnOpenAppointmentOnAClosedOne()
    {
        var (committee, _, police) = Constituted();
        var officer = Person.Register("Dritan", "Kola");
        officer.Represent(_police, Term.Between(Jan1, new LocalDate(2024, 6, 30)));

        Rule.Broken("representative.represents-organisation", () => Fingerprint.Of(committee), () => committee.AppointRepresentative(police.Id, officer, RepresentationCapacity.Titular, Term.From(Jan1)), "2024-07-01");
        Rule.Broken("representative.represents-organisation", () => Fingerprint.Of(committee), () => committee.AppointRepresentative(police.Id, officer, RepresentationCapacity.Titular, Term.Between(new LocalDate(2024, 3, 1), new LocalDate(2024, 7, 15))), "2024-07-01");
        var newcomer = Person.Register("Elona", "Marku");
        newcomer.Represent(_police, Term.From(new LocalDate(2024, 2, 1)));
        Rule.Broken("representative.represents-organisation", () => Fingerprint.Of(committee), () => committee.AppointRepresentative(police.Id, newcomer, RepresentationCapacity.Deputy, Term.From(Jan1)), "2024-01-01");
        committee.AppointRepresentative(police.Id, officer, RepresentationCapacity.Titular, Term.Between(Jan1, new LocalDate(2024, 6, 30)));

        Assert.Equal(new LocalDate(2024, 6, 30), police.Representatives.Single().Term.End);
    }

    [Fact]
    public void AppointRepresentative_Accepts_BackToBackRepresentations_ButNotAGapBetweenThem()
    {
        var (committee, _, police) = Constituted();
        var officer = Person.Register("Dritan", "Kola");
        officer.Represent(_police, Term.Between(Jan1, new LocalDate(2024, 6, 30)), "Specialist");
        officer.Represent(_police, Term.From(new LocalDate(2024, 7, 1)), "Drejtor");
        var deputy = Person.Register("Elona", "Marku");
        deputy.Represent(_police, Term.Between(Jan1, new LocalDate(2024, 6, 30)));
        deputy.Represent(_police, Term.From(new LocalDate(2024, 7, 2)));

        committee.AppointRepresentative(police.Id, officer, RepresentationCapacity.Titular, Term.From(Jan1));
        Rule.Broken("representative.represents-organisation", () => Fingerprint.Of(committee), () => committee.AppointRepresentative(police.Id, deputy, RepresentationCapacity.Deputy, Term.From(Jan1)), "2024-07-01");

        Assert.True(officer.RepresentsThroughout(_police, Term.From(Jan1)));
        Assert.False(deputy.RepresentsThroughout(_police, Term.From(Jan1)));
        Assert.True(deputy.RepresentsThroughout(_police, Term.From(new LocalDate(2024, 7, 2))));
    }

    [Fact]
    public void EndSeat_Rejects_ExtendingAnEndedSeat_AsAnArgument()
    {
        var (committee, _, police) = Constituted();
        committee.EndSeat(police.Id, new LocalDate(2024, 6, 30));

        Assert.Throws<DomainArgumentException>(() => committee.EndSeat(police.Id, new LocalDate(2024, 7, 31)));
        Assert.Equal(new LocalDate(2024, 6, 30), police.Term.End);
    }
}
