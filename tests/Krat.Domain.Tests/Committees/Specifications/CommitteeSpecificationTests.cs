using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Committees.Specifications;

public sealed class CommitteeSpecificationTests
{
    private readonly GovernanceTestData _data = new();

    private static string Describe(SeatOnDate seat) =>
        $"{seat.SeatId}|{seat.Role}|{string.Join(',', seat.Posts)}|{string.Join(',', seat.Representatives.Select(r => $"{r.PersonId}:{r.Capacity}"))}";

    private CommitteeRoster? Roster(CommitteeBody body, LocalDate date) =>
        new SeatsOnDateSpec(_data.Berat.Id, body, date).Evaluate(_data.Committees).SingleOrDefault();

    [Fact]
    public void SeatsOnDate_InJune_ListsTheSeatsRunningThatDay_WithPostsAndRepresentatives()
    {
        var roster = Roster(CommitteeBody.Committee, new LocalDate(2024, 6, 15));

        Assert.NotNull(roster);
        // Standing seats first, in the order granted (the prefecture's, then the police's).
        var standing = new[] { _data.PrefectureSeat.Id, _data.PoliceSeat.Id };
        string Expected(SeatId id) =>
            id == _data.PrefectureSeat.Id ? $"{id}|Standing|Chair|{_data.Prefect}:Titular"
            : id == _data.PoliceSeat.Id ? $"{id}|Standing|Secretary|{_data.Officer}:Titular,{_data.Deputy}:Deputy"
            : $"{id}|Invited||{_data.Activist}:Titular";
        Assert.Equal([.. standing.Select(Expected), Expected(_data.NgoSeat.Id)], roster.Seats.Select(Describe));
        Assert.Equal("Komiteti Rajonal Antitrafik Berat", roster.CommitteeName);
    }

    [Fact]
    public void SeatsOnDate_InOctober_ShowsTheNewPrefectAndTheObserverSeat_NotTheEndedOne()
    {
        var roster = Roster(CommitteeBody.Committee, new LocalDate(2024, 10, 15))!;

        Assert.DoesNotContain(roster.Seats, s => s.SeatId == _data.NgoSeat.Id);
        Assert.Equal(SeatRole.Observer, roster.Seats[^1].Role);
        Assert.Equal(_data.NgoLaterSeat.Id, roster.Seats[^1].SeatId);
        var prefecture = roster.Seats.Single(s => s.SeatId == _data.PrefectureSeat.Id);
        Assert.Equal([_data.NewPrefect], prefecture.Representatives.Select(r => r.PersonId));
        var police = roster.Seats.Single(s => s.SeatId == _data.PoliceSeat.Id);
        Assert.Equal([_data.Officer], police.Representatives.Select(r => r.PersonId));
    }

    [Fact]
    public void SeatsOnDate_OnTheTechnicalTable_ListsOnlyItsSeats()
    {
        var roster = Roster(CommitteeBody.TechnicalTable, new LocalDate(2024, 1, 1))!;

        // As the specification documents: by role, then in the order the seats were granted.
        Assert.Equal(
            new[] { _data.TechnicalPrefectureSeat, _data.TechnicalNgoSeat }.OrderBy(s => s.Role).ThenBy(s => s.GrantOrder).Select(s => s.Id),
            roster.Seats.Select(s => s.SeatId));
        Assert.Equal([Post.Chair], roster.Seats.Single(s => s.SeatId == _data.TechnicalPrefectureSeat.Id).Posts);
    }

    [Fact]
    public void SeatsOnDate_OrdersSeatsGrantedInTheSameMillisecond_AsGranted_NotByTheirRandomIdentity()
    {
        // Version 7 identities of one millisecond differ only in random bits: here the later seat has the smaller one.
        var committee = Committee.Establish(CountyCode.From("AL-03"), "KRAT Dibër");
        var day = new LocalDate(2024, 1, 1);
        var first = committee.GrantSeat(OrganisationId.New(), CommitteeBody.Committee, SeatRole.Standing, true, Term.From(day), id: new SeatId(Guid.Parse("0193a000-0000-7fff-8000-000000000002")));
        var second = committee.GrantSeat(OrganisationId.New(), CommitteeBody.Committee, SeatRole.Invited, false, Term.From(day), id: new SeatId(Guid.Parse("0193a000-0000-7001-8000-000000000003")));
        var third = committee.GrantSeat(OrganisationId.New(), CommitteeBody.Committee, SeatRole.Standing, true, Term.From(day), id: new SeatId(Guid.Parse("0193a000-0000-7000-8000-000000000001")));

        var roster = new SeatsOnDateSpec(committee.Id, CommitteeBody.Committee, day).Evaluate([committee]).Single();

        Assert.Equal([first.Id, third.Id, second.Id], roster.Seats.Select(s => s.SeatId));
        Assert.Equal([1, 2, 3], committee.Seats.Select(s => s.GrantOrder));
    }

    [Fact]
    public void SeatsOnDate_BeforeAnySeat_IsEmpty_AndUnknownCommitteeHasNoRoster()
    {
        Assert.Empty(Roster(CommitteeBody.Committee, new LocalDate(2023, 12, 31))!.Seats);
        Assert.Null(new SeatsOnDateSpec(CommitteeId.New(), CommitteeBody.Committee, new LocalDate(2024, 6, 1)).Evaluate(_data.Committees).SingleOrDefault());
    }

    [Fact]
    public void CommitteeOfCounty_FindsTheCommitteeByCounty()
    {
        Assert.Same(_data.Korce, new CommitteeOfCountySpec(CountyCode.From("AL-06")).Evaluate(_data.Committees).Single());
        Assert.Empty(new CommitteeOfCountySpec(CountyCode.From("AL-12")).Evaluate(_data.Committees));
    }

    [Fact]
    public void CommitteeWithSeats_FindsOneCommitteeById()
    {
        Assert.Same(_data.Berat, new CommitteeWithSeatsSpec(_data.Berat.Id).Evaluate(_data.Committees).Single());
        Assert.Empty(new CommitteeWithSeatsSpec(CommitteeId.New()).Evaluate(_data.Committees));
    }
}
