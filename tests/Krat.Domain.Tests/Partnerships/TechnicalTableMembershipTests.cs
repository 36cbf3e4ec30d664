using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Partnerships;

/// <summary>A service provider joins and leaves the Technical Table in one step with its seat, and the two never drift apart.</summary>
public sealed class TechnicalTableMembershipTests
{
    private static readonly LocalDate Day = new(2023, 10, 31);
    private readonly OrganisationId _operator = OrganisationId.New();
    private readonly Committee _durres = Committee.Establish(CountyCode.From("AL-02"), "KRAT Durrës");
    private readonly Committee _tirana = Committee.Establish(CountyCode.From("AL-11"), "KRAT Tiranë");

    private ServiceProvider NewProvider(OrganisationId? operatorId = null) =>
        ServiceProvider.Register(
            "Qendra e Resiliencës Durrës",
            operatorId ?? _operator,
            [ServiceType.PsychosocialSupport, ServiceType.ChildProtection],
            [Albania.Municipality("Durrës")],
            [TargetGroup.VictimsAndPotentialVictims]);

    [Fact]
    public void Join_GrantsAnOpenTechnicalTableSeat_ThatCarriesTheServices_AndRecordsItOnTheProvider()
    {
        var provider = NewProvider();

        var seat = TechnicalTableMembership.Join(_durres, provider, Day);

        Assert.Equal(CommitteeBody.TechnicalTable, seat.Body);
        Assert.Equal(_operator, seat.OrganisationId);
        Assert.Equal(provider.Id, seat.ServiceProviderId);
        Assert.Equal([ServiceType.PsychosocialSupport, ServiceType.ChildProtection], seat.Services);
        Assert.Equal((SeatRole.Standing, true), (seat.Role, seat.Votes));
        Assert.True(seat.Term.IsOpen);
        Assert.Equal(Day, seat.Term.Start);
        Assert.True(provider.SitsAtTechnicalTable);
        Assert.Equal((_durres.Id, seat.Id, Day), (provider.TechnicalTableCommitteeId!.Value, provider.TechnicalTableSeatId!.Value, provider.TechnicalTableFrom!.Value));
        Assert.True(TechnicalTableMembership.InStep(_durres, provider));
    }

    [Fact]
    public void Leave_EndsTheSeatAndTheMembershipTogether_AndKeepsTheHistory()
    {
        var provider = NewProvider();
        var seat = TechnicalTableMembership.Join(_durres, provider, Day);
        var last = new LocalDate(2024, 6, 30);

        TechnicalTableMembership.Leave(_durres, provider, last);

        Assert.Same(seat, Assert.Single(_durres.Seats));
        Assert.Equal(Term.Between(Day, last), seat.Term);
        Assert.Equal([ServiceType.PsychosocialSupport, ServiceType.ChildProtection], seat.Services);
        Assert.False(provider.SitsAtTechnicalTable);
        Assert.Equal((Day, last), (provider.TechnicalTableFrom!.Value, provider.TechnicalTableUntil!.Value));
        Assert.Equal(_durres.Id, provider.TechnicalTableCommitteeId);
        Assert.Null(_durres.SeatOf(_operator, CommitteeBody.TechnicalTable, last.PlusDays(1)));
        Assert.True(TechnicalTableMembership.InStep(_durres, provider));
    }

    [Fact]
    public void Join_Refuses_ASecondTable_AndARejoinBeforeTheDayAfterLeaving_ChangingNothing()
    {
        var provider = NewProvider();
        TechnicalTableMembership.Join(_durres, provider, Day);

        var error = Both("provider.one-technical-table", _tirana, provider, () => TechnicalTableMembership.Join(_tirana, provider, Day.PlusDays(1)));
        Assert.Contains("already sits at a Technical Table since 2023-10-31", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("merr pjesë tashmë", error.Text.Albanian, StringComparison.Ordinal);

        TechnicalTableMembership.Leave(_durres, provider, new LocalDate(2024, 1, 31));
        Both("provider.one-technical-table", _tirana, provider, () => TechnicalTableMembership.Join(_tirana, provider, new LocalDate(2024, 1, 31)), "2024-01-31");

        TechnicalTableMembership.Join(_tirana, provider, new LocalDate(2024, 2, 1));
        Assert.Equal(_tirana.Id, provider.TechnicalTableCommitteeId);
        Assert.True(TechnicalTableMembership.InStep(_durres, provider));
        Assert.True(TechnicalTableMembership.InStep(_tirana, provider));
    }

    [Fact]
    public void Join_Refuses_AnOperatorThatAlreadyHoldsATechnicalTableSeat_ChangingNeither()
    {
        var provider = NewProvider();
        _durres.GrantSeat(_operator, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(new LocalDate(2023, 1, 1)));

        Both("seat.one-per-organisation", _durres, provider, () => TechnicalTableMembership.Join(_durres, provider, Day));

        Assert.False(provider.SitsAtTechnicalTable);
    }

    [Fact]
    public void Leave_Refuses_AProviderNotAtThisTable_AndADayBeforeItJoined()
    {
        var provider = NewProvider();
        Both("provider.not-at-technical-table", _durres, provider, () => TechnicalTableMembership.Leave(_durres, provider, Day));

        TechnicalTableMembership.Join(_durres, provider, Day);
        Both("provider.not-at-technical-table", _tirana, provider, () => TechnicalTableMembership.Leave(_tirana, provider, Day));
        Both("period.backwards", _durres, provider, () => TechnicalTableMembership.Leave(_durres, provider, Day.PlusDays(-1)));

        Assert.True(provider.SitsAtTechnicalTable);
    }

    [Fact]
    public void EndSeat_OnTheCommittee_Refuses_AProvidersSeat()
    {
        var provider = NewProvider();
        var seat = TechnicalTableMembership.Join(_durres, provider, Day);

        var error = Rule.Broken("seat.provider-seat", () => Fingerprint.Of(_durres), () => _durres.EndSeat(seat.Id, Day.PlusDays(10)), "only when the provider leaves");

        Assert.Contains("ofruesi largohet", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeServices_ChangesTheProviderAndItsSeatTogether_AndDescribeRefusesToDoItAlone()
    {
        var provider = NewProvider();
        var seat = TechnicalTableMembership.Join(_durres, provider, Day);

        Rule.Broken(
            "provider.seated-change",
            () => Fingerprint.Of(provider),
            () => provider.Describe(provider.Name, provider.OperatorId, [ServiceType.Shelter], provider.Municipalities, provider.TargetGroups),
            "sits at the Technical Table since 2023-10-31");
        Rule.Broken(
            "provider.seated-change",
            () => Fingerprint.Of(provider),
            () => provider.Describe(provider.Name, OrganisationId.New(), provider.ServiceTypes, provider.Municipalities, provider.TargetGroups));
        provider.Describe("Qendra e Resiliencës", provider.OperatorId, [ServiceType.ChildProtection, ServiceType.PsychosocialSupport], [Albania.Municipality("Durrës"), Albania.Municipality("Shijak")], provider.TargetGroups);

        TechnicalTableMembership.ChangeServices(_durres, provider, [ServiceType.Shelter, ServiceType.LegalAid, ServiceType.Shelter]);

        Assert.Equal([ServiceType.Shelter, ServiceType.LegalAid], provider.ServiceTypes);
        Assert.Equal([ServiceType.Shelter, ServiceType.LegalAid], seat.Services);
        Assert.Equal("Qendra e Resiliencës", provider.Name);
    }

    [Fact]
    public void ChangeServices_Refuses_AProviderNotAtTheTable()
    {
        var provider = NewProvider();

        Both("provider.not-at-technical-table", _durres, provider, () => TechnicalTableMembership.ChangeServices(_durres, provider, [ServiceType.Shelter]));
    }

    [Fact]
    public void InStep_IsFalse_WhenTheProvidersSeatIsNotOnTheCommittee()
    {
        var provider = NewProvider();
        TechnicalTableMembership.Join(_durres, provider, Day);
        var sameCommitteeWithoutTheSeat = Committee.Establish(CountyCode.From("AL-02"), "KRAT Durrës", id: _durres.Id);

        Assert.False(TechnicalTableMembership.InStep(sameCommitteeWithoutTheSeat, provider));
        Assert.True(TechnicalTableMembership.InStep(_durres, NewProvider(OrganisationId.New())));
    }

    public enum OpKind
    {
        Join,
        Leave,
        ChangeServices,
        Describe,
        EndSeat,
        GrantOperatorSeat,
        SetActive,
    }

    /// <summary>One step: which provider and committee, a day offset from 2023-10-31 and a pick of services.</summary>
    public sealed record Op(OpKind Kind, int Provider, int Committee, int Day, int Services);

    public static class Operations
    {
        public static Arbitrary<Op[]> Sequences()
        {
            var op =
                from kind in Gen.Elements(OpKind.Join, OpKind.Join, OpKind.Leave, OpKind.Leave, OpKind.ChangeServices, OpKind.ChangeServices, OpKind.Describe, OpKind.EndSeat, OpKind.GrantOperatorSeat, OpKind.SetActive, OpKind.SetActive)
                from provider in Gen.Choose(0, 2)
                from committee in Gen.Choose(0, 1)
                from day in Gen.Choose(-5, 60)
                from services in Gen.Choose(0, 255)
                select new Op(kind, provider, committee, day, services);
            return op.ArrayOf().ToArbitrary();
        }
    }

    [Property(Arbitrary = [typeof(Operations)], MaxTest = 300)]
    public void RandomJoinLeaveAndServiceChanges_NeverLetProviderAndSeatDriftApart(Op[] operations)
    {
        var operators = new[] { OrganisationId.New(), OrganisationId.New() };

        // Two providers share an operator, so one can block the other's seat.
        var providers = new[] { NewProvider(operators[0]), NewProvider(operators[0]), NewProvider(operators[1]) };
        var committees = new[] { _durres, _tirana };
        var allServices = Enum.GetValues<ServiceType>();
        var seatsSeen = new Dictionary<SeatId, Seat>();
        foreach (var op in operations)
        {
            var provider = providers[op.Provider];
            var committee = committees[op.Committee];
            var day = Day.PlusDays(op.Day);
            var services = allServices.Take(8).Where((_, i) => (op.Services & (1 << i)) != 0).DefaultIfEmpty(ServiceType.Shelter).ToList();
            var before = string.Join("\n", committees.Select(Fingerprint.Of).Concat(providers.Select(Fingerprint.Of)));
            try
            {
                switch (op.Kind)
                {
                    case OpKind.Join:
                        TechnicalTableMembership.Join(committee, provider, day);
                        break;
                    case OpKind.Leave:
                        TechnicalTableMembership.Leave(committee, provider, day);
                        break;
                    case OpKind.ChangeServices:
                        TechnicalTableMembership.ChangeServices(committee, provider, services);
                        break;
                    case OpKind.Describe:
                        provider.Describe(provider.Name, provider.OperatorId, services, provider.Municipalities, provider.TargetGroups);
                        break;
                    case OpKind.EndSeat:
                        if (committee.Seats.Count > 0)
                        {
                            committee.EndSeat(committee.Seats[op.Services % committee.Seats.Count].Id, day);
                        }

                        break;
                    case OpKind.GrantOperatorSeat:
                        committee.GrantSeat(provider.OperatorId, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.Between(day, day.PlusDays(op.Services % 20)));
                        break;
                    case OpKind.SetActive:
                        // From a day, until a day up to 40 days later, or still (one pick in four).
                        provider.SetActivePeriod(op.Services % 4 == 0 ? Term.From(day) : Term.Between(day, day.PlusDays(op.Services % 40)));
                        break;
                    default:
                        throw new InvalidOperationException(op.Kind.ToString());
                }
            }
            catch (Exception e) when (e is DomainException or ArgumentException)
            {
                Assert.Equal(before, string.Join("\n", committees.Select(Fingerprint.Of).Concat(providers.Select(Fingerprint.Of))));
            }

            foreach (var seat in committees.SelectMany(c => c.Seats))
            {
                seatsSeen.TryAdd(seat.Id, seat);
            }

            // History is never erased: every seat ever granted is still on its committee.
            Assert.Equal(seatsSeen.Count, committees.Sum(c => c.Seats.Count));
            foreach (var p in providers)
            {
                CheckInStep(p, committees);
            }
        }
    }

    // The invariant, checked from the plain facts (independently of TechnicalTableMembership.InStep, which must agree).
    private static void CheckInStep(ServiceProvider provider, Committee[] committees)
    {
        var seats = committees.SelectMany(c => c.Seats.Select(s => (Committee: c, Seat: s))).Where(x => x.Seat.ServiceProviderId == provider.Id).ToList();
        var open = seats.Where(x => x.Seat.Term.End is null).ToList();
        Assert.Equal(provider.SitsAtTechnicalTable ? 1 : 0, open.Count);
        if (provider.TechnicalTableSeatId is { } seatId)
        {
            var (committee, seat) = Assert.Single(seats, x => x.Seat.Id == seatId);
            Assert.Equal(provider.TechnicalTableCommitteeId, committee.Id);
            Assert.Equal(CommitteeBody.TechnicalTable, seat.Body);
            Assert.Equal(provider.OperatorId, seat.OrganisationId);
            Assert.Equal(seat.Term, provider.TechnicalTable);

            // It sits at the Table only while it is active: its active term (when recorded) covers the seat's.
            if (provider.Active is { } active)
            {
                Assert.True(active.Start <= seat.Term.Start, $"active {active}, seat {seat.Term}");
                Assert.True(active.End is null || (seat.Term.End is { } last && last <= active.End), $"active {active}, seat {seat.Term}");
            }
            if (provider.SitsAtTechnicalTable)
            {
                Assert.Equal(provider.ServiceTypes, seat.Services);
            }
        }
        else
        {
            Assert.Empty(seats);
        }

        Assert.All(committees, c => Assert.True(TechnicalTableMembership.InStep(c, provider)));
    }

    private static DomainException Both(string rule, Committee committee, ServiceProvider provider, Action act, params string[] parts) =>
        Rule.Broken(rule, () => Fingerprint.Of(committee) + Fingerprint.Of(provider), act, parts);
}
