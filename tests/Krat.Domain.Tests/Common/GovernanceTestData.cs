using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Tests.Common;

/// <summary>
/// A shared, hand-built data set for the specification tests: two committees (Berat, Korçë), seats that
/// start, end and change hands, several meetings in different states and commitments in every status.
/// Expected results in the tests are computed independently, from the plain facts listed here.
/// </summary>
public sealed class GovernanceTestData
{
    public static readonly LocalDate Y2024 = new(2024, 1, 1);

    // A person with a fixed identity who represents an organisation from 2020 on (seats need their representatives to).
    private static Person Representing(PersonId id, OrganisationId organisation)
    {
        var person = Person.Register("Person", "Provë", id: id);
        person.Represent(organisation, Term.From(new LocalDate(2020, 1, 1)));
        return person;
    }

    public GovernanceTestData()
    {
        Prefecture = OrganisationId.New();
        Police = OrganisationId.New();
        Ngo = OrganisationId.New();
        School = OrganisationId.New();
        OtherPrefecture = OrganisationId.New();
        Prefect = PersonId.New();
        NewPrefect = PersonId.New();
        Officer = PersonId.New();
        Deputy = PersonId.New();
        Activist = PersonId.New();

        Berat = Committee.Establish(CountyCode.From("AL-01"), "Komiteti Rajonal Antitrafik Berat", "Urdhri nr. 139, datë 19.06.2006");
        PrefectureSeat = Berat.GrantSeat(Prefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Y2024));
        Berat.AssignPost(PrefectureSeat.Id, Post.Chair, Term.From(Y2024));
        Berat.AppointRepresentative(PrefectureSeat.Id, Representing(Prefect, Prefecture), RepresentationCapacity.Titular, Term.Between(Y2024, new LocalDate(2024, 6, 30)));
        Berat.AppointRepresentative(PrefectureSeat.Id, Representing(NewPrefect, Prefecture), RepresentationCapacity.Titular, Term.From(new LocalDate(2024, 7, 1)));
        Berat.Constitute(Y2024);
        PoliceSeat = Berat.GrantSeat(Police, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Y2024));
        Berat.AppointRepresentative(PoliceSeat.Id, Representing(Officer, Police), RepresentationCapacity.Titular, Term.From(Y2024));
        Berat.AppointRepresentative(PoliceSeat.Id, Representing(Deputy, Police), RepresentationCapacity.Deputy, Term.Between(new LocalDate(2024, 3, 1), new LocalDate(2024, 9, 30)));
        Berat.AssignPost(PoliceSeat.Id, Post.Secretary, Term.Between(Y2024, new LocalDate(2024, 12, 31)));
        NgoSeat = Berat.GrantSeat(Ngo, CommitteeBody.Committee, SeatRole.Invited, false, Term.Between(new LocalDate(2024, 4, 1), new LocalDate(2024, 8, 31)));
        Berat.AppointRepresentative(NgoSeat.Id, Representing(Activist, Ngo), RepresentationCapacity.Titular, Term.Between(new LocalDate(2024, 4, 1), new LocalDate(2024, 8, 31)));
        NgoLaterSeat = Berat.GrantSeat(Ngo, CommitteeBody.Committee, SeatRole.Observer, false, Term.From(new LocalDate(2024, 10, 1)));
        TechnicalPrefectureSeat = Berat.GrantSeat(Prefecture, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(Y2024));
        Berat.AssignPost(TechnicalPrefectureSeat.Id, Post.Chair, Term.From(Y2024));
        TechnicalNgoSeat = Berat.GrantSeat(Ngo, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(Y2024));

        Korce = Committee.Establish(CountyCode.From("AL-06"), "Komiteti Rajonal Antitrafik Korçë");
        KorcePrefectureSeat = Korce.GrantSeat(OtherPrefecture, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Y2024));
        KorcePoliceSeat = Korce.GrantSeat(Police, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Y2024));
        Korce.AssignPost(KorcePrefectureSeat.Id, Post.Chair, Term.From(Y2024));
        Korce.Constitute(Y2024);

        // Berat meetings.
        February = Held(Berat, CommitteeBody.Committee, MeetingKind.AnnualAnalysis, new LocalDate(2024, 2, 15), 10);
        February.RecordPresent(PrefectureSeat, PresenceCapacity.Titular, Prefect);
        February.RecordPresent(PoliceSeat, PresenceCapacity.Substitute, PersonId.New());
        PlanApproved = February.RecordDecision(DecisionKind.ApprovePlan, "Miratohet plani 2024");
        TrainingDone = February.RecordCommitment("Trajnim për punonjësit e policisë", Police, new LocalDate(2024, 5, 31));
        ReportOpenOverdue = February.RecordCommitment("Raport tremujor", Prefecture, new LocalDate(2024, 4, 30));
        OngoingOpen = February.RecordCommitment("Bashkëpunim i vazhdueshëm", Ngo);
        February.ApproveMinutes(new LocalDate(2024, 3, 1), Prefect);

        TechnicalMarch = Held(Berat, CommitteeBody.TechnicalTable, MeetingKind.Regular, new LocalDate(2024, 3, 10), 9);
        TechnicalMarch.RecordPresent(TechnicalNgoSeat, PresenceCapacity.Titular);
        TechnicalMarch.RecordAbsent(TechnicalPrefectureSeat);

        June = Held(Berat, CommitteeBody.Committee, MeetingKind.Regular, new LocalDate(2024, 6, 20), 10);
        June.RecordPresent(PrefectureSeat, PresenceCapacity.Titular, Prefect);
        June.RecordExcused(PoliceSeat);
        June.RecordPresent(NgoSeat, PresenceCapacity.Titular, Activist);
        PoliceDueLater = June.RecordCommitment("Patrullime në zonat turistike", Police, new LocalDate(2024, 12, 31));
        DroppedAtJune = June.RecordCommitment("Fushatë në media", Ngo, new LocalDate(2024, 7, 31));
        February.ReviewCommitment(TrainingDone.Id, June, CommitmentStatus.Done, "U krye");

        // Two meetings on the same day and time: the tie-break is the identity.
        SameTimeA = Meeting.Plan(new MeetingPlan { CommitteeId = Berat.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Extraordinary, Start = new LocalDate(2024, 9, 5).At(new LocalTime(9, 0)), End = new LocalDate(2024, 9, 5).At(new LocalTime(10, 0)), Place = "Prefektura" });
        SameTimeB = Meeting.Plan(new MeetingPlan { CommitteeId = Berat.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Extraordinary, Start = new LocalDate(2024, 9, 5).At(new LocalTime(9, 0)), End = new LocalDate(2024, 9, 5).At(new LocalTime(10, 0)), Place = "Prefektura" });

        Cancelled = Meeting.Plan(new MeetingPlan { CommitteeId = Berat.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = new LocalDate(2024, 10, 15).At(new LocalTime(10, 0)), End = new LocalDate(2024, 10, 15).At(new LocalTime(11, 0)), Place = "Prefektura" });
        Cancelled.Cancel("Mungesë kuorumi");

        October = Held(Berat, CommitteeBody.Committee, MeetingKind.CampaignClosing, new LocalDate(2024, 10, 31), 10);
        October.RecordPresent(PrefectureSeat, PresenceCapacity.Titular, NewPrefect);
        October.RecordPresent(PoliceSeat, PresenceCapacity.Titular, Officer);
        October.RecordPresent(NgoLaterSeat, PresenceCapacity.Substitute, PersonId.New());
        June.ReviewCommitment(DroppedAtJune.Id, October, CommitmentStatus.Dropped);
        February.ReviewCommitment(ReportOpenOverdue.Id, October, CommitmentStatus.Open, "Ende në punë");
        LatestOpen = October.RecordCommitment("Plani 2025", Prefecture, new LocalDate(2025, 2, 28));

        // Korçë: a held meeting where the shared police organisation attended.
        KorceMay = Held(Korce, CommitteeBody.Committee, MeetingKind.Regular, new LocalDate(2024, 5, 5), 11);
        KorceMay.RecordPresent(KorcePoliceSeat, PresenceCapacity.Titular);
        KorceOpen = KorceMay.RecordCommitment("Takime në shkolla", Police, new LocalDate(2024, 6, 1));

        Committees = [Berat, Korce];
        Meetings = [October, KorceMay, June, SameTimeB, Cancelled, February, SameTimeA, TechnicalMarch];
    }

    public OrganisationId Prefecture { get; }
    public OrganisationId Police { get; }
    public OrganisationId Ngo { get; }
    public OrganisationId School { get; }
    public OrganisationId OtherPrefecture { get; }
    public PersonId Prefect { get; }
    public PersonId NewPrefect { get; }
    public PersonId Officer { get; }
    public PersonId Deputy { get; }
    public PersonId Activist { get; }
    public Committee Berat { get; }
    public Committee Korce { get; }
    public Seat PrefectureSeat { get; }
    public Seat PoliceSeat { get; }
    public Seat NgoSeat { get; }
    public Seat NgoLaterSeat { get; }
    public Seat TechnicalPrefectureSeat { get; }
    public Seat TechnicalNgoSeat { get; }
    public Seat KorcePrefectureSeat { get; }
    public Seat KorcePoliceSeat { get; }
    public Meeting February { get; }
    public Meeting TechnicalMarch { get; }
    public Meeting June { get; }
    public Meeting SameTimeA { get; }
    public Meeting SameTimeB { get; }
    public Meeting Cancelled { get; }
    public Meeting October { get; }
    public Meeting KorceMay { get; }
    public Decision PlanApproved { get; }
    public Commitment TrainingDone { get; }
    public Commitment ReportOpenOverdue { get; }
    public Commitment OngoingOpen { get; }
    public Commitment PoliceDueLater { get; }
    public Commitment DroppedAtJune { get; }
    public Commitment LatestOpen { get; }
    public Commitment KorceOpen { get; }
    public IReadOnlyList<Committee> Committees { get; }

    /// <summary>The meetings, deliberately not in date order.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    public static Meeting Held(Committee committee, CommitteeBody body, MeetingKind kind, LocalDate day, int hour)
    {
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = committee.Id, Body = body, Kind = kind, Start = day.At(new LocalTime(hour, 0)), End = day.At(new LocalTime(hour + 2, 0)), Place = "Salla e mbledhjeve" });
        meeting.MarkHeld(meeting.EndsAt);
        return meeting;
    }
}
