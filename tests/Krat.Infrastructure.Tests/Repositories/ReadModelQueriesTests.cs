using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure.ReadModels;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Infrastructure.Tests.Repositories;

// IRosterQuery and IMeetingRecordQuery: names in Albanian and English, code labels, and the documented order
// (role, grant order, seat id) kept for seats granted in the same instant and saved in one transaction.
public abstract class ReadModelQueriesTests : IDisposable
{
    private static readonly CountyCode County = CountyCode.From("AL-05");
    private static readonly LocalDate From = new(2024, 1, 1);
    private static readonly LocalDate Day = new(2024, 5, 14);
    private static readonly OrganisationId Prefecture = new(G(0x1));
    private static readonly PersonId Prefect = new(G(0x100));
    private static readonly MeetingId MeetingId = new(G(0x300));

    private readonly TestDatabase _database;
    private readonly List<SeatId> _tableOrder = [];
    private readonly List<OrganisationId> _ngos = [];
    private Committee _committee = null!;

    protected ReadModelQueriesTests(TestProvider provider)
    {
        _database = TestDatabase.Migrated(provider);
        SeedAsync().GetAwaiter().GetResult();
    }

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task Roster_KeepsRoleThenGrantOrder_ForSeatsGrantedInTheSameInstant_OnEveryRead()
    {
        var first = await RosterAsync(CommitteeBody.TechnicalTable);
        var second = await RosterAsync(CommitteeBody.TechnicalTable);

        Assert.Equal(_tableOrder, first!.Lines.Select(l => l.SeatId));
        Assert.Equal(_tableOrder, second!.Lines.Select(l => l.SeatId));
        Assert.Equal(first.Lines.Select(l => l.SeatId), first.Roster.Seats.Select(s => s.SeatId));
    }

    [SkippableFact]
    public async Task Roster_CarriesNamesAndLabels_InBothLanguages()
    {
        var committee = (await RosterAsync(CommitteeBody.Committee))!;
        var table = (await RosterAsync(CommitteeBody.TechnicalTable))!;

        var chair = Assert.Single(committee.Lines);
        Assert.Equal("Komiteti Rajonal Antitrafik Gjirokastër", committee.CommitteeName);
        Assert.Equal(("Prefektura e Qarkut Gjirokastër", "Prefecture of Gjirokastër County", "PQGJ"), (chair.Organisation.Name, chair.Organisation.EnglishName, chair.Organisation.Acronym));
        Assert.Equal([Post.Chair.Label()], chair.PostLabels);
        var prefect = Assert.Single(chair.Representatives);
        Assert.Equal(("Ëlira Çela", "Znj."), (prefect.Person.FullName, prefect.Person.Honorific));
        Assert.Equal(RepresentationCapacity.Titular.Label(), prefect.CapacityLabel);
        Assert.Equal(SeatRole.Standing.Label(), chair.RoleLabel);
        Assert.Equal(CommitteeBody.TechnicalTable.Label(), table.BodyLabel);
        Assert.All(table.Lines.Where(l => l.Role == SeatRole.Invited), l => Assert.StartsWith("Association of Gjirokastër no. ", l.Organisation.EnglishName, StringComparison.Ordinal));
        Assert.All(table.Lines, l => Assert.NotEqual(l.RoleLabel.Albanian, l.RoleLabel.English));
    }

    [SkippableFact]
    public async Task Roster_OfAnUnknownCommittee_IsNull()
    {
        await using var context = _database.KratContext();

        Assert.Null(await new EfRosterQuery(context).GetAsync(new CommitteeId(G(0xdead)), CommitteeBody.Committee, Day));
    }

    [SkippableFact]
    public async Task MeetingRecord_ListsAttendanceInTheRostersOrder_WithNamesAndLabels()
    {
        await using var context = _database.KratContext();
        var record = (await new EfMeetingRecordQuery(context).GetAsync(MeetingId))!;

        Assert.Equal(_tableOrder, record.Attendance.Select(a => a.Entry.SeatId));
        Assert.Equal("Komiteti Rajonal Antitrafik Gjirokastër", record.CommitteeName);
        Assert.Equal(("Ëlira Çela", "Prefecture of Gjirokastër County"), (record.Chair!.Person.FullName, record.Chair.Organisation.EnglishName));
        var present = record.Attendance.Single(a => a.Entry.Status == AttendanceStatus.Present);
        Assert.Equal(AttendanceStatus.Present.Label(), present.StatusLabel);
        Assert.Equal(PresenceCapacity.Substitute.Label(), present.CapacityLabel);
        Assert.Equal("Arben Dushku", present.Person!.FullName);
        Assert.All(record.Attendance.Where(a => a.Entry.Status != AttendanceStatus.Present), a => Assert.Null(a.CapacityLabel));
        Assert.Equal([1, 2], record.Commitments.Select(c => c.Entry.Number));
        Assert.Equal(["Association of Gjirokastër no. 3", "Association of Gjirokastër no. 1"], record.Commitments.Select(c => c.Responsible.EnglishName));
        Assert.Equal(CommitmentStatus.Open.Label(), record.Commitments[0].StatusLabel);
        Assert.Equal(DecisionKind.Other.Label(), Assert.Single(record.Decisions).KindLabel);
        Assert.Equal(["1", "1.1", "2"], record.Agenda.Select(a => a.Line.Number));
        Assert.Equal("Prefektura e Qarkut Gjirokastër", record.Agenda[0].Presenter!.Organisation.Name);
        Assert.Equal("Shoqata e Gjirokastrës nr. 2", Assert.Single(record.Guests).Organisation!.Name);
        Assert.Equal(MeetingKind.Regular.Label(), record.KindLabel);
        Assert.Empty(context.ChangeTracker.Entries());
    }

    [SkippableFact]
    public async Task AddKrat_RegistersTheReadModelQueries()
    {
        await using var host = await KratHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();

        Assert.IsType<EfRosterQuery>(scope.ServiceProvider.GetRequiredService<IRosterQuery>());
        Assert.IsType<EfMeetingRecordQuery>(scope.ServiceProvider.GetRequiredService<IMeetingRecordQuery>());
    }

    [SkippableFact]
    public async Task GetCommitteeOfCountyAsync_FindsTheCountysCommittee_InOneCall()
    {
        await using var context = _database.KratContext();
        var committees = new EfReadRepository<Committee>(context, SpecificationEvaluator.Default);

        var found = await committees.GetCommitteeOfCountyAsync(County);
        var none = await committees.GetCommitteeOfCountyAsync(CountyCode.From("AL-12"));

        Assert.Equal(_committee.Id, found!.Id);
        Assert.Equal(_committee.Seats.Count, found.Seats.Count);
        Assert.Null(none);
    }

    private async Task<NamedRoster?> RosterAsync(CommitteeBody body)
    {
        await using var context = _database.KratContext();
        return await new EfRosterQuery(context).GetAsync(_committee.Id, body, Day);
    }

    // One committee of Gjirokastër: the prefecture's chair seat; on the Technical Table, all granted on the same day
    // and saved in one transaction, an observer first, five invited associations whose seat ids run against their
    // grant order, and a standing seat last. A held Technical Table meeting records them in yet another order.
    private async Task SeedAsync()
    {
        var prefecture = Organisation.Register("Prefektura e Qarkut Gjirokastër", OrganisationKind.Prefecture, OrganisationLevel.Regional, County, "Prefecture of Gjirokastër County", "PQGJ", Prefecture);
        List<Organisation> organisations = [prefecture];
        for (var i = 1; i <= 7; i++)
        {
            var ngo = Organisation.Register($"Shoqata e Gjirokastrës nr. {i}", OrganisationKind.Ngo, OrganisationLevel.Regional, County, $"Association of Gjirokastër no. {i}", id: new OrganisationId(G(0x10 + i)));
            organisations.Add(ngo);
            _ngos.Add(ngo.Id);
        }

        var prefect = Person.Register("Ëlira", "Çela", "Znj.", "Prefekte", id: Prefect);
        prefect.Represent(Prefecture, Term.From(From));
        var substitute = Person.Register("Arben", "Dushku", id: new PersonId(G(0x101)));
        substitute.Represent(_ngos[0], Term.From(From));

        _committee = Committee.Establish(County, "Komiteti Rajonal Antitrafik Gjirokastër", id: new CommitteeId(G(0x200)));
        var chair = _committee.GrantSeat(Prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(From));
        _committee.AssignPost(chair.Id, Post.Chair, Term.From(From));
        _committee.AppointRepresentative(chair.Id, prefect, RepresentationCapacity.Titular, Term.From(From));
        _committee.Constitute(From);

        var observer = _committee.GrantSeat(_ngos[6], CommitteeBody.TechnicalTable, SeatRole.Observer, false, Term.From(From), id: new SeatId(G(0x2ff)));
        List<SeatId> invited = [];
        for (var i = 0; i < 5; i++)
        {
            invited.Add(_committee.GrantSeat(_ngos[i], CommitteeBody.TechnicalTable, SeatRole.Invited, false, Term.From(From), id: new SeatId(G(0x2f0 - i))).Id);
        }

        var standing = _committee.GrantSeat(_ngos[5], CommitteeBody.TechnicalTable, SeatRole.Standing, false, Term.From(From), id: new SeatId(G(0x2a0)));
        _tableOrder.AddRange([standing.Id, .. invited, observer.Id]);

        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = _committee.Id, Body = CommitteeBody.TechnicalTable, Kind = MeetingKind.Regular, Start = Day.At(new LocalTime(10, 0)), End = Day.At(new LocalTime(12, 0)), Place = "Prefektura e Qarkut Gjirokastër", Title = "Tryeza teknike e majit", Id = MeetingId });
        var opening = meeting.AddAgendaItem("Hapja", null, PersonForOrganisation.Of(Prefect, Prefecture));
        meeting.AddAgendaItem("Përshëndetje", null, null, opening.Id);
        meeting.AddAgendaItem("Rastet e muajit");
        meeting.SetChair(PersonForOrganisation.Of(Prefect, Prefecture));
        meeting.MarkHeld(meeting.EndsAt);
        var roster = new Domain.Committees.Specifications.CommitteeRoster(
            _committee.Id, _committee.Name, CommitteeBody.TechnicalTable, Day, [.. _committee.SeatsOn(CommitteeBody.TechnicalTable, Day).Select(s => Domain.Committees.Specifications.SeatOnDate.Of(s, Day))]);
        foreach (var seat in _tableOrder.AsEnumerable().Reverse().Where(s => s != invited[0]))
        {
            meeting.RecordAbsent(roster, seat);
        }

        meeting.RecordPresent(roster, invited[0], PresenceCapacity.Substitute, substitute.Id);
        meeting.RecordGuest(_ngos[1]);
        meeting.RecordDecision(DecisionKind.Other, "Shkëmbehen të dhënat e rasteve çdo muaj.");
        meeting.RecordCommitment("Raporti i rasteve të majit", _ngos[2], Day.PlusDays(30));
        meeting.RecordCommitment("Lista e kontakteve", _ngos[0]);

        await using var context = _database.KratContext();
        await new EfRepository<Organisation>(context, SpecificationEvaluator.Default).AddRangeAsync(organisations);
        await new EfRepository<Person>(context, SpecificationEvaluator.Default).AddRangeAsync([prefect, substitute]);
        await new EfRepository<Committee>(context, SpecificationEvaluator.Default).AddAsync(_committee);
        var meetings = new EfRepository<Meeting>(context, SpecificationEvaluator.Default);
        await meetings.AddAsync(meeting);
        await meetings.SaveChangesAsync();
    }

    private static Guid G(int n) => Guid.Parse($"00000000-0000-7000-9000-{n:x12}");

    public sealed class Sqlite() : ReadModelQueriesTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : ReadModelQueriesTests(TestProvider.PostgreSql);
}
