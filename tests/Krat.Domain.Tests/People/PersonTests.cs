using System.Globalization;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.People;

public sealed class PersonTests
{
    private static readonly LocalDate Jan1 = new(2023, 1, 1);
    private readonly OrganisationId _prefecture = OrganisationId.New();

    [Fact]
    public void Register_ComposesTheFullName_AndFoldsSearchAndSortKeys()
    {
        var person = Person.Register("Emiljan", "Jani", "Z.", "Prefekt i Qarkut Durrës");

        Assert.Equal("Emiljan Jani", person.FullName);
        Assert.Equal("Z. Emiljan Jani", person.ToString());
        Assert.Equal("emiljan jani prefekt i qarkut durres", PersonKeys.Search(person));
        Assert.Equal("jani emiljan", PersonKeys.Sort(person));
    }

    [Fact]
    public void RegisterByFullName_LeavesThePartsUnknown()
    {
        var person = Person.RegisterByFullName("Mirela Çela Gjoni");

        Assert.Null(person.GivenName);
        Assert.Null(person.FamilyName);
        Assert.Equal("mirela cela gjoni", PersonKeys.Sort(person));
    }

    [Fact]
    public void Register_Rejects_NamesLongerThanMaxLength()
    {
        Assert.Throws<DomainArgumentException>(() => Person.Register(new string('a', Person.MaxNamePartLength + 1), "Jani"));
        Assert.Throws<DomainArgumentException>(() => Person.RegisterByFullName(new string('a', Person.MaxFullNameLength + 1)));
        Assert.Throws<DomainArgumentException>(() => Person.Register("A", "B", new string('a', Person.MaxHonorificLength + 1)));
    }

    [Fact]
    public void AnEnglishPositionTitle_IsShownToEnglishReaders_AndFoundBySearch()
    {
        var person = Person.Register("Emiljan", "Jani", "Z.", "Prefekt i Qarkut Durrës", "Prefect of Durrës County");
        var untitled = Person.RegisterByFullName("Mirela Çela", positionTitle: "Drejtore");

        Assert.Equal("Prefect of Durrës County", person.EnglishPositionTitle);
        Assert.Equal("Prefect of Durrës County", person.DisplayPositionTitle(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("Prefekt i Qarkut Durrës", person.DisplayPositionTitle(CultureInfo.GetCultureInfo("sq-AL")));
        Assert.Equal("Drejtore", untitled.DisplayPositionTitle(CultureInfo.GetCultureInfo("en")));
        Assert.Contains("prefect of durres county", PersonKeys.Search(person), StringComparison.Ordinal);

        person.Describe("Z.", "Prefekt i Qarkut Durrës", null);
        Assert.Null(person.EnglishPositionTitle);
        Assert.Equal("Prefekt i Qarkut Durrës", person.DisplayPositionTitle(CultureInfo.GetCultureInfo("en")));
    }

    [Theory]
    [InlineData("Prefekt", "Prefect\u202E of Durrës")]
    [InlineData("Prefekt", "")]
    [InlineData(null, "Prefect")]
    public void Describe_RefusesABadEnglishTitle_AndChangesNothing(string? albanian, string english)
    {
        var person = Person.Register("Emiljan", "Jani", "Z.", "Prefekt i Qarkut Durrës", "Prefect of Durrës County");
        var refusedTitle = english.Length == 0 ? new string('a', Person.MaxPositionTitleLength + 1) : english;

        var refused = Assert.Throws<DomainArgumentException>(() => person.Describe("Znj.", albanian, refusedTitle));

        Assert.Equal("englishPositionTitle", refused.ParamName);
        Assert.Equal(("Z.", "Prefekt i Qarkut Durrës", "Prefect of Durrës County"), (person.Honorific, person.PositionTitle, person.EnglishPositionTitle));
    }

    [Fact]
    public void AddWorkContact_Rejects_EmailWithoutAt()
    {
        var person = Person.Register("Fabiola", "Egro");

        Assert.Throws<DomainArgumentException>(() => person.AddWorkContact(WorkContactKind.Email, "fabiola.example.al", Term.From(Jan1)));
        Assert.Empty(person.WorkContacts);
    }

    [Fact]
    public void AddWorkContact_Rejects_SameContactInAnOverlappingPeriod()
    {
        var person = Person.Register("Fabiola", "Egro");
        person.AddWorkContact(WorkContactKind.Email, "f.egro@example.al", Term.From(Jan1));

        Rule.Broken("person.duplicate-contact", () => Fingerprint.Of(person), () => person.AddWorkContact(WorkContactKind.Email, "F.Egro@example.al", Term.From(new LocalDate(2023, 6, 1))), "f.egro@example.al");
    }

    [Fact]
    public void EndWorkContact_Rejects_DayBeforeItBecameValid()
    {
        var person = Person.Register("Fabiola", "Egro");
        var contact = person.AddWorkContact(WorkContactKind.Phone, "+355 52 222 222", Term.From(Jan1));

        Rule.Broken("period.backwards", () => Fingerprint.Of(person), () => person.EndWorkContact(contact.Id, new LocalDate(2022, 12, 31)), "2023-01-01");
    }

    [Fact]
    public void Represent_Rejects_OverlappingRepresentationOfTheSameOrganisation()
    {
        var person = Person.Register("Emiljan", "Jani");
        person.Represent(_prefecture, Term.Between(Jan1, new LocalDate(2023, 12, 31)), "Prefekt");

        Rule.Broken("person.overlapping-representation", () => Fingerprint.Of(person), () => person.Represent(_prefecture, Term.From(new LocalDate(2023, 12, 31))), "2023-01-01…2023-12-31");
    }

    [Fact]
    public void Represent_TracksPeriods_AndEndRepresentationEndsTheOneCoveringTheDay()
    {
        var person = Person.Register("Emiljan", "Jani");
        person.Represent(_prefecture, Term.From(Jan1), "Prefekt");

        person.EndRepresentation(_prefecture, new LocalDate(2024, 6, 30), []);

        Assert.True(person.Represents(_prefecture, new LocalDate(2024, 6, 30)));
        Assert.False(person.Represents(_prefecture, new LocalDate(2024, 7, 1)));
    }

    [Fact]
    public void EndRepresentation_Rejects_DayWithoutRepresentation()
    {
        var person = Person.Register("Emiljan", "Jani");
        person.Represent(_prefecture, Term.From(Jan1));

        Rule.Broken("person.no-representation", () => Fingerprint.Of(person), () => person.EndRepresentation(_prefecture, new LocalDate(2022, 6, 1), []), "2022-06-01");
    }

    [Fact]
    public void EndRepresentation_Refuses_WhileAnAppointmentToTheOrganisationsSeatRunsPastTheDay_AndChangesNothing()
    {
        var (person, committee, seat) = Appointed(Term.From(Jan1));

        var error = Rule.Broken(
            Person.RepresentationNeededRule,
            () => Fingerprint.Of(person) + Fingerprint.Of(committee),
            () => person.EndRepresentation(_prefecture, new LocalDate(2024, 6, 30), [committee]),
            "2024-07-01",
            "End the appointment first");
        Assert.Contains("emërimin", error.Text.Albanian, StringComparison.Ordinal);
        Assert.True(person.Represents(_prefecture, new LocalDate(2030, 1, 1)));
        Assert.True(seat.Representatives[0].Term.IsOpen);
    }

    [Fact]
    public void EndRepresentation_Succeeds_OnceTheAppointmentEndsOnOrBeforeTheDay()
    {
        var (person, committee, seat) = Appointed(Term.From(Jan1));
        committee.EndRepresentation(seat.Id, person.Id, new LocalDate(2024, 6, 30));

        person.EndRepresentation(_prefecture, new LocalDate(2024, 6, 30), [committee]);

        Assert.False(person.Represents(_prefecture, new LocalDate(2024, 7, 1)));
        Assert.Equal(new LocalDate(2024, 6, 30), seat.Representatives[0].Term.End);
    }

    [Fact]
    public void EndRepresentation_Succeeds_WhenALaterRepresentationCarriesTheAppointmentOn()
    {
        var person = Person.Register("Emiljan", "Jani");
        person.Represent(_prefecture, Term.Between(Jan1, new LocalDate(2023, 12, 31)));
        person.Represent(_prefecture, Term.From(new LocalDate(2024, 1, 1)));
        var committee = Committee.Establish(CountyCode.From("AL-02"), "Komiteti");
        var seat = committee.GrantSeat(_prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        committee.AppointRepresentative(seat.Id, person, RepresentationCapacity.Titular, Term.From(Jan1));

        // The first representation already ends on 2023-12-31: ending it there again leaves the appointment covered.
        person.EndRepresentation(_prefecture, new LocalDate(2023, 12, 31), [committee]);

        Rule.Broken(
            Person.RepresentationNeededRule,
            () => Fingerprint.Of(person),
            () => person.EndRepresentation(_prefecture, new LocalDate(2024, 3, 31), [committee]),
            "2024-04-01");
    }

    [Fact]
    public void EndRepresentation_IgnoresAppointmentsToOtherOrganisationsSeats()
    {
        var (person, committee, _) = Appointed(Term.From(Jan1));
        var other = OrganisationId.New();
        person.Represent(other, Term.From(Jan1));

        person.EndRepresentation(other, new LocalDate(2024, 6, 30), [committee]);

        Assert.False(person.Represents(other, new LocalDate(2024, 7, 1)));
    }

[Fact]
    public void AddWorkContact_KeepsTheCallersTypedId_RefusesItTwice_AndEndsTheContactByIt()
    {
        var person = Person.Register("Emiljan", "Jani");
        var id = WorkContactId.New();

        var contact = person.AddWorkContact(WorkContactKind.Email, "prefekti@durres.gov.al", Term.From(Jan1), id);
        Rule.Broken("person.duplicate-contact", () => Fingerprint.Of(person), () => person.AddWorkContact(WorkContactKind.Phone, "052 222 222", Term.From(Jan1), id), id.ToString());
        person.EndWorkContact(id, new LocalDate(2024, 6, 30));

        Assert.Equal(id, contact.Id);
        Assert.Equal(new LocalDate(2024, 6, 30), Assert.Single(person.WorkContacts).Validity.End);
        Assert.Throws<ArgumentException>(() => person.EndWorkContact(WorkContactId.New(), new LocalDate(2024, 6, 30)));
    }

        private (Person Person, Committee Committee, Seat Seat) Appointed(Term appointment)
    {
        var person = Person.Register("Emiljan", "Jani");
        person.Represent(_prefecture, Term.From(Jan1));
        var committee = Committee.Establish(CountyCode.From("AL-02"), "Komiteti");
        var seat = committee.GrantSeat(_prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        committee.AppointRepresentative(seat.Id, person, RepresentationCapacity.Titular, appointment);
        return (person, committee, seat);
    }
}
